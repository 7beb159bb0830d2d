/**
 * Trains and compares outcome scorers side by side, per source: 5-fold cross-validation over train+valid (default),
 * the fixed validation split (`--split valid-fixed`, where `--retrained DIR` adds the encoder retrained on the train
 * split), or, once, the held-out test split (`--split test`):
 *   npx tsx tools/train-router/outcomes/compare.ts --priors /tmp/router-priors.jsonl [--split cv|valid-fixed|test] [--label soft|hard|gain|soft-gain]
 * Scorers: the heuristic, the shipped encoder (resources/router-model), today's blend of the two, the hashed
 * n-gram logistic model, the nearest-neighbour scorer, and blends. Prints APGR, CPT(50%), CPT(80%) and the strong
 * share needed for 95% of the strong model's quality (tests/bench/routellm-metrics.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Classifier } from '../../../electron/core/router/classifier-port';
import { loadClassifier } from '../../../electron/core/router/classifier';
import { scoreHeuristic } from '../../../electron/core/router/heuristic/index';
import { outcomeProbability } from '../../../electron/core/router/outcome/linear-model';
import { loadOutcomeModel } from '../../../electron/core/router/outcome/load';
import { sharedDir } from '../../../tests/helpers/fixtures';
import type { RoutingMetrics } from '../../../tests/bench/routellm-metrics';
import { routingMetrics } from '../../../tests/bench/routellm-metrics';
import type { LabelKind } from './examples';
import { featurize, loadPriors, outcomeTarget } from './examples';
import { buildKnn } from './knn';
import type { OutcomeRow } from './load-outcomes';
import { loadOutcomes, SOURCES, textKey } from './load-outcomes';
import { probability, trainLogistic } from './logistic';
import type { SplitName } from './split';
import { splitOutcomes } from './split';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const split = arg('--split', 'cv') as SplitName | 'cv' | 'valid-fixed' | 'loso';
const label = arg('--label', 'soft') as LabelKind;
const bits = Number(arg('--bits', '18'));
const priorWeight = Number(arg('--prior-weight', '1'));
const l2 = Number(arg('--l2', '1e-2'));
const epochs = Number(arg('--epochs', '6'));
const rate = Number(arg('--rate', '0.1'));

const folds = Number(arg('--folds', '5'));
const rows = loadOutcomes(sharedDir);
const splits = splitOutcomes(rows);
const outcomeKeys = new Set(rows.map((r) => textKey(r.text)));
const priors = loadPriors(arg('--priors', '/tmp/router-priors.jsonl'), outcomeKeys).map((p) => featurize(p.text, 'priors', p.strong, bits));
const options = { bits, epochs, rate, l2, groupWeights: { routerbench: 1, llmrouter: 1, arena: 0.5, priors: priorWeight }, seed: 7 };

const classifier = await loadClassifier(join(process.cwd(), 'resources', 'router-model'));
/** The encoder retrained with the outcome train split (train.py --outcomes); only comparable on the fixed validation split. */
const retrainedDir = process.argv.includes('--retrained') ? arg('--retrained', '') : undefined;
const retrained = retrainedDir === undefined ? undefined : await loadClassifier(retrainedDir);
/** Encoder scores are the slow part of a run; cached in /tmp across runs (keyed by text). */
const cacheFile = '/tmp/switchyard-encoder-scores.json';
const cache = new Map<string, number>(existsSync(cacheFile) ? Object.entries(z.record(z.string(), z.number()).parse(JSON.parse(readFileSync(cacheFile, 'utf8')))) : []);
async function encoderScores(list: readonly OutcomeRow[]): Promise<number[]> {
  const out: number[] = [];
  for (const r of list) {
    let v = cache.get(r.text);
    if (v === undefined) { v = (await classifier.classify(r.text)).strongProbability; cache.set(r.text, v); }
    out.push(v);
  }
  writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(cache)));
  return out;
}

