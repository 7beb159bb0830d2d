/**
 * Generation through Switchyard's OpenAI port versus node-llama-cpp called directly, same model, same
 * thread count, same prompt and token budget: tokens/s ratio (target ≥ 0.95) and the time-to-first-token
 * Switchyard adds (target ≤ 2 ms p50).
 *   npx tsx tests/bench/local-port-vs-direct.ts [--model PATH] [--runs N] [--tokens N] [--warmup N] [--jit-warmup N]
 * `--jit-warmup` short requests (max_tokens 1) go to each side first: code that runs once per request (HTTP
 * parsing, validation, the privacy scan, routing) only reaches V8's optimising tier after a few hundred
 * requests, so without them the figures describe a process's first minute, not a running server (0 measures that).
 */
import { parseArgs } from 'node:util';
import { getLlama, LlamaChat, resolveChatWrapper } from 'node-llama-cpp';
import { modelPath } from '../helpers/fixtures';
import { fmt, percentile, startServe, timedStream } from './bench-utils';

const { values } = parseArgs({
  options: { model: { type: 'string' }, runs: { type: 'string' }, tokens: { type: 'string' }, warmup: { type: 'string' }, 'jit-warmup': { type: 'string' } },
});
const model = values.model ?? modelPath('stories260K-chatml.gguf');
const runs = Number(values.runs ?? 20);
const maxTokens = Number(values.tokens ?? 200);
const warmup = Number(values.warmup ?? 10);
const jitWarmup = Number(values['jit-warmup'] ?? 300);
const prompt = 'Tell me a story about a little dog who finds a red ball in the park.';
const contextSize = 2048;

/**
 * The same work node-llama-cpp does for the port, called directly: one context sequence kept across
 * requests (so both sides reuse the prompt's KV cache the same way), greedy sampling, no repeat penalty.
 */
async function directRunner(): Promise<{ run: (tokens?: number) => Promise<{ ttft: number; tps: number }>; dispose: () => Promise<void> }> {
  const llama = await getLlama({ gpu: 'auto' });
  const loaded = await llama.loadModel({ modelPath: model });
  const context = await loaded.createContext({ contextSize, threads: 1 });
  const sequence = context.getSequence();
  const chatWrapper = resolveChatWrapper(loaded);
  return {
    async run(budget = maxTokens) {
      const chat = new LlamaChat({ contextSequence: sequence, chatWrapper });
      let first = Number.NaN;
      const before = sequence.tokenMeter.getState();
      const started = performance.now();
      await chat.generateResponse([{ type: 'user', text: prompt }, { type: 'model', response: [] }], {
        maxTokens: budget,
        temperature: 0,
        repeatPenalty: false,
        onTextChunk: (text) => {
          if (Number.isNaN(first) && text !== '') first = performance.now() - started;
        },
      });
      const total = performance.now() - started;
      const tokens = sequence.tokenMeter.diff(before).usedOutputTokens;
      chat.dispose({ disposeSequence: false });
      return { ttft: first, tps: tokens / ((total - first) / 1000) };
    },
    dispose: () => llama.dispose(),
  };
}

// Alternate direct and port runs so the machine's load (other processes) weighs on both sides alike.
const directSide = await directRunner();
const serve = await startServe(['--model', model, '--threads', '1']);
const body = { model: 'auto', messages: [{ role: 'user', content: prompt }], max_tokens: maxTokens, temperature: 0 };
const d = { ttft: [] as number[], tps: [] as number[] };
const p = { ttft: [] as number[], tps: [] as number[] };
for (let i = 0; i < jitWarmup; i += 1) {
  await directSide.run(1);
  await timedStream(serve.url, { ...body, max_tokens: 1 });
}
// Untimed warm-up rounds first, so both sides are measured at the steady state a running server reaches.
for (let i = 0; i < runs + warmup; i += 1) {
  const a = await directSide.run();
  const r = await timedStream(serve.url, body);
  if (i < warmup) continue;
  d.ttft.push(a.ttft);
  d.tps.push(a.tps);
  p.ttft.push(r.ttftMs);
  p.tps.push(r.completionTokens / ((r.totalMs - r.ttftMs) / 1000));
}
await serve.stop();
await directSide.dispose();
const ratio = percentile(p.tps, 50) / percentile(d.tps, 50);
console.log(`model ${model}, ${runs} alternating runs after ${jitWarmup} short and ${warmup} full warm-up rounds, max_tokens ${maxTokens}, threads 1`);
console.log(`direct node-llama-cpp: ${fmt(percentile(d.tps, 50), 1)} tok/s p50, TTFT p50 ${fmt(percentile(d.ttft, 50))} ms`);
console.log(`through the port:      ${fmt(percentile(p.tps, 50), 1)} tok/s p50, TTFT p50 ${fmt(percentile(p.ttft, 50))} ms`);
console.log(`tokens/s ratio ${fmt(ratio, 3)} (target ≥ 0.95); added TTFT p50 ${fmt(percentile(p.ttft, 50) - percentile(d.ttft, 50))} ms (target ≤ 2 ms)`);
