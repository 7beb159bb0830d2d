/**
 * Precision and recall per entity type of the privacy detectors on presidio-research's synthetic sentences:
 * synth_dataset_v2.json (1,500 sentences, used while developing) and generated_small.json (100 sentences from the
 * same generator, held out: never used to tune the detectors).
 * Run: npx tsx tests/bench/privacy-accuracy.ts [--errors TYPE]
 * Match rule (overlap-based): a predicted span is a true positive when it overlaps (≥ 1 character) a gold span of
 * the same type; a gold span is recalled when some predicted span of its type overlaps it. Gold spans of types we
 * do not detect (ORGANIZATION, GPE, DATE_TIME…) are ignored; our predictions on them count as false positives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { scanText } from '../../electron/core/privacy';
import { sharedDir } from '../helpers/fixtures';

const folder = join(sharedDir, 'data', 'pii', 'presidio-research');
if (!existsSync(folder)) {
  console.log(`skipped: ${folder} not found (../shared is absent)`);
  process.exit(0);
}

const nameMap: Record<string, string> = {
  EMAIL_ADDRESS: 'EMAIL', PHONE_NUMBER: 'PHONE', CREDIT_CARD: 'CREDIT_CARD', IBAN_CODE: 'IBAN', US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS', PERSON: 'PERSON', STREET_ADDRESS: 'STREET_ADDRESS', ADDRESS: 'STREET_ADDRESS',
};
const types = [...new Set(Object.values(nameMap))];
const datasetSchema = z.array(z.object({
  full_text: z.string(),
  spans: z.array(z.object({ entity_type: z.string(), start_position: z.number(), end_position: z.number() })),
}));
const showErrors = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;

for (const name of ['synth_dataset_v2.json', 'generated_small.json']) evaluate(name);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function evaluate(name: string): void {
  const rows = datasetSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
  const tally = new Map(types.map((type) => [type, { tp: 0, fp: 0, gold: 0, recalled: 0 }]));
  for (const row of rows) {
    const gold = row.spans.flatMap((s) => (nameMap[s.entity_type] ? [{ type: nameMap[s.entity_type]!, start: s.start_position, end: s.end_position }] : []));
    const predicted = scanText(row.full_text).spans.filter((s) => types.includes(s.type));
    for (const p of predicted) {
      const t = tally.get(p.type)!;
      if (gold.some((g) => g.type === p.type && overlaps(g, p))) t.tp += 1;
      else {
        t.fp += 1;
        if (showErrors === p.type) console.log(`FP ${JSON.stringify(row.full_text.slice(p.start, p.end))} in ${JSON.stringify(row.full_text.slice(Math.max(0, p.start - 50), p.end + 30))}`);
      }
    }
    for (const g of gold) {
      const t = tally.get(g.type)!;
      t.gold += 1;
      if (predicted.some((p) => p.type === g.type && overlaps(g, p))) t.recalled += 1;
      else if (showErrors === g.type) console.log(`FN ${JSON.stringify(row.full_text.slice(g.start, g.end))} in ${JSON.stringify(row.full_text.slice(Math.max(0, g.start - 50), g.end + 30))}`);
    }
  }
  console.log(`\nprivacy accuracy on ${rows.length} sentences of ${name} (overlap match)`);
  console.log('type            gold  predicted  precision  recall');
  for (const [type, t] of tally) {
    const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
    const recall = t.gold === 0 ? 1 : t.recalled / t.gold;
    console.log(`${type.padEnd(15)} ${String(t.gold).padStart(4)}  ${String(t.tp + t.fp).padStart(9)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}`);
  }
}
