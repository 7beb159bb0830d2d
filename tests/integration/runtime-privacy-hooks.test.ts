import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../shared/chat';
import { PrivacyBlockedError } from '../../shared/errors';
import { LocalBackend } from '../../electron/core/backends/local';
import { ExecutionFailedError, createRuntime, type PlanAttempt, type TextTransform } from '../../electron/core/runtime';
import { hasShared, modelPath } from '../helpers/fixtures';
import { ask, cloudPair, drain, failure, fastOptions } from './runtime-helpers';

const EMAIL = 'ada.lovelace@example.org';
const PLACEHOLDER = '<EMAIL_1>';

/** What a privacy stage might plug in: swap the address for a placeholder before any cloud send. */
function redactingHook(): { hook: (request: ChatRequest) => ChatRequest; calls: ChatRequest[] } {
  const calls: ChatRequest[] = [];
  const hook = (request: ChatRequest): ChatRequest => {
    calls.push(request);
    const messages = request.messages.map((m) => (m.role === 'user' && typeof m.content === 'string' ? { ...m, content: m.content.replace(EMAIL, PLACEHOLDER) } : m));
    return { ...request, messages };
  };
  return { hook, calls };
}

/** And its counterpart: put the address back, holding text that may be the start of a placeholder. */
function restoring(): TextTransform {
  let held = '';
  const restore = (text: string): string => text.split(PLACEHOLDER).join(EMAIL);
  return {
    push(text) {
      const all = held + text;
      const open = all.lastIndexOf('<');
      if (open !== -1 && !all.includes('>', open)) {
        held = all.slice(open);
        return restore(all.slice(0, open));
      }
      held = '';
      return restore(all);
    },
    flush() {
      const rest = held;
      held = '';
      return restore(rest);
    },
  };
}

const clouds = cloudPair('charlie', 'delta', { echo: true });

describe('runtime privacy hooks', () => {
  it('calls beforeCloudSend before every cloud try, retries and fallbacks included, and sends exactly its result', async () => {
    clouds.primary.proxy.script([{ kind: 'status', status: 500 }, { kind: 'status', status: 502 }, { kind: 'reset-before' }]);
    clouds.fallback.proxy.script([{ kind: 'status', status: 503 }]);
    const { hook, calls } = redactingHook();
    const runtime = createRuntime({ options: fastOptions });
    const request = ask(`Please write to ${EMAIL} about the meeting`);
    const stream = await runtime.execute({ attempts: [clouds.primary.attempt, clouds.fallback.attempt], beforeCloudSend: hook, afterCloudText: restoring }, request, new AbortController().signal);
    const out = await drain(stream);

    expect(calls).toHaveLength(clouds.primary.proxy.log.length + clouds.fallback.proxy.log.length);
    expect(calls).toHaveLength(5);
    expect(calls.map((call) => call.model)).toEqual(Array(5).fill('model-1'));
    expect(clouds.fallback.wire.requests).toHaveLength(1);
    const received = JSON.stringify(clouds.fallback.wire.requests[0]?.messages);
    expect(received).toContain(PLACEHOLDER);
    expect(received).not.toContain(EMAIL);

    // The upstream echoed the placeholder split across deltas; the transform put the address back.
    const redacted = hook({ ...request, model: 'model-1' });
    expect(clouds.fallback.answer(redacted)).toContain(PLACEHOLDER);
    expect(out.text).toBe(clouds.fallback.answer(redacted).replace(PLACEHOLDER, EMAIL));
    expect(out.finish?.reason).toBe('stop');
  });

  it('a local attempt is not passed through beforeCloudSend; local → cloud when local cannot serve', async () => {
    const local = new LocalBackend({ models: [], threads: 1 });
    try {
      const { hook, calls } = redactingHook();
      const runtime = createRuntime({ options: fastOptions });
      const localAttempt: PlanAttempt = { backend: local, model: 'not-installed', kind: 'local', provider: 'local' };
      const request = ask('hello there');
      const stream = await runtime.execute({ attempts: [localAttempt, clouds.primary.attempt], beforeCloudSend: hook }, request, new AbortController().signal);
      const out = await drain(stream);
      expect(calls).toHaveLength(1);
      expect(out.text).toBe(clouds.primary.answer(request));
      const result = await stream.result;
      expect(result.attempts.map((a) => [a.kind, a.outcome, a.error?.code ?? null])).toEqual([['local', 'failed', 'model_not_found'], ['cloud', 'served', null]]);
      expect(result.fallback.used).toBe(true);
    } finally {
      await local.dispose();
    }
  });

  it('a throwing beforeCloudSend with no other link fails with its error and sends nothing', async () => {
    clouds.primary.proxy.log.length = 0;
    const before = clouds.primary.wire.requests.length;
    const runtime = createRuntime({ options: fastOptions });
    const block = (): ChatRequest => {
      throw new PrivacyBlockedError('Contains a credit card number, so it stays on this machine.', 'never-cloud:credit-card');
    };
    const error = await failure(runtime.execute({ attempts: [clouds.primary.attempt], beforeCloudSend: block }, ask('card 4111 1111 1111 1111'), new AbortController().signal));
    expect(error).toBeInstanceOf(ExecutionFailedError);
    expect(error).toMatchObject({ status: 403, code: 'never_cloud', type: 'privacy_error' });
    expect((error as ExecutionFailedError).result.attempts.map((a) => a.outcome)).toEqual(['blocked']);
    expect(clouds.primary.proxy.log).toHaveLength(0);
    expect(clouds.primary.wire.requests.length).toBe(before);
  });

  it.skipIf(!hasShared)('a throwing beforeCloudSend blocks the cloud attempt (zero bytes sent) and the local model answers', async () => {
    const local = new LocalBackend({ models: [{ id: 'tiny', path: modelPath('stories260K-chatml.gguf'), contextSize: 512 }], threads: 1 });
    try {
      clouds.primary.proxy.log.length = 0;
      const before = clouds.primary.wire.requests.length;
      let calls = 0;
      const block = (): ChatRequest => {
        calls += 1;
        throw new PrivacyBlockedError('Contains a credit card number, so it stays on this machine.', 'never-cloud:credit-card');
      };
      const runtime = createRuntime({ options: { ...fastOptions, timeouts: { firstPartMs: 30_000, idleMs: 10_000 } } });
      const localAttempt: PlanAttempt = { backend: local, model: 'tiny', kind: 'local', provider: 'local' };
      const stream = await runtime.execute(
        { attempts: [clouds.primary.attempt, localAttempt], beforeCloudSend: block },
        ask('Once upon a time', { maxTokens: 12, temperature: 0 }),
        new AbortController().signal,
      );
      const out = await drain(stream);
      expect(calls).toBe(1);
      expect(clouds.primary.proxy.log).toHaveLength(0);
      expect(clouds.primary.wire.requests.length).toBe(before);
      expect(out.finish).toBeDefined();
      expect(out.text.length).toBeGreaterThan(0);
      const result = await stream.result;
      expect(result.served?.kind).toBe('local');
      expect(result.attempts[0]).toMatchObject({ provider: 'charlie', outcome: 'blocked', error: { code: 'never_cloud' } });
    } finally {
      await local.dispose();
    }
  });
});
