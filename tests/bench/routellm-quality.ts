/**
 * Router quality on RouteLLM's GSM8K and MMLU data (evaluation only; nothing here is trained or tuned on it).
 *   npx tsx tests/bench/routellm-quality.ts [--limit N] [--model DIR]
 * Scores every prompt with the encoder's strongProbability, the heuristic score, the earlier blend of the two
 * (0.6 · encoder + 0.4 · heuristic, the router's score until the outcome model), and the router's score
 * (createRouter, balanced mode: the outcome model), then prints CPT(50%), CPT(80%), APGR and the strong share
 * needed for 95% of the strong model's accuracy, beside random routing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatMessage } from '../../shared/chat';
import type { Classifier, ClassifierResult } from '../../electron/core/router';
import { createRouter, scoreHeuristic } from '../../electron/core/router';
import { loadClassifier } from '../../electron/core/router/classifier';
import { sharedDir } from '../helpers/fixtures';
import type { BenchPrompt } from './routellm-data';
import { loadGsm8k, loadMmlu } from './routellm-data';
import type { RoutingMetrics } from './routellm-metrics';
import { routingMetrics } from './routellm-metrics';

const benchDir = join(sharedDir, 'bench', 'routellm');
if (!existsSync(benchDir)) {
  console.log(`skipped: ${benchDir} not found (the RouteLLM evaluation data lives in ../shared)`);
  process.exit(0);
}
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const limit = Number(arg('--limit') ?? Infinity);
const modelDir = arg('--model');

const classifier = await loadClassifier(modelDir);
/** The router calls the classifier too; memoised so each prompt runs through the model once. */
const seen = new Map<string, ClassifierResult>();
const memo: Classifier = {
  async classify(text) {
    const hit = seen.get(text);
    if (hit) return hit;
    const result = await classifier.classify(text);
    seen.set(text, result);
    return result;
  },
};
const model = (id: string, kind: 'local' | 'cloud') => ({
  id, kind, provider: kind === 'local' ? 'local' : 'openai', contextLength: 32_768,
  capabilities: { tools: true, vision: true, jsonSchema: true, embeddings: false },
});
const router = createRouter({ classifier: memo, classifierTimeoutMs: 60_000 });
const candidates = { local: [model('weak', 'local')], cloud: [model('strong', 'cloud')] };

interface Scores { classifier: number; heuristic: number; blend: number; router: number }

async function scorePrompt(prompt: string): Promise<Scores> {
  const messages: ChatMessage[] = [{ role: 'user', content: prompt }];
  const cls = await memo.classify(prompt);
  const routed = await router.route({ request: { model: 'auto', messages }, candidates, mode: 'balanced' });
  const heuristic = scoreHeuristic(messages, prompt).score;
  return { classifier: cls.strongProbability, heuristic, blend: 0.6 * cls.strongProbability + 0.4 * heuristic, router: routed.score };
}

const pct = (v: number | null): string => (v === null ? '  n/a' : `${(v * 100).toFixed(1)}%`.padStart(8));
const row = (name: string, m: RoutingMetrics): string =>
  `| ${name.padEnd(30)} | ${pct(m.cpt50)} | ${pct(m.cpt80)} | ${m.apgr.toFixed(3)} | ${pct(m.share95)} |`;

async function evaluate(name: string, prompts: BenchPrompt[]): Promise<void> {
  const items = prompts.slice(0, limit);
  const started = performance.now();
  const scored: (BenchPrompt & Scores)[] = [];
  for (const p of items) scored.push({ ...p, ...(await scorePrompt(p.prompt)) });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const at = (key: keyof Scores) => scored.map((s) => ({ score: s[key], strong: s.strong, weak: s.weak }));
  const random = routingMetrics(scored.map((s) => ({ score: 0, strong: s.strong, weak: s.weak })));
  console.log(`\n${name}: ${scored.length} prompts (decontaminated as RouteLLM does), strong ${(random.strongQuality * 100).toFixed(1)}%, `
    + `weak ${(random.weakQuality * 100).toFixed(1)}% correct; scored in ${seconds} s`);
  console.log('| router                         | CPT(50%) | CPT(80%) | APGR  | 95% of strong |');
  console.log('|--------------------------------|----------|----------|-------|---------------|');
  console.log(row('random (expected)', random));
  console.log(row('classifier strongProbability', routingMetrics(at('classifier'))));
  console.log(row('heuristic score', routingMetrics(at('heuristic'))));
  console.log(row('earlier blend (0.6 enc + 0.4 h)', routingMetrics(at('blend'))));
  console.log(row('router (outcome model)', routingMetrics(at('router'))));
}

await evaluate('GSM8K', loadGsm8k(benchDir));
await evaluate('MMLU', loadMmlu(benchDir));
await classifier.dispose();
