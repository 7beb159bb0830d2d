/**
 * Feedback simulation (issue #16): 300 routed requests from the held-out outcome split get the user signal their
 * real outcomes imply, through the app's own mapping (router/feedback/labels.ts) and update (adjustment.ts); the
 * APGR of the remaining requests is measured with the shipped score before and with the adjusted score after.
 *   npx tsx tests/bench/router-feedback-sim.ts [--orders 5] [--split valid --pull P --lr R]
 * Signals: a local answer gets 👍 when the weak model did as well as the strong one (within 0.15), else 👎; a cloud
 * answer gets "Run again locally" when the weak model did as well, for one request in four (most users never
 * retry), else nothing (👍/👎 on cloud answers teach nothing by design). Each order is a different shuffle.
 */
import { createRouter } from '../../electron/core/router';
import { BUNDLED_THRESHOLDS } from '../../electron/core/router/thresholds';
import type { CandidateModel } from '../../electron/core/router';
import { adjust, update } from '../../electron/core/router/feedback/adjustment';
import { initialFeedbackState } from '../../electron/core/router/feedback/feedback-state';
import type { FeedbackState } from '../../electron/core/router/feedback/feedback-state';
import { labelFor } from '../../electron/core/router/feedback/labels';
import type { TaskType, Target } from '../../shared/decision';
import type { FeedbackSignal } from '../../shared/feedback';
import type { OutcomeModel } from '../../electron/core/router/outcome/linear-model';
import { featurize, loadPriors, outcomeTarget } from '../../tools/train-router/outcomes/examples';
import type { OutcomeRow } from '../../tools/train-router/outcomes/load-outcomes';
import { loadOutcomes, textKey } from '../../tools/train-router/outcomes/load-outcomes';
import { trainLogistic } from '../../tools/train-router/outcomes/logistic';
import { toModel } from '../../tools/train-router/outcomes/model-file';
import { SHIPPED } from '../../tools/train-router/outcomes/shipped';
import { splitOutcomes } from '../../tools/train-router/outcomes/split';
import { sharedDir } from '../helpers/fixtures';
import { routingMetrics } from './routellm-metrics';

const arg = (name: string): string | undefined => { const k = process.argv.indexOf(name); return k > 0 ? process.argv[k + 1] : undefined; };
const orders = Number(arg('--orders') ?? 5);
/** `--split valid` to try learning settings (--pull, --lr) on prompts the report does not use. */
const split = arg('--split') === 'valid' ? 'valid' : 'test';
const learning = { ...(arg('--pull') !== undefined ? { pull: Number(arg('--pull')) } : {}), ...(arg('--lr') !== undefined ? { learningRate: Number(arg('--lr')) } : {}) };
const FEEDBACK = 300;
const caps = { tools: true, vision: true, jsonSchema: true, embeddings: false };
const model = (id: string, kind: 'local' | 'cloud'): CandidateModel => ({ id, kind, provider: kind, contextLength: 131_072, capabilities: caps });
const candidates = { local: [model('local', 'local')], cloud: [model('cloud', 'cloud')] };
const router = createRouter();
const threshold = BUNDLED_THRESHOLDS.scorers.outcome?.balanced ?? 0.5;

interface Routed { strong: number; weak: number; score: number; taskType: TaskType; target: Target; source: string }
const routed: Routed[] = [];
const splits = splitOutcomes(loadOutcomes(sharedDir));
// The shipped model trained on the validation split; trying settings there needs a model that has not seen it.
const scoring = split === 'test' ? router : createRouter({ outcomeModel: trainWithout(splits.train) });
for (const r of splits[split]) {
  const d = await scoring.route({ request: { model: 'auto', messages: [{ role: 'user', content: r.text }] }, candidates, mode: 'balanced' });
  routed.push({ strong: r.strong, weak: r.weak, score: d.score, taskType: d.taskType, target: d.target, source: r.source });
}

