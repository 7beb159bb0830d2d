/**
 * Writes the outcome rows with their split and soft target as JSONL, for the encoder trainer (train.py --outcomes):
 *   npx tsx tools/train-router/outcomes/export-outcomes.ts > /tmp/router-outcomes.jsonl
 * Only the train split is used by train.py; the split is written so that the two trainers agree on it.
 */
import { sharedDir } from '../../../tests/helpers/fixtures';
import { outcomeTarget } from './examples';
import { loadOutcomes } from './load-outcomes';
import { splitOutcomes } from './split';

const splits = splitOutcomes(loadOutcomes(sharedDir));
for (const [split, rows] of Object.entries(splits)) {
  for (const r of rows) process.stdout.write(`${JSON.stringify({ text: r.text, strong: outcomeTarget(r, 'soft'), split, source: r.source })}\n`);
}
