/**
 * PERSON / STREET_ADDRESS hits of the learned tagger (and of the rules) on real text without labels: user prompts
 * (Arena-Hard v0.1 + v2.0, OpenAssistant) and code (HumanEval prompts + solutions, MBPP code). Prints the counts per
 * corpus; --show N prints N hits per corpus with context, to judge by eye which are real names.
 * Run: npx tsx tests/bench/privacy-ner-real-text.ts [--model DIR] [--show N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { personDetector, streetAddressDetector } from '../../electron/core/privacy/detectors';
import { createLearnedPiiDetector, defaultPiiModelDir } from '../../electron/core/privacy/detectors/learned-pii';
import { loadTaggerModel } from '../../electron/core/privacy/detectors/tagger-model';
import { sharedDir } from '../helpers/fixtures';

const router = join(sharedDir, 'data', 'router');
if (!existsSync(router)) {
  console.log(`skipped: ${router} not found (../shared is absent)`);
  process.exit(0);
}
const argAfter = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const show = Number(argAfter('--show') ?? '0');
const tagger = createLearnedPiiDetector(() => loadTaggerModel(argAfter('--model') ?? defaultPiiModelDir()));

const jsonl = (file: string): unknown[] => {
  const raw = file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  return raw.trim().split('\n').map((line) => JSON.parse(line) as unknown);
};
const field = (key: string) => (row: unknown): string => (typeof row === 'string' ? row : String((row as Record<string, unknown>)[key] ?? ''));
const corpora: [string, string[]][] = [
  ['arena-hard prompts', [...jsonl(join(router, 'arena-hard', 'v0.1', 'question.jsonl')), ...jsonl(join(router, 'arena-hard', 'v2.0', 'question.jsonl'))].map(field('prompt'))],
  ['openassistant prompts', [...jsonl(join(router, 'openassistant-prompts', 'en_100_text.jsonl')), ...jsonl(join(router, 'openassistant-prompts', 'prompt_lottery_en_250_text.jsonl'))].map(field('x'))],
  ['humaneval code', jsonl(join(router, 'humaneval', 'HumanEval.jsonl.gz')).map((row) => `${field('prompt')(row)}${field('canonical_solution')(row)}`)],
  ['mbpp code', jsonl(join(router, 'deepseek-coder-eval', 'mbpp.jsonl')).map(field('code'))],
];

console.log('corpus                  texts      KB   tagger PERSON  tagger ADDRESS   rules PERSON  rules ADDRESS');
for (const [name, texts] of corpora) {
  let kb = 0;
  const counts = { tp: 0, ta: 0, rp: 0, ra: 0 };
  const samples: string[] = [];
  for (const text of texts) {
    kb += text.length / 1024;
    for (const span of tagger.detect(text)) {
      if (span.type === 'PERSON') counts.tp += 1;
      else counts.ta += 1;
      if (samples.length < show) samples.push(`${span.type === 'PERSON' ? 'PER' : 'ADR'} ${JSON.stringify(text.slice(span.start, span.end))}  …${JSON.stringify(text.slice(Math.max(0, span.start - 40), span.end + 30))}`);
    }
    counts.rp += personDetector.detect(text).length;
    counts.ra += streetAddressDetector.detect(text).length;
  }
  console.log(`${name.padEnd(22)} ${String(texts.length).padStart(6)} ${kb.toFixed(0).padStart(7)}   ${String(counts.tp).padStart(13)}  ${String(counts.ta).padStart(14)}   ${String(counts.rp).padStart(12)}  ${String(counts.ra).padStart(13)}`);
  for (const sample of samples) console.log(`    ${sample}`);
}
