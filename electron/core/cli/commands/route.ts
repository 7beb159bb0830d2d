import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { ChatMessage, ChatRequest } from '../../../../shared/chat';
import { chatMessageSchema } from '../../../../shared/chat';
import type { Decision, Mode } from '../../../../shared/decision';
import { modeSchema } from '../../../../shared/decision';
import type { Settings } from '../../../../shared/settings';
import { createEngine } from '../../engine';
import type { Classifier, RouteResult } from '../../router/index';
import { loadClassifier } from '../../router/classifier';
import type { CliIo } from '../cli-io';
import { UsageError } from '../cli-io';
import { loadSettings, settingsOptions } from '../load-settings';
import { standInBackends } from '../stand-in-backends';

/**
 * `switchyard route` (DESIGN.md §4): offline routing decisions, no GGUF loaded, through the gateway's own
 * decide path — the same privacy, rules, tier-0, scoring, ladder and never-cloud stages as every request.
 *   --jsonl FILE|-   in `{id, messages, mode?}` per line → out `{id, target, model, score, task, reasons,
 *                    privacy, answer?, rung, ladder, served_by_kind, blocked?, routing_us}` per line, in order,
 *                    streamed; a bad line gets `{id, error}`.
 *   --explain TEXT   one decision, printed for a person.
 *   --mode M         mode for lines that name none (a line's own `mode` wins).
 *   --config FILE    route against that settings file's models and rules (default: the user's settings).
 */
export interface RouteArgs { jsonl?: string | undefined; explain?: string | undefined; mode?: Mode | undefined }
export interface RouteIo { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream | undefined }
export interface RouteDeps {
  /** The gateway's decide, for a request from the CLI. */
  decide: (request: ChatRequest, mode: Mode | undefined) => Promise<{ decision: Decision; result: RouteResult }>;
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
      await deps.decide({ model: 'auto', messages: [{ role: 'user', content }] }, undefined);
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
  let routed: { decision: Decision; result: RouteResult };
  try {
    routed = await deps.decide({ model: 'auto', messages }, parsed.data.mode ?? mode);
  } catch (error) {
    return { id, error: `line ${n}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { decision, result } = routed;
  return {
    id, target: decision.target, model: decision.model, score: Number(decision.score.toFixed(4)), task: decision.taskType,
    reasons: decision.reasons, privacy: decision.privacy, ...(result.answer === undefined ? {} : { answer: result.answer }),
    rung: decision.rung, ladder: decision.ladder, served_by_kind: servedByKind(result),
    ...(result.blocked === undefined ? {} : { blocked: { code: result.blocked.code, message: result.blocked.message } }),
    routing_us: Number((decision.routingMicros).toFixed(1)),
  };
}

/** What kind of rung would answer: tier0, local or cloud; none when the request cannot be placed. */
function servedByKind(result: RouteResult): string {
  if (result.blocked !== undefined) return 'none';
  return result.target;
}

async function explain(prompt: string, mode: Mode | undefined, io: RouteIo, deps: RouteDeps): Promise<number> {
  const messages: ChatMessage[] = [{ role: 'user', content: prompt }];
  await warmUp(deps);
  const { decision, result } = await deps.decide({ model: 'auto', messages }, mode);
  io.stdout.write(describe(decision, result));
  return 0;
}

function describe(d: Decision, r: RouteResult): string {
  const where = d.target === 'tier0' ? 'tier-0 (answered without a model)' : d.model === '' ? `${d.target} (no model)` : `${d.target}: ${d.model} (${d.provider})`;
  const ladder = d.ladder.map((id, i) => (i === d.rung ? `[${id}]` : id)).join(' → ');
  const lines = [
    `Target:     ${where}`,
    ...(r.answer === undefined ? [] : [`Answer:     ${r.answer}`]),
    ...(r.blocked === undefined ? [] : [`Blocked:    ${r.blocked.message}`]),
    `Ladder:     ${ladder === '' ? 'no models' : ladder}${d.rung === null ? '' : ` (rung ${d.rung})`}`,
    `Task:       ${d.taskType}`,
    `Score:      ${d.score.toFixed(2)} (probability the stronger model is needed), confidence ${d.confidence.toFixed(2)}`,
    `Mode:       ${d.mode}`,
    'Why:',
    ...d.reasons.map((reason) => `  - ${reason}`),
    `Rules:      ${d.rules.length === 0 ? 'none matched' : d.rules.join(', ')}`,
    `Privacy:    ${d.privacy.length === 0 ? 'no findings' : d.privacy.map((f) => `${f.type} ×${f.count}`).join(', ')}`,
    `Fallbacks:  ${d.fallbacks.length === 0 ? 'none' : d.fallbacks.join(', ')}`,
    `Routing:    ${d.routingMicros.toFixed(0)} µs`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The `route` command for cli/main.ts: parses flags, loads settings (`--config FILE` or the user's), and
 * decides each request through an engine built from them — the same gateway every other path uses.
 */
export async function routeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv, options: { ...settingsOptions, jsonl: { type: 'string' }, explain: { type: 'string' }, mode: { type: 'string' } }, strict: true,
  });
  const mode = values.mode === undefined ? undefined : modeSchema.safeParse(values.mode);
  if (mode !== undefined && !mode.success) throw new UsageError(`--mode must be one of ${modeSchema.options.join(', ')}`);
  const settings = loadSettings(values);
  const { decide, dispose } = await routeEngine(settings, io);
  try {
    return await runRoute({ jsonl: values.jsonl, explain: values.explain, mode: mode?.data }, io, { decide });
  } finally {
    await dispose();
  }
}

/** An engine for offline decisions: the classifier loaded first, stand-ins for an empty side, GGUF headers read. */
/** `classifier` false routes with the heuristic only (tests); absent, the shipped classifier loads first. */
export async function routeEngine(settings: Settings, io: Pick<RouteIo, 'stderr'>, classifier?: Classifier | false): Promise<RouteDeps & { dispose: () => Promise<void> }> {
  const standIns = standInBackends(settings);
  for (const b of standIns) io.stderr.write(`switchyard route: no ${b.kind} model is configured; deciding against a stand-in named '${b.kind}'.\n`);
  const engine = createEngine({
    settings,
    classifier: classifier ?? await cliClassifier(settings.router.classifierDir, io),
    extraBackends: standIns,
    logger: (message) => io.stderr.write(`switchyard route: ${message}\n`),
  });
  // Parameter counts from the GGUF headers rank local models on the ladder.
  await engine.local.listModels();
  return {
    decide: (request, mode) => engine.gateway.decide(request, { channel: 'cli' }, mode),
    dispose: () => engine.dispose(),
  };
}

/**
 * The ONNX classifier, loaded before the first line so every decision uses it. If it cannot load, routing
 * goes on with the heuristic: the failure is said once on stderr and in each decision's reasons.
 */
async function cliClassifier(dir: string | undefined, io: Pick<RouteIo, 'stderr'>): Promise<Classifier> {
  try {
    return await loadClassifier(dir);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`switchyard route: ${message}; routing with the heuristic only.\n`);
    return { classify: () => Promise.reject(new Error(message)) };
  }
}
