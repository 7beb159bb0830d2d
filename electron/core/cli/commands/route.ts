import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { ChatMessage } from '../../../../shared/chat';
import { chatMessageSchema } from '../../../../shared/chat';
import type { Mode } from '../../../../shared/decision';
import { modeSchema } from '../../../../shared/decision';
import type { Settings } from '../../../../shared/settings';
import { inspectRequest } from '../../privacy/index';
import type { CandidateModel, Candidates, Classifier, PrivacyVerdict, RouteResult, Router } from '../../router/index';
import { loadClassifier } from '../../router/classifier';
import { createRouter } from '../../router/index';
import type { CliIo } from '../cli-io';
import { UsageError } from '../cli-io';
import { loadSettings, settingsOptions } from '../load-settings';

/**
 * `switchyard route` (DESIGN.md §4): offline routing decisions, no GGUF loaded.
 *   --jsonl FILE|-   in `{id, messages, mode?}` per line → out `{id, target, model, score, task, reasons,
 *                    privacy, answer?, routing_us}` per line, in order, streamed; a bad line gets `{id, error}`.
 *   --explain TEXT   one decision, printed for a person.
 *   --mode M         mode for lines that name none (a line's own `mode` wins).
 */
export interface RouteArgs { jsonl?: string | undefined; explain?: string | undefined; mode?: Mode | undefined }
export interface RouteIo { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream | undefined }
export interface RouteDeps {
  router: Router;
  candidates: Candidates;
  /** The privacy engine's verdict on a request; without it requests carry no findings. */
  privacy?: ((messages: ChatMessage[], mode: Mode | undefined) => PrivacyVerdict | Promise<PrivacyVerdict>) | undefined;
}

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  messages: z.array(chatMessageSchema).min(1),
  mode: modeSchema.optional(),
});

