/**
 * Trains the shipped outcome scorer on the train and validation splits of ../shared/data/router-outcomes plus
 * the encoder's prior-labelled examples, and writes resources/router/outcome-model.{json,bin}:
 *   /usr/bin/python3 tools/train-router/export_priors.py --shared ../shared > /tmp/router-priors.jsonl
 *   npx tsx tools/train-router/outcomes/train.ts --priors /tmp/router-priors.jsonl
 * The settings below are the ones cross-validation chose (README.md); the test split is never trained on.
 */
import { join } from 'node:path';
import { sharedDir } from '../../../tests/helpers/fixtures';
import { featurize, loadPriors, outcomeTarget } from './examples';
import { loadOutcomes, textKey } from './load-outcomes';
import { trainLogistic } from './logistic';
import { toModel, writeModel } from './model-file';
import { SHIPPED } from './shipped';
import { splitOutcomes } from './split';


const i = process.argv.indexOf('--priors');
const priorsFile = i > 0 ? (process.argv[i + 1] ?? '') : '/tmp/router-priors.jsonl';
const rows = loadOutcomes(sharedDir);
const splits = splitOutcomes(rows);
const trainRows = [...splits.train, ...splits.valid];
const priors = loadPriors(priorsFile, new Set(rows.map((r) => textKey(r.text))));
const examples = [
  ...trainRows.map((r) => featurize(r.text, r.source, outcomeTarget(r, SHIPPED.label), SHIPPED.bits)),
  ...priors.map((p) => featurize(p.text, 'priors', p.strong, SHIPPED.bits)),
];
const weights = trainLogistic(examples, { ...SHIPPED, groupWeights: { ...SHIPPED.groupWeights } });
const procedure = `tools/train-router/outcomes/train.ts: logistic regression (AdaGrad, ${SHIPPED.epochs} epochs, rate ${SHIPPED.rate}, L2 ${SHIPPED.l2} dense / ${SHIPPED.l2Hashed} hashed) `
  + `over 2^${SHIPPED.bits} hashed word/bigram/char-trigram slots and the heuristic's dense features; targets: share of local-class models `
  + `the strong model beat by > 0.15 on ${trainRows.length} outcome prompts (train+valid splits of routerbench, llmrouter, arena), `
  + `and the encoder's priors on ${priors.length} prompts; group weights ${JSON.stringify(SHIPPED.groupWeights)}.`;
const out = join(process.cwd(), 'resources', 'router');
writeModel(out, toModel(weights, SHIPPED.bits, procedure));
console.log(`trained on ${examples.length} examples; wrote ${out}/outcome-model.{json,bin}`);
