/**
 * Speculative decoding on the local path: tokens/s of the same model with speculative "off", "input-lookup"
 * and a draft model, through LocalBackend (inference host processes, as served), greedy (temperature 0) so
 * every mode writes the same text. Prompts ask for their input back (copying, editing, extracting), where
 * input lookup is meant to help.
 *   npx tsx tests/bench/local-speculative.ts [--runs N] [--tokens N]
 * Each target is paired with a draft of the same tokenizer: stories260K-chatml ← stories260K, and
 * llama-2-tiny-random-chat ← llama-2-tiny-random. Modes alternate run by run so machine load weighs on all.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createLocalBackend } from '../../electron/core/backends/local';
import type { StreamPart, TokenPredictions } from '../../shared/chat';
import type { LocalModelSettings } from '../../shared/settings/local-models';
import { modelPath } from '../helpers/fixtures';
import { fmt, percentile } from './bench-utils';

const { values } = parseArgs({ options: { runs: { type: 'string' }, tokens: { type: 'string' } } });
const runs = Number(values.runs ?? 5);
const maxTokens = Number(values.tokens ?? 200);

const passage = 'The quick brown fox jumps over the lazy dog. The little cat sat on the mat and the little dog sat on the log.';
const code = 'function add(a, b) {\n  return a + b;\n}\nfunction sub(a, b) {\n  return a - b;\n}\n';
const prompts = [
  { name: 'copy', text: `Repeat this text exactly, twice:\n${passage}` },
  { name: 'edit code', text: `Rename add to plus and return the whole file:\n${code}` },
  { name: 'extract', text: `List every sentence of this text that mentions an animal, word for word:\n${passage}` },
];

const pairs = [
  { name: 'stories260K-chatml', target: 'stories260K-chatml.gguf', draft: 'stories260K.gguf' },
  { name: 'llama-2-tiny-random-chat', target: 'llama-2-tiny-random-chat.gguf', draft: 'llama-2-tiny-random.gguf' },
];
const modes = ['off', 'input-lookup', 'draft'] as const;

const models: LocalModelSettings[] = pairs.flatMap((pair) => modes.map((mode) => ({
  id: `${pair.name}:${mode}`,
  path: modelPath(pair.target),
  contextSize: 1024,
  speculative: mode === 'draft' ? { draft: modelPath(pair.draft), minConfidence: 0 } : mode,
})));
const backend = createLocalBackend({ models, threads: 1, keepAliveMs: 0 });

interface Run {
  tps: number;
  text: string;
  predictions: TokenPredictions | undefined;
}

async function generate(model: string, prompt: string): Promise<Run> {
  const started = performance.now();
  let first = Number.NaN;
  let text = '';
  let finish: Extract<StreamPart, { type: 'finish' }> | undefined;
  for await (const part of await backend.stream({ model, messages: [{ role: 'user', content: prompt }], maxTokens, temperature: 0 }, new AbortController().signal)) {
    if (part.type === 'text-delta') {
      if (Number.isNaN(first)) first = performance.now();
      text += part.text;
    }
    if (part.type === 'finish') finish = part;
    if (part.type === 'error') throw new Error(part.error.message);
  }
  const seconds = (performance.now() - (Number.isNaN(first) ? started : first)) / 1000;
  return { tps: (finish?.usage.completionTokens ?? 0) / seconds, text, predictions: finish?.usage.predictions };
}

console.log(`speculative decoding bench: ${runs} runs × ${maxTokens} tokens, threads 1, load average ${loadavg().map((n) => fmt(n, 1)).join(' ')}`);
console.log('| model | prompt | mode | tokens/s (median) | vs off | validated / refuted per run | same text as off |');
console.log('|---|---|---|---|---|---|---|');
for (const pair of pairs) {
  for (const mode of modes) await backend.load(`${pair.name}:${mode}`);
  for (const prompt of prompts) {
    const results = new Map<string, Run[]>(modes.map((mode) => [mode, []]));
    // One unmeasured run per mode: the prompt's KV cache and V8 warm up alike for all.
    for (const mode of modes) await generate(`${pair.name}:${mode}`, prompt.text);
    for (let run = 0; run < runs; run += 1) {
      for (const mode of modes) results.get(mode)?.push(await generate(`${pair.name}:${mode}`, prompt.text));
    }
    const offRuns = results.get('off') ?? [];
    const offMedian = percentile(offRuns.map((r) => r.tps), 50);
    for (const mode of modes) {
      const list = results.get(mode) ?? [];
      const median = percentile(list.map((r) => r.tps), 50);
      const p = list[0]?.predictions;
      const same = list.every((r) => r.text === offRuns[0]?.text);
      console.log(`| ${pair.name} | ${prompt.name} | ${mode} | ${fmt(median, 0)} | ${fmt(median / offMedian, 2)}× | ${p === undefined ? '—' : `${p.validated} / ${p.refuted}`} | ${same ? 'yes' : 'NO'} |`);
    }
  }
  for (const mode of modes) await backend.unload(`${pair.name}:${mode}`);
}
await backend.dispose();