export async function runRoute(args: RouteArgs, io: RouteIo, deps: RouteDeps): Promise<number> {
  if ((args.jsonl === undefined) === (args.explain === undefined)) {
    io.stderr.write('switchyard route: pass exactly one of --jsonl FILE or --explain "prompt".\n');
    return 2;
  }
  if (args.explain !== undefined) return explain(args.explain, args.mode, io, deps);
  const source = args.jsonl === '-' ? io.stdin : createReadStream(args.jsonl as string, 'utf8');
  if (source === undefined) {
    io.stderr.write('switchyard route: --jsonl - needs standard input.\n');
    return 2;
  }
  await warmUp(deps);
  try {
    const lines = createInterface({ input: source, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n += 1;
      const out = await routeLine(line, n, args.mode, deps);
      if (!io.stdout.write(`${JSON.stringify(out)}\n`)) await once(io.stdout, 'drain');
    }
  } catch (error) {
    io.stderr.write(`switchyard route: cannot read ${args.jsonl}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return 0;
}

/**
 * JIT warm-up (a few milliseconds) so `routing_us` reports the steady-state decision time a running
 * server has, not first-call compilation.
 */
const WARM_UP_ROUNDS = 100;
async function warmUp(deps: RouteDeps): Promise<void> {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    for (const content of ['hello there', 'what is 15% of 240', 'Write a Python function that parses ISO dates, with tests.']) {
      await deps.router.route({ request: { model: 'auto', messages: [{ role: 'user', content }] }, candidates: deps.candidates });
    }
  }
}

async function routeLine(line: string, n: number, mode: Mode | undefined, deps: RouteDeps): Promise<Record<string, unknown>> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${n}: not valid JSON` };
  }
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { id?: unknown } | null)?.id;
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
    return { id: typeof id === 'string' || typeof id === 'number' ? id : null, error: `line ${n}: ${where}${issue?.message ?? 'invalid line'}` };
  }
  const { id, messages } = parsed.data;
  const lineMode = parsed.data.mode ?? mode;
  let privacy: PrivacyVerdict | undefined;
  try {
    privacy = deps.privacy === undefined ? undefined : await deps.privacy(messages, lineMode);
  } catch (error) {
    return { id, error: `line ${n}: privacy scan failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const start = process.hrtime.bigint();
  const result = await deps.router.route({
    request: { model: 'auto', messages }, mode: lineMode, client: { kind: 'cli' }, privacy, candidates: deps.candidates,
  });
  const routingUs = Number(process.hrtime.bigint() - start) / 1000;
  return {
    id, target: result.target, model: result.model, score: Number(result.score.toFixed(4)), task: result.taskType,
    reasons: result.reasons, privacy: result.privacy, ...(result.answer === undefined ? {} : { answer: result.answer }),
    routing_us: Number(routingUs.toFixed(1)),
  };
}

async function explain(prompt: string, mode: Mode | undefined, io: RouteIo, deps: RouteDeps): Promise<number> {
  const messages: ChatMessage[] = [{ role: 'user', content: prompt }];
  await warmUp(deps);
  const privacy = deps.privacy === undefined ? undefined : await deps.privacy(messages, mode);
  const start = process.hrtime.bigint();
  const r = await deps.router.route({ request: { model: 'auto', messages }, mode, client: { kind: 'cli' }, privacy, candidates: deps.candidates });
  const us = Number(process.hrtime.bigint() - start) / 1000;
  io.stdout.write(describe(r, us));
  return 0;
}

function describe(r: RouteResult, us: number): string {
  const where = r.target === 'tier0' ? 'tier-0 (answered without a model)' : r.model === '' ? `${r.target} (no model)` : `${r.target}: ${r.model} (${r.provider})`;
  const lines = [
    `Target:     ${where}`,
    ...(r.answer === undefined ? [] : [`Answer:     ${r.answer}`]),
    ...(r.blocked === undefined ? [] : [`Blocked:    ${r.blocked.message}`]),
    `Task:       ${r.taskType}`,
    `Score:      ${r.score.toFixed(2)} (probability the stronger model is needed), confidence ${r.confidence.toFixed(2)}`,
    `Mode:       ${r.mode}`,
    'Why:',
    ...r.reasons.map((reason) => `  - ${reason}`),
    `Rules:      ${r.rules.length === 0 ? 'none matched' : r.rules.join(', ')}`,
    `Privacy:    ${r.privacy.length === 0 ? 'no findings' : r.privacy.map((f) => `${f.type} ×${f.count}`).join(', ')}`,
    `Fallbacks:  ${r.fallbacks.length === 0 ? 'none' : r.fallbacks.join(', ')}`,
    `Routing:    ${us.toFixed(0)} µs`,
  ];
  return `${lines.join('\n')}\n`;
}

const LOCAL_DEFAULT_CONTEXT = 4096;

/**
 * Candidates by metadata only (no GGUF is opened): the configured local and cloud models, or a model
 * named 'local' / 'cloud' standing in for each side that has none configured.
 */
export function cliCandidates(settings: Pick<Settings, 'local' | 'providers'>): Candidates {
  const local: CandidateModel[] = settings.local.map((m) => ({
    id: m.id, provider: 'local', kind: 'local', contextLength: m.contextSize ?? LOCAL_DEFAULT_CONTEXT,
    capabilities: { tools: true, vision: false, jsonSchema: true, embeddings: false },
  }));
  const cloud: CandidateModel[] = settings.providers.flatMap((p) => p.models.map((m) => ({
    id: m.id, provider: p.id, kind: 'cloud' as const, contextLength: m.contextLength, capabilities: m.capabilities,
  })));
  return {
    local: local.length > 0 ? local : [{ id: 'local', provider: 'local', kind: 'local', contextLength: LOCAL_DEFAULT_CONTEXT, capabilities: { tools: true, vision: false, jsonSchema: true, embeddings: false } }],
    cloud: cloud.length > 0 ? cloud : [{ id: 'cloud', provider: 'cloud', kind: 'cloud', contextLength: 128_000, capabilities: { tools: true, vision: true, jsonSchema: true, embeddings: false } }],
  };
}

/** The privacy engine's verdict, as the gateway computes it, for a CLI request. */
export function cliPrivacy(settings: Pick<Settings, 'privacy' | 'mode'>): NonNullable<RouteDeps['privacy']> {
  return (messages, mode) => {
    const verdict = inspectRequest({ model: 'auto', messages }, { mode: mode ?? settings.mode, client: 'cli' }, settings.privacy);
    return { findings: verdict.findings, neverCloud: verdict.neverCloud, reasons: verdict.reasons };
  };
}

/**
 * The `route` command for cli/main.ts: parses flags, loads settings, routes with the configured rules and the
 * privacy engine's verdict (`privacy` replaces that verdict, e.g. in tests).
 */
export async function routeCommand(argv: string[], io: CliIo, privacy?: RouteDeps['privacy']): Promise<number> {
  const { values } = parseArgs({
    args: argv, options: { ...settingsOptions, jsonl: { type: 'string' }, explain: { type: 'string' }, mode: { type: 'string' } }, strict: true,
  });
  const mode = values.mode === undefined ? undefined : modeSchema.safeParse(values.mode);
  if (mode !== undefined && !mode.success) throw new UsageError(`--mode must be one of ${modeSchema.options.join(', ')}`);
  const settings = loadSettings(values);
  const router = createRouter({ settings: settings.router, defaultMode: settings.mode, classifier: await cliClassifier(settings.router.classifierDir, io) });
  return runRoute({ jsonl: values.jsonl, explain: values.explain, mode: mode?.data }, io, { router, candidates: cliCandidates(settings), privacy: privacy ?? cliPrivacy(settings) });
}

/**
 * The ONNX classifier, loaded before the first line so every decision uses it. If it cannot load, routing
 * goes on with the heuristic: the failure is said once on stderr and in each decision's reasons.
 */
async function cliClassifier(dir: string | undefined, io: CliIo): Promise<Classifier> {
  try {
    return await loadClassifier(dir);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`switchyard route: ${message}; routing with the heuristic only.\n`);
    return { classify: () => Promise.reject(new Error(message)) };
  }
}
