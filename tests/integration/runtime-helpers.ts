import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ChatRequest, StreamPart } from '../../shared/chat';
import { providerSchema } from '../../shared/settings';
import { createCloudBackend } from '../../electron/core/backends/cloud';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import type { PlanAttempt, RuntimeStream } from '../../electron/core/runtime';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { startWireServer, wireAnswer, type WireServer, type WireServerOptions } from '../helpers/fingerprint-wire-server';

export const KEY = 'sk-runtime-loopback-0123456789';

/** A stand-in cloud provider: the fingerprinting upstream, the fault proxy before it, and the real cloud backend. */
export interface Cloud {
  name: string;
  wire: WireServer;
  proxy: FaultProxy;
  attempt: PlanAttempt;
  /** The exact full answer this upstream gives to `request`. */
  answer(request: ChatRequest): string;
  close(): Promise<void>;
}

/** The real openai-compatible cloud backend for provider `name` at `baseUrl`, as a plan link. */
export function cloudAttempt(name: string, baseUrl: string, model = 'model-1'): PlanAttempt {
  const env = `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_KEY`;
  const provider = providerSchema.parse({
    id: name, kind: 'openai-compatible', baseUrl, apiKeyEnv: env, models: [{ id: model, contextLength: 8192 }],
  });
  const backend = createCloudBackend(provider, {
    secrets: createLayeredSecrets({ keychain: null, env: { [env]: KEY }, envVars: { [name]: env } }),
    catalog: null,
  });
  return { backend, model, kind: 'cloud', provider: name };
}

export async function startCloud(name: string, options: Partial<WireServerOptions> = {}): Promise<Cloud> {
  const wire = await startWireServer({ name, apiKey: KEY, ...options });
  const proxy = await startFaultProxy(wire.url);
  return {
    name,
    wire,
    proxy,
    attempt: cloudAttempt(name, proxy.url),
    answer: (request) => wireAnswer(name, request.messages, options.words ?? 12, options.echo ?? false),
    close: async () => {
      await proxy.close();
      await wire.close();
    },
  };
}

/**
 * A primary and a fallback cloud for a test file: started before its tests, closed after them, and reset
 * (no scripted faults, empty logs) after each test.
 */
export function cloudPair(primaryName: string, fallbackName: string, options: Partial<WireServerOptions> = {}): { primary: Cloud; fallback: Cloud } {
  const pair = {} as { primary: Cloud; fallback: Cloud };
  beforeAll(async () => {
    pair.primary = await startCloud(primaryName, options);
    pair.fallback = await startCloud(fallbackName, options);
  });
  afterAll(async () => {
    await pair.primary?.close();
    await pair.fallback?.close();
  });
  afterEach(() => {
    for (const cloud of [pair.primary, pair.fallback]) {
      cloud.proxy.script([]);
      cloud.proxy.log.length = 0;
      cloud.wire.requests.length = 0;
    }
  });
  return pair;
}

export interface Drained {
  parts: StreamPart[];
  text: string;
  finish: Extract<StreamPart, { type: 'finish' }> | undefined;
  error: Extract<StreamPart, { type: 'error' }>['error'] | undefined;
}

export async function drain(stream: AsyncIterable<StreamPart>, onPart?: (part: StreamPart) => void): Promise<Drained> {
  const parts: StreamPart[] = [];
  for await (const part of stream) {
    parts.push(part);
    onPart?.(part);
  }
  const last = parts.at(-1);
  return {
    parts,
    text: parts.map((part) => (part.type === 'text-delta' ? part.text : '')).join(''),
    finish: last?.type === 'finish' ? last : undefined,
    error: last?.type === 'error' ? last.error : undefined,
  };
}

export const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: 'auto', messages: [{ role: 'user', content: text }], ...extra });

/** Pass-through privacy hook that records what it was asked to send. */
export function countingHook(): { hook: (request: ChatRequest) => ChatRequest; calls: ChatRequest[] } {
  const calls: ChatRequest[] = [];
  return { calls, hook: (request) => (calls.push(request), request) };
}

export async function failure(promise: Promise<RuntimeStream>): Promise<unknown> {
  return promise.then(() => new Error('expected execute to fail'), (error: unknown) => error);
}

/**
 * Short backoff so fault tests finish fast; timeouts stay generous because these machines are shared and
 * loaded — tests that exercise a timeout set a short one on the stalled link only.
 */
export const fastOptions = {
  retry: { maxRetries: 2, baseMs: 10, maxMs: 40, maxRetryAfterMs: 2_000 },
  timeouts: { firstPartMs: 10_000, idleMs: 10_000 },
  breaker: { failureThreshold: 50, minRequests: 1000, coolDownMs: 1_500 },
};
