import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalBackend } from '../../electron/core/backends/local';
import { ExecutionFailedError, createRuntime, type ExecutionPlan } from '../../electron/core/runtime';
import { startWireServer } from '../helpers/fingerprint-wire-server';
import { KEY, ask, cloudAttempt, countingHook, drain, failure, fastOptions, startCloud, type Cloud } from './runtime-helpers';

/** A loopback port with nothing listening on it (yet). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let flaky: Cloud;
let steady: Cloud;
beforeAll(async () => {
  flaky = await startCloud('echo');
  steady = await startCloud('foxtrot');
});
afterAll(async () => {
  await flaky.close();
  await steady.close();
});

const signal = (): AbortSignal => new AbortController().signal;

describe('circuit breaker and health', () => {
  it('an unreachable provider is down at once, skipped while open, and probed back to healthy after the cool-down', async () => {
    const port = await freePort();
    const dead = cloudAttempt('offline-co', `http://127.0.0.1:${port}/v1`);
    const runtime = createRuntime({ options: fastOptions });
    const plan: ExecutionPlan = { attempts: [dead, steady.attempt], beforeCloudSend: (request) => request };
    expect(runtime.health('offline-co')).toBe('healthy');

    const first = await runtime.execute(plan, ask('one'), signal());
    await drain(first);
    const firstResult = await first.result;
    expect(firstResult.attempts.map((a) => [a.provider, a.outcome, a.error?.code ?? null])).toEqual([
      ['offline-co', 'failed', 'upstream_unreachable'],
      ['foxtrot', 'served', null],
    ]);
    expect(firstResult.retries).toBe(0);
    expect(runtime.health('offline-co')).toBe('down');
    expect(runtime.breakerState('offline-co')).toBe('open');

    const second = await runtime.execute(plan, ask('two'), signal());
    await drain(second);
    const [skipped] = (await second.result).attempts;
    expect(skipped).toMatchObject({ provider: 'offline-co', outcome: 'skipped', error: { code: 'unavailable' } });

    await new Promise((resolve) => setTimeout(resolve, 1_550));
    expect(runtime.health('offline-co')).toBe('degraded');
    const revived = await startWireServer({ name: 'offline-co', apiKey: KEY, port });
    try {
      const third = await runtime.execute(plan, ask('three'), signal());
      await drain(third);
      expect((await third.result).served?.provider).toBe('offline-co');
      expect(runtime.health('offline-co')).toBe('healthy');
      expect(revived.requests).toHaveLength(1);
    } finally {
      await revived.close();
    }
  });

  it('K consecutive server errors open the breaker; rate limits do not', async () => {
    const runtime = createRuntime({ options: { ...fastOptions, breaker: { ...fastOptions.breaker, failureThreshold: 3 } } });
    const plan: ExecutionPlan = { attempts: [flaky.attempt, steady.attempt], beforeCloudSend: (request) => request };
    flaky.proxy.script([0, 1, 2].map(() => ({ kind: 'status' as const, status: 429, retryAfterSeconds: 0 })));
    await drain(await runtime.execute(plan, ask('limited'), signal()));
    expect(runtime.health('echo')).toBe('healthy');
    flaky.proxy.script([{ kind: 'status', status: 500 }, { kind: 'status', status: 502 }, { kind: 'status', status: 503 }]);
    await drain(await runtime.execute(plan, ask('broken'), signal()));
    expect(runtime.health('echo')).toBe('down');
    const before = flaky.proxy.log.length;
    await drain(await runtime.execute(plan, ask('skipped'), signal()));
    expect(flaky.proxy.log.length).toBe(before);
  });
});

describe('response cache', () => {
  const cached = { ...fastOptions, cache: { enabled: true, ttlMs: 2_000 } };

  it('replays a deterministic answer without sending anything, until the TTL ends', async () => {
    const runtime = createRuntime({ options: cached });
    const { hook, calls } = countingHook();
    const plan: ExecutionPlan = { attempts: [steady.attempt], beforeCloudSend: hook, cacheable: true };
    const request = ask('cache me', { temperature: 0 });
    const before = steady.wire.requests.length;

    const first = await runtime.execute(plan, request, signal());
    const firstOut = await drain(first);
    const second = await runtime.execute(plan, request, signal());
    const secondOut = await drain(second);
    expect(first.cacheHit).toBe(false);
    expect(second.cacheHit).toBe(true);
    expect(secondOut.parts).toEqual(firstOut.parts);
    expect(secondOut.text).toBe(steady.answer(request));
    expect(steady.wire.requests.length - before).toBe(1);
    expect(calls).toHaveLength(1);
    const result = await second.result;
    expect(result).toMatchObject({ cacheHit: true, served: { provider: 'foxtrot' }, attempts: [], fallback: { used: false } });

    await new Promise((resolve) => setTimeout(resolve, 2_050));
    await drain(await runtime.execute(plan, request, signal()));
    expect(steady.wire.requests.length - before).toBe(2);
  });

  it('does not cache sampled requests, or requests the integrator marks not cacheable', async () => {
    const runtime = createRuntime({ options: cached });
    const before = steady.wire.requests.length;
    const sampled = ask('sampled', { temperature: 0.8 });
    const plan: ExecutionPlan = { attempts: [steady.attempt], beforeCloudSend: (request) => request, cacheable: true };
    await drain(await runtime.execute(plan, sampled, signal()));
    await drain(await runtime.execute(plan, sampled, signal()));
    const deterministic = ask('not cacheable', { seed: 3 });
    const refused = { ...plan, cacheable: false };
    await drain(await runtime.execute(refused, deterministic, signal()));
    await drain(await runtime.execute(refused, deterministic, signal()));
    expect(steady.wire.requests.length - before).toBe(4);
  });

  it('never serves a cached cloud answer to a plan that may only run locally', async () => {
    const runtime = createRuntime({ options: cached });
    const request = ask('private', { temperature: 0 });
    await drain(await runtime.execute({ attempts: [steady.attempt], beforeCloudSend: (r) => r, cacheable: true }, request, signal()));
    const local = new LocalBackend({ models: [], threads: 1 });
    try {
      const localOnly: ExecutionPlan = { attempts: [{ backend: local, model: 'absent', kind: 'local', provider: 'local' }], beforeCloudSend: (r) => r, cacheable: true };
      const error = await failure(runtime.execute(localOnly, request, signal()));
      expect(error).toBeInstanceOf(ExecutionFailedError);
      expect((error as ExecutionFailedError).result.cacheHit).toBe(false);
    } finally {
      await local.dispose();
    }
  });
});
