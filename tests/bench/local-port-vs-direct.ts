/**
 * Generation through Switchyard's OpenAI port versus node-llama-cpp called directly, same model, same
 * thread count, same prompt and token budget: tokens/s ratio (target ≥ 0.95) and the time-to-first-token
 * Switchyard adds (target ≤ 2 ms p50).
 *   npx tsx tests/bench/local-port-vs-direct.ts [--model PATH] [--runs N] [--tokens N]
 */
import { parseArgs } from 'node:util';
import { getLlama, LlamaChatSession } from 'node-llama-cpp';
import { modelPath } from '../helpers/fixtures';
import { fmt, percentile, startServe, timedStream } from './bench-utils';

const { values } = parseArgs({ options: { model: { type: 'string' }, runs: { type: 'string' }, tokens: { type: 'string' } } });
const model = values.model ?? modelPath('stories260K-chatml.gguf');
const runs = Number(values.runs ?? 20);
const maxTokens = Number(values.tokens ?? 200);
const prompt = 'Tell me a story about a little dog who finds a red ball in the park.';
const contextSize = 2048;

async function direct(): Promise<{ ttft: number[]; tps: number[] }> {
  const llama = await getLlama({ gpu: 'auto' });
  const loaded = await llama.loadModel({ modelPath: model });
  const context = await loaded.createContext({ contextSize, threads: 1 });
  const ttft: number[] = [];
  const tps: number[] = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const sequence = context.getSequence();
    const session = new LlamaChatSession({ contextSequence: sequence });
    let first = Number.NaN;
    let tokens = 0;
    const started = performance.now();
    await session.prompt(prompt, {
      maxTokens,
      temperature: 0,
      onResponseChunk: (chunk) => {
        if (Number.isNaN(first) && chunk.text !== '') first = performance.now() - started;
        tokens += chunk.tokens.length;
      },
    });
    const total = performance.now() - started;
    session.dispose();
    sequence.dispose();
    if (i >= 2) {
      ttft.push(first);
      tps.push(tokens / ((total - first) / 1000));
    }
  }
  await llama.dispose();
  return { ttft, tps };
}

async function throughPort(): Promise<{ ttft: number[]; tps: number[] }> {
  const serve = await startServe(['--model', model, '--threads', '1']);
  const ttft: number[] = [];
  const tps: number[] = [];
  const body = { model: 'auto', messages: [{ role: 'user', content: prompt }], max_tokens: maxTokens, temperature: 0 };
  for (let i = 0; i < runs + 2; i += 1) {
    const r = await timedStream(serve.url, body);
    if (i >= 2) {
      ttft.push(r.ttftMs);
      tps.push(r.completionTokens / ((r.totalMs - r.ttftMs) / 1000));
    }
  }
  await serve.stop();
  return { ttft, tps };
}

const d = await direct();
const p = await throughPort();
const ratio = percentile(p.tps, 50) / percentile(d.tps, 50);
console.log(`model ${model}, ${runs} runs, max_tokens ${maxTokens}, threads 1`);
console.log(`direct node-llama-cpp: ${fmt(percentile(d.tps, 50), 1)} tok/s p50, TTFT p50 ${fmt(percentile(d.ttft, 50))} ms`);
console.log(`through the port:      ${fmt(percentile(p.tps, 50), 1)} tok/s p50, TTFT p50 ${fmt(percentile(p.ttft, 50))} ms`);
console.log(`tokens/s ratio ${fmt(ratio, 3)} (target ≥ 0.95); added TTFT p50 ${fmt(percentile(p.ttft, 50) - percentile(d.ttft, 50))} ms (target ≤ 2 ms)`);