/** Every scorer's scores for `evalRows`, having trained on `trainRows` (+ the priors). */
async function scoreAll(trainRows: readonly OutcomeRow[], evalRows: readonly OutcomeRow[], retrainedHere: Classifier | undefined = retrained): Promise<Record<string, number[]>> {
  const train = [...trainRows.map((r) => featurize(r.text, r.source, outcomeTarget(r, label), bits)), ...priors];
  const evalExamples = evalRows.map((r) => featurize(r.text, r.source, outcomeTarget(r, label), bits));
  const weights = trainLogistic(train, options);
  const denseOnly = trainLogistic(train.map((e) => ({ ...e, sparse: { indices: new Uint32Array(0), values: new Float32Array(0) } })), options);
  const variants: Record<string, number[]> = {};
  for (const l2h of [0.03, 0.1, 0.3]) {
    const wv = trainLogistic(train, { ...options, l2Hashed: l2h });
    variants[`logistic l2h=${l2h}`] = evalExamples.map((e) => probability(wv, e));
  }
  const knn = buildKnn(train.filter((e) => e.group !== 'priors'), Number(arg('--k', '25')));
  const encoder = await encoderScores(evalRows);
  const extra: Record<string, number[]> = {};
  if (retrainedHere !== undefined) {
    const enc: number[] = [];
    for (const r of evalRows) enc.push((await retrainedHere.classify(r.text)).strongProbability);
    extra['encoder retrained'] = enc;
  }
  const heuristic = evalExamples.map((e) => e.heuristic.score);
  const logistic = evalExamples.map((e) => probability(weights, e));
  const nn = evalExamples.map((e) => knn.score(e));
  const mix = (a: number[], b: number[], wa: number): number[] => a.map((v, i) => wa * v + (1 - wa) * (b[i] ?? 0));
  return {
    heuristic, encoder, 'blend (today)': mix(encoder, heuristic, 0.6),
    'dense logistic': evalExamples.map((e) => probability(denseOnly, e)),
    logistic, knn: nn,
    'logistic+knn': mix(logistic, nn, 0.5),
    'logistic+heuristic': mix(logistic, heuristic, 0.5),
    'logistic+encoder': mix(logistic, encoder, 0.7),
    'logistic+knn+heur': logistic.map((v, i) => (v + (nn[i] ?? 0) + (heuristic[i] ?? 0)) / 3),
    ...variants,
    ...extra,
    ...(extra['encoder retrained'] !== undefined ? {
      'l2h=0.3+retrained': mix(variants['logistic l2h=0.3'] ?? [], extra['encoder retrained'], 0.5),
    } : {}),
  };
}

const pct = (v: number | null): string => (v === null ? '   n/a' : `${(v * 100).toFixed(1)}%`.padStart(6));
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const meanOrNull = (xs: (number | null)[]): number | null => (xs.some((x) => x === null) ? null : mean(xs as number[]));

/** APGR etc. per source, each the mean over the evaluation sets (folds, or the one test split). */
function report(runs: { rows: readonly OutcomeRow[]; scores: Record<string, number[]> }[]): void {
  const names = Object.keys(runs[0]?.scores ?? {});
  console.log(`\n| scorer | ${SOURCES.map((s) => `${s} APGR CPT50 CPT80 95%`).join(' | ')} | mean APGR |`);
  for (const name of names) {
    const cells: string[] = []; const apgrs: number[] = [];
    for (const source of SOURCES) {
      const ms: RoutingMetrics[] = runs.map((run) => routingMetrics(run.rows.map((r, i) => ({ r, score: run.scores[name]?.[i] ?? 0 }))
        .filter((x) => x.r.source === source).map((x) => ({ score: x.score, strong: x.r.strong, weak: x.r.weak }))));
      const apgr = mean(ms.map((m) => m.apgr));
      apgrs.push(apgr);
      cells.push(`${apgr.toFixed(3)} ${pct(meanOrNull(ms.map((m) => m.cpt50)))} ${pct(meanOrNull(ms.map((m) => m.cpt80)))} ${pct(meanOrNull(ms.map((m) => m.share95)))}`);
    }
    console.log(`| ${name.padEnd(18)} | ${cells.join(' | ')} | ${mean(apgrs).toFixed(3)} |`);
  }
}

