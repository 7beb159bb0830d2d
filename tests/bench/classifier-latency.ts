/**
 * Classifier latency and memory: p50/p99 of classify() over ≥1,000 varied prompts, and the RSS the loaded
 * classifier adds.   npx tsx tests/bench/classifier-latency.ts [--model DIR]
 * Prompts: real ones from ../shared/data/router when present, plus generated ones of every length up to
 * 4,000 characters (inputs longer than the model's 128 tokens are clipped, as in routing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadClassifier } from '../../electron/core/router/classifier';
import { sharedDir } from '../helpers/fixtures';

const modelArg = process.argv.indexOf('--model');
const modelDir = modelArg > 0 ? process.argv[modelArg + 1] : undefined;

function realPrompts(): string[] {
  const dir = join(sharedDir, 'data', 'router');
  if (!existsSync(dir)) return [];
  const lines = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  const arena = lines('arena-hard/v0.1/question.jsonl').map((r) => z.object({ prompt: z.string() }).parse(r).prompt);
  const oa = lines('openassistant-prompts/prompt_lottery_en_250_text.jsonl').map((r) => z.string().parse(r));
  const clinc = z.object({ test: z.array(z.tuple([z.string(), z.string()])) })
    .parse(JSON.parse(readFileSync(join(dir, 'clinc150', 'data_full.json'), 'utf8'))).test.slice(0, 400).map(([t]) => t);
  return [...arena, ...oa, ...clinc];
}

/** Deterministic generated prompts so the run is comparable without ../shared. */
function generatedPrompts(n: number): string[] {
  const words = ['explain', 'the', 'difference', 'between', 'async', 'await', 'and', 'threads', 'in', 'python', 'write', 'a',
    'function', 'that', 'sorts', 'list', 'hello', 'thanks', 'prove', 'lemma', 'translate', 'french', 'summary', 'of',
    'report', 'design', 'distributed', 'cache', 'with', 'eviction', 'policy', 'café', 'naïve', 'x=3', '{', '}', '42', '?'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => {
    const len = Math.floor(2 ** (next() * 12)); // 1..4096 characters, log-uniform
    let s = '';
    while (s.length < len) s += `${words[Math.floor(next() * words.length)] ?? ''} `;
    return s.slice(0, len);
  });
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;

const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
const classifier = await loadClassifier(modelDir);
const loadMs = performance.now() - loadStart;
const prompts = [...realPrompts(), ...generatedPrompts(1000)];
for (const p of prompts.slice(0, 100)) await classifier.classify(p);
const rssLoaded = process.memoryUsage().rss;

const times: { chars: number; ms: number }[] = [];
for (const p of prompts) {
  const t = performance.now();
  await classifier.classify(p);
  times.push({ chars: p.length, ms: performance.now() - t });
}
const rssAfter = process.memoryUsage().rss;
console.log(`model ${classifier.info.dir} (${classifier.info.modelFile}); load ${loadMs.toFixed(0)} ms; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('| prompts | n | p50 | p90 | p99 | max |');
console.log('|---|---|---|---|---|---|');
for (const [name, keep] of [['all', () => true], ['≤ 200 chars', (c: number) => c <= 200], ['201–1000 chars', (c: number) => c > 200 && c <= 1000],
  ['> 1000 chars', (c: number) => c > 1000]] as const) {
  const ms = times.filter((t) => keep(t.chars)).map((t) => t.ms).sort((a, b) => a - b);
  console.log(`| ${name} | ${ms.length} | ${fmt(quantile(ms, 0.5))} | ${fmt(quantile(ms, 0.9))} | ${fmt(quantile(ms, 0.99))} | ${fmt(ms[ms.length - 1] ?? NaN)} |`);
}
const mb = (b: number): string => `${(b / 2 ** 20).toFixed(1)} MB`;
console.log(`RSS added by loading the classifier (after 100 warm-up calls): ${mb(rssLoaded - rssBefore)}; after the run: ${mb(rssAfter - rssBefore)}`);
await classifier.dispose();
