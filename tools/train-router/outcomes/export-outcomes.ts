/**
 * Writes the outcome rows with their split and soft target as JSONL, for the encoder trainer (train.py --outcomes):
 *   npx tsx tools/train-router/outcomes/export-outcomes.ts [--leave-out SOURCE] > /tmp/router-outcomes.jsonl
 * Only the train split is used by train.py; the split is written so that the two trainers agree on it. With
 * --leave-out, train+valid of every other source is marked train and the left-out source is not (the
 * leave-one-source-out comparison in compare.ts --split loso --retrained-loso DIR_PREFIX).
 */
import { sharedDir } from '../../../tests/helpers/fixtures';
import { outcomeTarget } from './examples';
import { loadOutcomes } from './load-outcomes';
import { splitOutcomes } from './split';

const i = process.argv.indexOf('--leave-out');
const leaveOut = i > 0 ? process.argv[i + 1] : undefined;
const splits = splitOutcomes(loadOutcomes(sharedDir));
for (const [split, rows] of Object.entries(splits)) {
  for (const r of rows) {
    const as = leaveOut === undefined ? split : r.source !== leaveOut && split !== 'test' ? 'train' : 'held-out';
    process.stdout.write(`${JSON.stringify({ text: r.text, strong: outcomeTarget(r, 'soft'), split: as, source: r.source })}\n`);
  }
}
