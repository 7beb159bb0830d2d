import { describe, expect, it } from 'vitest';
import { ExecutionFailedError, createRuntime, type ExecutionPlan } from '../../electron/core/runtime';
import { ask, cloudPair, countingHook, drain, failure, fastOptions, startCloud } from './runtime-helpers';

const clouds = cloudPair('alpha', 'bravo');

const plan = (overrides: Partial<ExecutionPlan> = {}, primaryRetries?: number): ExecutionPlan => ({
  attempts: [{ ...clouds.primary.attempt, ...(primaryRetries === undefined ? {} : { maxRetries: primaryRetries }) }, clouds.fallback.attempt],
  beforeCloudSend: (request) => request,
  ...overrides,
});
const signal = (): AbortSignal => new AbortController().signal;

describe('runtime against a fault-injecting proxy (real HTTP, real cloud backend)', () => {
  it('429 with retry-after, then 500, then success: waits as asked and retries the same target', async () => {
    clouds.primary.proxy.script([{ kind: 'status', status: 429, retryAfterSeconds: 1 }, { kind: 'status', status: 500 }]);
    // A clock that records the waits instead of sleeping them.
    const waits: number[] = [];
    const clock = { now: () => performance.now(), sleep: async (ms: number) => void waits.push(ms) };
    const runtime = createRuntime({ options: fastOptions, clock, random: () => 0.5 });
    const request = ask('rate limited once');
    const stream = await runtime.execute(plan(), request, signal());
    const out = await drain(stream);
    const result = await stream.result;
    expect(out.text).toBe(clouds.primary.answer(request));
    expect(out.finish?.reason).toBe('stop');
    // retry-after: 1 is honoured as a minimum; the 500 after it gets plain jittered backoff (retry 2: 20 ms window).
    expect(waits).toEqual([1000, 15]);
    expect(result.retries).toBe(2);
    expect(result.attempts.map((a) => [a.provider, a.outcome, a.error?.status ?? null])).toEqual([['alpha', 'failed', 429], ['alpha', 'failed', 502], ['alpha', 'served', null]]);
    expect(result.fallback).toEqual({ used: false });
    expect(clouds.primary.proxy.log.map((r) => r.fault)).toEqual(['status', 'status', 'pass']);
    expect(clouds.fallback.proxy.log).toHaveLength(0);
  });

  it('500, 502, 503 exhaust the retries, then the fallback answers in full', async () => {
    clouds.primary.proxy.script([{ kind: 'status', status: 500 }, { kind: 'status', status: 502 }, { kind: 'status', status: 503 }]);
    const runtime = createRuntime({ options: fastOptions });
    const request = ask('server errors');
    const stream = await runtime.execute(plan(), request, signal());
    const out = await drain(stream);
    const result = await stream.result;
    expect(out.text).toBe(clouds.fallback.answer(request));
    expect(clouds.primary.proxy.log).toHaveLength(3);
    expect(clouds.primary.wire.requests).toHaveLength(0);
    expect(result.retries).toBe(2);
    expect(result.served).toEqual({ kind: 'cloud', provider: 'bravo', model: 'model-1' });
    expect(result.fallback).toEqual({ used: true, from: { kind: 'cloud', provider: 'alpha', model: 'model-1' }, to: { kind: 'cloud', provider: 'bravo', model: 'model-1' } });
    expect(result.usage?.completionTokens).toBeGreaterThan(0);
    expect(result.timings.firstPartMs).not.toBeNull();
  });

  it.each([
    ['a reset before any response', { kind: 'reset-before' as const }],
    ['a reset right after the headers', { kind: 'reset-after' as const, bytes: 0 }],
    ['a malformed event stream', { kind: 'malformed-sse' as const }],
  ])('%s moves to the fallback with nothing of the primary in the answer', async (_name, fault) => {
    clouds.primary.proxy.script([fault]);
    const runtime = createRuntime({ options: fastOptions });
    const request = ask(`fault ${fault.kind}`);
    const stream = await runtime.execute(plan({}, 0), request, signal());
    const out = await drain(stream);
    expect(out.text).toBe(clouds.fallback.answer(request));
    expect((await stream.result).attempts.map((a) => a.outcome)).toEqual(['failed', 'served']);
  });

  it('a reset mid-stream ends with an error part and is never completed by the fallback', async () => {
    clouds.primary.proxy.script([{ kind: 'reset-after', bytes: 420 }]);
    const runtime = createRuntime({ options: fastOptions });
    const request = ask('reset mid-stream');
    const stream = await runtime.execute(plan(), request, signal());
    const out = await drain(stream);
    const full = clouds.primary.answer(request);
    expect(out.text.length).toBeGreaterThan(0);
    expect(full.startsWith(out.text)).toBe(true);
    expect(out.text).not.toBe(full);
    expect(out.error?.message).toMatch(/alpha .*broke off after it had started streaming; it was not completed by another model/);
    expect(out.parts.filter((p) => p.type === 'error' || p.type === 'finish')).toHaveLength(1);
    expect(clouds.fallback.proxy.log).toHaveLength(0);
    expect(clouds.primary.proxy.log).toHaveLength(1);
    const result = await stream.result;
    expect(result.error?.code).toBe('stream_interrupted');
    expect(result.fallback).toEqual({ used: false });
  });

  it('a stall before the first part hits the first-part timeout, then the fallback answers', async () => {
    clouds.primary.proxy.script([{ kind: 'stall', ms: 20_000 }]);
    const runtime = createRuntime({ options: fastOptions });
    const request = ask('stall');
    const started = performance.now();
    const stalled = { ...plan(), attempts: [{ ...clouds.primary.attempt, maxRetries: 0, timeouts: { firstPartMs: 500 } }, clouds.fallback.attempt] };
    const stream = await runtime.execute(stalled, request, signal());
    const out = await drain(stream);
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(out.text).toBe(clouds.fallback.answer(request));
    const [timedOut] = (await stream.result).attempts;
    expect(timedOut?.error?.code).toBe('first_part_timeout');
    expect(timedOut?.ms).toBeGreaterThanOrEqual(490);
  });

  it('a stall mid-stream hits the idle timeout and ends with an error part, no fallback', async () => {
    clouds.primary.proxy.script([{ kind: 'stall', ms: 20_000, afterBytes: 420 }]);
    const runtime = createRuntime({ options: fastOptions });
    const request = ask('idle');
    const stalled = { ...plan(), attempts: [{ ...clouds.primary.attempt, timeouts: { idleMs: 500 } }, clouds.fallback.attempt] };
    const out = await drain(await runtime.execute(stalled, request, signal()));
    expect(clouds.primary.answer(request).startsWith(out.text)).toBe(true);
    expect(out.text.length).toBeGreaterThan(0);
    expect(out.error?.code).toBe('idle_timeout');
    expect(clouds.fallback.proxy.log).toHaveLength(0);
  });

  it('a slow reader never trips the idle timeout: it only runs while waiting on the upstream', async () => {
    const runtime = createRuntime({ options: fastOptions });
    const request = ask('slow reader');
    const quick = { ...plan(), attempts: [{ ...clouds.primary.attempt, timeouts: { idleMs: 100 } }, clouds.fallback.attempt] };
    const stream = await runtime.execute(quick, request, signal());
    let text = '';
    let last = '';
    for await (const part of stream) {
      if (part.type === 'text-delta') text += part.text;
      last = part.type;
      await new Promise((resolve) => setTimeout(resolve, 130));
    }
    expect(last).toBe('finish');
    expect(text).toBe(clouds.primary.answer(request));
  });

  it('a caller abort before the first part stops at once: no retries, no fallback', async () => {
    clouds.primary.proxy.script([{ kind: 'stall', ms: 20_000 }]);
    const runtime = createRuntime({ options: fastOptions });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await failure(runtime.execute(plan(), ask('abort early'), controller.signal));
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(error).toBeInstanceOf(ExecutionFailedError);
    expect(error).toMatchObject({ code: 'aborted', status: 499 });
    expect(clouds.primary.proxy.log).toHaveLength(1);
    expect(clouds.fallback.proxy.log).toHaveLength(0);
  });

  it('a caller abort during a retry wait stops at once', async () => {
    clouds.primary.proxy.script([{ kind: 'status', status: 503, retryAfterSeconds: 5 }]);
    const runtime = createRuntime({ options: { ...fastOptions, retry: { ...fastOptions.retry, maxRetryAfterMs: 10_000 } } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = performance.now();
    const error = await failure(runtime.execute(plan(), ask('abort in backoff'), controller.signal));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ code: 'aborted' });
    expect(clouds.primary.proxy.log).toHaveLength(1);
    expect(clouds.fallback.proxy.log).toHaveLength(0);
  });

  it('a caller abort mid-stream ends the stream with one aborted error part', async () => {
    const slow = await startCloud('slow', { chunkDelayMs: 40 });
    try {
      const runtime = createRuntime({ options: fastOptions });
      const controller = new AbortController();
      const hook = countingHook();
      const stream = await runtime.execute({ attempts: [slow.attempt, clouds.fallback.attempt], beforeCloudSend: hook.hook }, ask('abort mid-stream'), controller.signal);
      const out = await drain(stream, (part) => {
        if (part.type === 'text-delta') controller.abort();
      });
      expect(out.parts.map((p) => p.type)).toEqual(['text-delta', 'error']);
      expect(out.error?.code).toBe('aborted');
      expect(hook.calls).toHaveLength(1);
      expect(clouds.fallback.proxy.log).toHaveLength(0);
      expect((await stream.result).error?.code).toBe('aborted');
    } finally {
      await slow.close();
    }
  });

  it('a retry-after longer than the cap moves straight to the fallback', async () => {
    clouds.primary.proxy.script([{ kind: 'status', status: 429, retryAfterSeconds: 30 }]);
    const runtime = createRuntime({ options: fastOptions });
    const request = ask('long retry-after');
    const started = performance.now();
    const out = await drain(await runtime.execute(plan(), request, signal()));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(out.text).toBe(clouds.fallback.answer(request));
    expect(clouds.primary.proxy.log).toHaveLength(1);
  });

  it('when every link fails, execute throws the last failure with every attempt recorded', async () => {
    clouds.primary.proxy.script([{ kind: 'status', status: 500 }]);
    clouds.fallback.proxy.script([{ kind: 'status', status: 429, retryAfterSeconds: 30 }]);
    const runtime = createRuntime({ options: fastOptions });
    const error = await failure(runtime.execute(plan({}, 0), ask('all fail'), signal()));
    expect(error).toBeInstanceOf(ExecutionFailedError);
    const failed = error as ExecutionFailedError;
    expect(failed.status).toBe(429);
    expect(failed.retryAfterSeconds).toBe(30);
    expect(failed.result.attempts.map((a) => [a.provider, a.error?.status])).toEqual([['alpha', 502], ['bravo', 429]]);
    expect(failed.result.served).toBeNull();
  });
});
