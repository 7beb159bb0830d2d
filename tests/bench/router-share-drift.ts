/**
 * How far the realised cloud share, and each rung's share, drift from the calibration on prompts the
 * calibration never saw: the held-out test split of ../shared/data/router-outcomes (tools/train-router/outcomes).
 *   npx tsx tests/bench/router-share-drift.ts
 * The thresholds (resources/router/thresholds.json) were set so that balanced sends 30% and cost 10% of the
 * calibration prompts (real user prompts, ../shared/data/router) to cloud; the rungs within a side share the
 * side's calibration traffic evenly. Benchmark prompts are harder than everyday traffic, so the share rises on
 * them: the figure says by how much, per source.
 */
import { createRouter } from '../../electron/core/router';
import type { CandidateModel } from '../../electron/core/router';
import { BUNDLED_THRESHOLDS } from '../../electron/core/router/thresholds';
import { loadOutcomes, SOURCES } from '../../tools/train-router/outcomes/load-outcomes';
import { splitOutcomes } from '../../tools/train-router/outcomes/split';
import { sharedDir } from '../helpers/fixtures';

const caps = { tools: true, vision: true, jsonSchema: true, embeddings: false };
const model = (id: string, kind: 'local' | 'cloud', quality: 1 | 2 | 3 | 4 | 5): CandidateModel =>
  ({ id, kind, provider: kind === 'local' ? 'local' : 'acme', contextLength: 131_072, capabilities: caps, quality });
const candidates = { local: [model('local-small', 'local', 1), model('local-big', 'local', 2)], cloud: [model('cloud-mid', 'cloud', 4), model('cloud-top', 'cloud', 5)] };
const router = createRouter();
const test = splitOutcomes(loadOutcomes(sharedDir)).test;
const target = BUNDLED_THRESHOLDS.scorers.outcome?.cloudShare ?? { balanced: 0.3, cost: 0.1 };

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);
console.log(`held-out outcome prompts: ${test.length}; ladder: ${[...candidates.local, ...candidates.cloud].map((m) => m.id).join(' < ')}`);
console.log('| mode | source | n | cloud share (calibrated) | drift | rung shares (local-small, local-big, cloud-mid, cloud-top) |');
console.log('|---|---|---|---|---|---|');
for (const mode of ['balanced', 'cost'] as const) {
  for (const source of [...SOURCES, 'all'] as const) {
    const rows = test.filter((r) => source === 'all' || r.source === source);
    const rungs = [0, 0, 0, 0];
    let cloud = 0;
    for (const r of rows) {
      const d = await router.route({ request: { model: 'auto', messages: [{ role: 'user', content: r.text }] }, candidates, mode });
      if (d.target === 'cloud') cloud += 1;
      if (d.rung !== null) rungs[d.rung] = (rungs[d.rung] ?? 0) + 1;
    }
    const share = cloud / rows.length;
    console.log(`| ${mode} | ${source} | ${rows.length} | ${pct(share)} (${pct(target[mode])}) | ${share >= target[mode] ? '+' : ''}${(100 * (share - target[mode])).toFixed(1)} pt | ${rungs.map((n) => pct(n / rows.length)).join(' ')} |`);
  }
}