/** One run per held-out source: each column reads only its own run. */
function reportLoso(runs: { rows: readonly OutcomeRow[]; scores: Record<string, number[]> }[]): void {
  const names = Object.keys(runs[0]?.scores ?? {});
  console.log(`\n| scorer | ${SOURCES.map((s) => `${s} APGR CPT50 CPT80 95%`).join(' | ')} | mean APGR |`);
  for (const name of names) {
    const cells: string[] = []; const apgrs: number[] = [];
    SOURCES.forEach((_source, k) => {
      const run = runs[k];
      if (run === undefined) return;
      const m = routingMetrics(run.rows.map((r, i) => ({ score: run.scores[name]?.[i] ?? 0, strong: r.strong, weak: r.weak })));
      apgrs.push(m.apgr);
      cells.push(`${m.apgr.toFixed(3)} ${pct(m.cpt50)} ${pct(m.cpt80)} ${pct(m.share95)}`);
    });
    console.log(`| ${name.padEnd(18)} | ${cells.join(' | ')} | ${mean(apgrs).toFixed(3)} |`);
  }
}

if (split === 'test') {
  const trainRows = [...splits.train, ...splits.valid];
  console.log(`held-out test: train ${trainRows.length} outcome rows + ${priors.length} priors; test ${splits.test.length} (label ${label})`);
  const scores = await scoreAll(trainRows, splits.test);
  const shipped = loadOutcomeModel();
  scores['shipped file (int8)'] = splits.test.map((r) => outcomeProbability(shipped, r.text, scoreHeuristic([{ role: 'user', content: r.text }], r.text)));
  report([{ rows: splits.test, scores }]);
} else if (split === 'loso') {
  if (retrained !== undefined) throw new Error('--retrained: use --retrained-loso PREFIX with --split loso');
  // Leave one source out: how each scorer does on a distribution it never saw, which is what new users' prompts are.
  const pool = [...splits.train, ...splits.valid];
  const runs = [];
  const prefix = process.argv.includes('--retrained-loso') ? arg('--retrained-loso', '') : undefined;
  for (const source of SOURCES) {
    const evalRows = pool.filter((r) => r.source === source);
    // --retrained-loso PREFIX: PREFIX-no-<source> is the encoder retrained without this source (export-outcomes.ts --leave-out).
    const enc = prefix === undefined ? undefined : await loadClassifier(`${prefix}-no-${source}`);
    runs.push({ rows: evalRows, scores: await scoreAll(pool.filter((r) => r.source !== source), evalRows, enc) });
    await enc?.dispose();
  }
  console.log(`leave-one-source-out over ${pool.length} outcome rows (+ ${priors.length} priors), label ${label}; each column: trained without that source`);
  reportLoso(runs);
} else if (split === 'valid-fixed') {
  console.log(`fixed validation split: train ${splits.train.length} outcome rows + ${priors.length} priors; valid ${splits.valid.length} (label ${label})`);
  report([{ rows: splits.valid, scores: await scoreAll(splits.train, splits.valid) }]);
} else {
  if (retrained !== undefined) throw new Error('--retrained: the encoder saw the train split, so compare it with --split valid-fixed');
  // Cross-validation over train+valid, stratified by source like the split itself: less noise than one split.
  const pool = [...splits.train, ...splits.valid];
  const runs = [];
  for (let f = 0; f < folds; f++) {
    const evalRows = pool.filter((_, i) => i % folds === f);
    const trainRows = pool.filter((_, i) => i % folds !== f);
    runs.push({ rows: evalRows, scores: await scoreAll(trainRows, evalRows) });
  }
  console.log(`${folds}-fold cross-validation over ${pool.length} outcome rows (+ ${priors.length} priors in every training fold), label ${label}`);
  report(runs);
}
await classifier.dispose();
