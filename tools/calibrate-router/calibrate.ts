/**
 * Calibrates the router's per-mode thresholds RouteLLM-style: score a calibration set, then pick for
 * each mode the threshold that sends the chosen share of requests to cloud. Re-run any time the
 * scorer or the mix changes:  npx tsx tools/calibrate-router/calibrate.ts  (see README.md for options).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { answerTier0, scoreHeuristic } from '../../electron/core/router/index';
import { bundledOutcomeModel } from '../../electron/core/router/outcome/bundled';
import { scoreOutcome } from '../../electron/core/router/scoring';
import type { ThresholdsFile } from '../../electron/core/router/index';
import { OWN_PROMPTS } from './own-prompts';
import type { Prompt } from './sources';
import { loadAll, MIX, sample } from './sources';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(repoRoot, '..', 'shared', 'data', 'router') },
    out: { type: 'string', default: join(repoRoot, 'resources', 'router', 'thresholds.json') },
    balanced: { type: 'string', default: '0.30' },
    cost: { type: 'string', default: '0.10' },
    seed: { type: 'string', default: '20261121' },
    'dry-run': { type: 'boolean', default: false },
  },
});

if (!existsSync(values.data)) {
  console.error(`calibration data not found at ${values.data}; pass --data DIR (../shared/data/router)`);
  process.exit(1);
}

const shares = { balanced: Number(values.balanced), cost: Number(values.cost) };
const seed = Number(values.seed);
const all = loadAll(values.data);
const prompts: Prompt[] = Object.entries(MIX).flatMap(([source, count], i) =>
  sample((all[source] ?? []).filter((t) => t.trim() !== ''), count, seed + i).map((text) => ({ source, text })));
prompts.push(...OWN_PROMPTS.map((text) => ({ source: 'own', text })));

// Tier-0 answers never reach the threshold, so they are not part of what it splits.
const scored = prompts
  .filter((p) => answerTier0(p.text) === null)
  .map((p) => ({ ...p, score: scoreHeuristic([{ role: 'user', content: p.text }], p.text).score }));
/** Per-mode thresholds for one scorer: each sends its share of the set to cloud. */
function calibrate(scores: number[]): { balanced: number; cost: number; cloudShare: { balanced: number; cost: number }; samples: number; quantiles: number[] } {
  const desc = scores.slice().sort((a, b) => b - a);
  const asc = desc.slice().reverse();
  // Scores at 0%, 5%, …, 100%: the rungs within a side share its calibration traffic evenly (score-level.ts).
  const quantiles = Array.from({ length: 21 }, (_, i) => Number((asc[Math.min(asc.length - 1, Math.round((i / 20) * (asc.length - 1)))] ?? 0).toFixed(4)));
  // Midway between the k-th and (k+1)-th highest score, k = share × n.
  const at = (share: number): number => {
    const k = Math.round(share * desc.length);
    if (k <= 0) return 1;
    return Number((((desc[k - 1] as number) + (desc[k] ?? 0)) / 2).toFixed(4));
  };
  const share = (t: number): number => Number((desc.filter((x) => x >= t).length / desc.length).toFixed(4));
  const balanced = at(shares.balanced);
  const cost = at(shares.cost);
  return { balanced, cost, cloudShare: { balanced: share(balanced), cost: share(cost) }, samples: desc.length, quantiles };
}

const heuristic = calibrate(scored.map((p) => p.score));
const thresholds = { balanced: heuristic.balanced, cost: heuristic.cost };
console.log(`calibration set: ${scored.length} prompts (${prompts.length - scored.length} answered by tier-0, excluded)`);
console.log('source'.padEnd(24), 'n'.padStart(5), 'mean'.padStart(6), 'balanced→cloud'.padStart(15), 'cost→cloud'.padStart(11));
for (const source of [...Object.keys(MIX), 'own']) {
  const rows = scored.filter((p) => p.source === source);
  const mean = rows.reduce((a, p) => a + p.score, 0) / Math.max(1, rows.length);
  const share = (t: number): string => `${((100 * rows.filter((p) => p.score >= t).length) / Math.max(1, rows.length)).toFixed(0)}%`;
  console.log(source.padEnd(24), String(rows.length).padStart(5), mean.toFixed(3).padStart(6), share(thresholds.balanced).padStart(15), share(thresholds.cost).padStart(11));
}
console.log(`heuristic thresholds: balanced ${heuristic.balanced} (${heuristic.cloudShare.balanced} cloud), cost ${heuristic.cost} (${heuristic.cloudShare.cost} cloud)`);

/** The outcome model's score (the router's own, outcome/), on the same text the router scores. */
const model = bundledOutcomeModel();
if (model instanceof Error) {
  console.error(`cannot load the outcome model: ${model.message}`);
  process.exit(1);
}
const outcome = calibrate(scored.map((p) => scoreOutcome(model, p.text, scoreHeuristic([{ role: 'user', content: p.text }], p.text)).score));
console.log(`outcome thresholds: balanced ${outcome.balanced} (${outcome.cloudShare.balanced} cloud), cost ${outcome.cost} (${outcome.cloudShare.cost} cloud)`);

const file: ThresholdsFile = {
  version: 1,
  procedure: `tools/calibrate-router: ${scored.length} prompts sampled from ../shared/data/router (mix in sources.ts, seed ${seed}) plus own prompts, tier-0 answers excluded; heuristic score, and the outcome model's score (resources/router/outcome-model); threshold per mode = score midway between the k-th and (k+1)-th highest, k = share x n; quantiles = scores at 0%, 5%, ..., 100% (rungs within a side share its calibration traffic evenly); target cloud shares balanced ${shares.balanced}, cost ${shares.cost}.`,
  calibratedAt: new Date().toISOString().slice(0, 10),
  scorers: { heuristic, outcome },
};
if (values['dry-run']) console.log(JSON.stringify(file, null, 2));
else {
  writeFileSync(values.out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${values.out}`);
}
