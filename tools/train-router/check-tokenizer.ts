/**
 * Checks that the Python tokenizer used in training matches transformers.js on the shipped tokenizer.json.
 *   /usr/bin/python3 tools/train-router/dump_tokens.py --shared ../shared > /tmp/router-tokens.jsonl
 *   npx tsx tools/train-router/check-tokenizer.ts /tmp/router-tokens.jsonl
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { z } from 'zod';

env.allowRemoteModels = false;
const rowSchema = z.object({ text: z.string(), ids: z.array(z.number().int()) });
const file = process.argv[2] ?? '/tmp/router-tokens.jsonl';
const tokenizer = await AutoTokenizer.from_pretrained(resolve('resources/router-model'), { local_files_only: true });
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => rowSchema.parse(JSON.parse(line)));
let mismatches = 0;
for (const row of rows) {
  const ids = tokenizer.encode(row.text);
  if (ids.length !== row.ids.length || ids.some((id, i) => id !== row.ids[i])) {
    mismatches++;
    if (mismatches <= 5) console.log(`mismatch: ${JSON.stringify(row.text.slice(0, 80))}\n  py ${row.ids.slice(0, 20).join(' ')}\n  js ${ids.slice(0, 20).join(' ')}`);
  }
}
console.log(`${rows.length - mismatches}/${rows.length} texts tokenize identically`);
process.exitCode = mismatches === 0 ? 0 : 1;
