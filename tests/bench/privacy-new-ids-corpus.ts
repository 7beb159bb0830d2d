/**
 * False-positive check for the identifier types of issue 10 part 3: runs the whole scanner over real prompts and
 * code from ../shared (Arena-Hard v2.0, OpenAssistant prompts, HumanEval, MBPP), none of which holds real ids,
 * and counts what it reports of those types per corpus. `--show` prints each finding with a little context, to
 * judge by eye whether it is real.
 * Run: npx tsx tests/bench/privacy-new-ids-corpus.ts [--show]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scanText, type SpanType } from '../../electron/core/privacy';
import { sharedDir } from '../helpers/fixtures';

const newTypes = new Set<SpanType>([
  'DATE_OF_BIRTH', 'MEDICAL_RECORD_NUMBER', 'PASSPORT', 'DRIVER_LICENSE', 'UK_NINO', 'DE_TAX_ID', 'FR_NIR', 'ES_DNI',
  'IT_FISCAL_CODE', 'NL_BSN', 'IN_AADHAAR', 'CRYPTO_WALLET',
]);
const router = join(sharedDir, 'data', 'router');
const jsonLines = (file: string): unknown[] => {
  const raw = file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  return raw.trim().split('\n').map((line) => JSON.parse(line) as unknown);
};
const field = (key: string) => (row: unknown): string => String((row as Record<string, unknown>)[key] ?? '');

const corpora: [string, string, (row: unknown) => string][] = [
  ['Arena-Hard v2.0 prompts', join(router, 'arena-hard', 'v2.0', 'question.jsonl'), field('prompt')],
  ['OpenAssistant prompts (en_100)', join(router, 'openassistant-prompts', 'en_100_text.jsonl'), (row) => String(row)],
  ['OpenAssistant prompts (lottery 250)', join(router, 'openassistant-prompts', 'prompt_lottery_en_250_text.jsonl'), (row) => String(row)],
  ['HumanEval prompts + solutions', join(router, 'humaneval', 'HumanEval.jsonl.gz'), (row) => `${field('prompt')(row)}\n${field('canonical_solution')(row)}\n${field('test')(row)}`],
  ['MBPP text + code + tests', join(router, 'deepseek-coder-eval', 'mbpp.jsonl'), (row) => `${field('text')(row)}\n${field('code')(row)}\n${JSON.stringify((row as Record<string, unknown>).test_list ?? '')}`],
];

const show = process.argv.includes('--show');
for (const [name, file, textOf] of corpora) {
  if (!existsSync(file)) {
    console.log(`${name}: ${file} not found, skipped`);
    continue;
  }
  const rows = jsonLines(file);
  const counts = new Map<string, number>();
  let chars = 0;
  let others = 0;
  for (const row of rows) {
    const text = textOf(row);
    chars += text.length;
    for (const span of scanText(text).spans) {
      if (!newTypes.has(span.type)) {
        others += 1;
        continue;
      }
      counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
      if (show) console.log(`  ${span.type}: …${text.slice(Math.max(0, span.start - 40), span.end + 20).replace(/\s+/g, ' ')}…`);
    }
  }
  const summary = [...counts].map(([type, n]) => `${type} ${n}`).join(', ') || 'none';
  console.log(`${name}: ${rows.length} texts, ${(chars / 1e6).toFixed(2)} M chars; findings of the new types: ${summary} (of the older types, as a sign the scan ran: ${others})`);
}
