/**
 * Decision latency of the router: hints + rules + tier-0 + heuristic + mode + capability checks, on 10,000
 * generated prompts of up to 1,000 characters; with `--classifier`, the shipped ONNX classifier too.
 *   npx tsx tests/bench/router-latency.ts [--classifier]
 * Scoring is the outcome model (outcome/) in both. Targets: issue 16, p50 ≤ 0.5 ms and p99 ≤ 3 ms; issue 3 set
 * p50 ≤ 20 µs, p99 ≤ 100 µs for the heuristic alone, before the outcome model. Also prints the outcome model load time.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadClassifier } from '../../electron/core/router/classifier';
import { loadOutcomeModel } from '../../electron/core/router/outcome/load';
import type { ChatMessage } from '../../shared/chat';
import type { Mode } from '../../shared/decision';
import { rulesSchema } from '../../shared/settings/rules';
import type { Candidates, RouteInput } from '../../electron/core/router/index';
import { createRouter, parseRouterSettings } from '../../electron/core/router/index';

const N = 10_000;
const MAX_CHARS = 1000;
const MIN_LONG_CHARS = 400; // a share of prompts is padded towards the 1,000-character limit

let seed = 0x5eed;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

const SMALL_TALK = ['hi', 'hello there!', 'good morning :)', 'ok thanks bye', 'how are you today?', 'lol that is funny', 'thank you so much', 'what can you do?'];
const TIER0 = [
  () => `what is ${int(1, 999)} * ${int(1, 99)}?`, () => `${int(1, 90)}% of ${int(10, 5000)}`, () => `Convert ${int(1, 500)} km to miles`,
  () => `how many minutes are in ${int(1, 48)}.5 hours?`, () => `${int(-40, 120)} degrees Celsius to Fahrenheit`, () => `what's ${int(2, 99)}*(${int(1, 9)}+${int(1, 9)})?`,
  () => `${int(1, 64)} GiB to MB`, () => `sqrt(${int(2, 10_000)})`,
];
const OPENERS = ['Explain', 'Write', 'Design', 'Compare', 'Summarize', 'Translate', 'Prove', 'Describe', 'List', 'Analyze', 'Draft', 'Fix'];
const TOPICS = ['a distributed key-value store', 'the French Revolution', 'a Python web crawler', 'photosynthesis', 'a marketing email for a bakery',
  'the proof that there are infinitely many primes', 'a React component that paginates a table', 'the causes of inflation', 'a haiku about rain',
  'a rate limiter for an API gateway', 'the difference between TCP and UDP', 'a weekly meal plan', 'the plot of Hamlet', 'a SQL query for monthly revenue'];
const TAILS = [', with examples.', ' in detail, step by step.', ' in one sentence.', ', comparing the trade-offs and failure modes.', '.', ' for a beginner.',
  ' and include unit tests.', ', in about 500 words.', ' and explain why each step is needed.', ' as a numbered list.'];
const FILLER = ['The system must handle retries and timeouts.', 'Keep the tone friendly but professional.', 'Our team uses TypeScript and PostgreSQL.',
  'Please consider latency, throughput and cost.', 'The audience is new to the topic.', 'Assume the data set has about ten million rows.',
  'Mention any security implications.', 'We deploy on Kubernetes in two regions.'];
const CODE = ['```python\ndef add(a, b):\n    return a + b\n```', '```js\nconst x = items.map((i) => i * 2);\nconsole.log(x);\n```', '```sql\nSELECT id, total FROM orders WHERE total > 100;\n```'];

function prompt(): string {
  const kind = rand();
  if (kind < 0.15) return pick(SMALL_TALK);
  if (kind < 0.3) return pick(TIER0)();
  let text = `${pick(OPENERS)} ${pick(TOPICS)}${pick(TAILS)}`;
  const extra = int(0, 12);
  for (let i = 0; i < extra; i++) text += ` ${pick(FILLER)}`;
  if (rand() < 0.25) while (text.length < MIN_LONG_CHARS + int(0, 600)) text += ` ${pick(FILLER)}`;
  if (rand() < 0.2) text += `\n${pick(CODE)}`;
  if (rand() < 0.1) text = `#${pick(['local', 'cloud'])} ${text}`;
  return text.slice(0, MAX_CHARS);
}

function messages(): ChatMessage[] {
  const last: ChatMessage = { role: 'user', content: prompt() };
  if (rand() < 0.7) return [last];
  const history: ChatMessage[] = rand() < 0.5 ? [{ role: 'system', content: 'You are a helpful assistant.' }] : [];
  for (let i = int(1, 3); i > 0; i--) history.push({ role: 'user', content: prompt() }, { role: 'assistant', content: 'Sure, here is an answer.' });
  return [...history, last];
}

const caps = { tools: false, vision: false, jsonSchema: true, embeddings: false };
const candidates: Candidates = {
  local: [{ id: 'local', provider: 'local', kind: 'local', contextLength: 4096, capabilities: caps }],
  cloud: [{ id: 'big-1', provider: 'acme', kind: 'cloud', contextLength: 128_000, capabilities: { ...caps, tools: true, vision: true } }],
};
// The router applies the routing actions; the never-cloud one runs in the privacy stage (not timed here).
const rules = rulesSchema.parse([
    { name: 'secrets', action: 'never-cloud', match: { regex: 'password\\s*[:=]|api[_-]?key' } },
    { name: 'internal', action: 'always-local', match: { keywords: ['project zebra', 'internal only'] } },
    { name: 'ci', action: 'always-cloud', match: { clients: ['ci-bot'] } },
    { name: 'long', action: 'always-cloud', match: { minTokens: 3000 } },
    { name: 'translate-local', action: 'always-local', match: { taskTypes: ['translation'] } },
    { name: 'tickets', action: 'use-model', model: 'big-1', match: { regex: '\\bTICKET-\\d+' } },
]);
const settings = parseRouterSettings({ taskModels: { code: 'big-1' } });
const withClassifier = parseArgs({ options: { classifier: { type: 'boolean' } } }).values.classifier === true;
const rssBefore = process.memoryUsage().rss;
const classifier = withClassifier ? await loadClassifier() : undefined;
const classifierMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
const loadStarted = performance.now();
const outcomeModel = loadOutcomeModel();
console.log(`outcome model loaded in ${(performance.now() - loadStarted).toFixed(1)} ms (${(outcomeModel.hashed.byteLength / 1024).toFixed(0)} KB of weights)`);
const router = createRouter({ settings, rules, classifier, outcomeModel });
const modes: Mode[] = ['balanced', 'balanced', 'balanced', 'cost', 'speed', 'privacy'];
const inputs: RouteInput[] = Array.from({ length: N }, () => ({
  request: { model: 'auto', messages: messages() }, mode: pick(modes), client: { kind: 'api', userAgent: 'openai-node/6' }, candidates,
}));

for (const input of inputs) await router.route(input); // warm-up: JIT, inline caches
const ns = new Float64Array(N);
const targets: Record<string, number> = {};
for (let i = 0; i < N; i++) {
  const input = inputs[i] as RouteInput;
  const start = process.hrtime.bigint();
  const r = await router.route(input);
  ns[i] = Number(process.hrtime.bigint() - start);
  targets[r.target] = (targets[r.target] ?? 0) + 1;
}
ns.sort();
const us = (q: number): string => ((ns[Math.min(N - 1, Math.floor(q * N))] as number) / 1000).toFixed(1);
const chars = inputs.map((i) => JSON.stringify(i.request.messages.at(-1)?.content ?? '').length);
console.log(`router decision latency, ${N} prompts (last message ${Math.min(...chars)}–${Math.max(...chars)} chars), rules + tier-0 + heuristic, ${withClassifier ? `ONNX classifier (+${classifierMb.toFixed(0)} MB RSS to load)` : 'no classifier'}`);
console.log(`p50 ${us(0.5)} µs   p90 ${us(0.9)} µs   p99 ${us(0.99)} µs   max ${us(1 - 1 / N)} µs`);
console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine's CPUs (other processes inflate the tail)`);
console.log(`targets: ${Object.entries(targets).map(([k, v]) => `${k} ${v}`).join(', ')}`);