/** The shipped recipe on the train split only (+ the priors file), for --split valid. */
function trainWithout(train: readonly OutcomeRow[]): OutcomeModel {
  const priors = loadPriors(arg('--priors') ?? '/tmp/router-priors.jsonl', new Set(loadOutcomes(sharedDir).map((r) => textKey(r.text))));
  const examples = [...train.map((r) => featurize(r.text, r.source, outcomeTarget(r, SHIPPED.label), SHIPPED.bits)), ...priors.map((p) => featurize(p.text, 'priors', p.strong, SHIPPED.bits))];
  return toModel(trainLogistic(examples, { ...SHIPPED, groupWeights: { ...SHIPPED.groupWeights } }), SHIPPED.bits, 'feedback simulation');
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = (): number => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  const out = [...xs];
  for (let k = out.length - 1; k > 0; k--) { const j = Math.floor(next() * (k + 1)); [out[k], out[j]] = [out[j] as T, out[k] as T]; }
  return out;
}

function signal(r: Routed, k: number): FeedbackSignal | null {
  const enough = r.weak >= r.strong - 0.15;
  if (r.target === 'local') return enough ? 'good' : 'bad';
  return r.target === 'cloud' && enough && k % 4 === 0 ? 'run-again-local' : null;
}

const rows: string[] = [];
let sumBefore = 0; let sumAfter = 0;
for (let o = 0; o < orders; o++) {
  const order = shuffled(routed, 1000 + o);
  let state: FeedbackState = initialFeedbackState();
  let labels = 0;
  order.slice(0, FEEDBACK).forEach((r, k) => {
    const s = signal(r, k);
    if (s === null) return;
    const outcome = labelFor(s, r.target);
    if (outcome.label === null) return;
    state = { ...state, parameters: update(state, { score: r.score, taskType: r.taskType, label: outcome.label }, learning), labels: state.labels + 1 };
    labels += 1;
  });
  const rest = order.slice(FEEDBACK);
  const before = routingMetrics(rest.map((r) => ({ score: r.score, strong: r.strong, weak: r.weak })));
  const adjusted = rest.map((r) => adjust(state, r.score, r.taskType).score);
  const after = routingMetrics(rest.map((r, k) => ({ score: adjusted[k] ?? r.score, strong: r.strong, weak: r.weak })));
  sumBefore += before.apgr; sumAfter += after.apgr;
  // The operating point the user lives at: the balanced threshold, before and after the adjustment.
  const point = (scores: number[]): string => {
    const cloud = scores.map((v) => v >= threshold);
    const share = cloud.filter(Boolean).length / rest.length;
    const quality = rest.reduce((q, r, k) => q + (cloud[k] === true ? r.strong : r.weak), 0);
    const weak = rest.reduce((q, r) => q + r.weak, 0); const strong = rest.reduce((q, r) => q + r.strong, 0);
    return `${(100 * share).toFixed(1)}% cloud, PGR ${((quality - weak) / (strong - weak)).toFixed(3)}`;
  };
  rows.push(`| ${o + 1} | ${labels} | ${rest.length} | ${before.apgr.toFixed(3)} | ${after.apgr.toFixed(3)} | ${(after.apgr - before.apgr >= 0 ? '+' : '')}${(after.apgr - before.apgr).toFixed(3)} | ${point(rest.map((r) => r.score))} → ${point(adjusted)} |`);
}
console.log(`${split === 'test' ? 'held-out' : 'validation'} outcome prompts: ${routed.length}; ${FEEDBACK} get feedback, the rest are measured`);
console.log('| order | labels learned | measured | APGR before | APGR after | change | at the balanced threshold: before → after |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`| mean | | | ${(sumBefore / orders).toFixed(3)} | ${(sumAfter / orders).toFixed(3)} | ${((sumAfter - sumBefore) / orders >= 0 ? '+' : '')}${((sumAfter - sumBefore) / orders).toFixed(3)} |`);
