import { describe, expect, it } from 'vitest';
import {
  ModelNotFoundError, PrivacyBlockedError, QueueFullError, SwitchyardError, UnavailableError, UpstreamError,
} from '../../../shared/errors';
import { classifyFailure, countsAgainstBreaker, errorFromPart, isRetryable } from '../../../electron/core/runtime/failure';

const socketError = (code: string): Error => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

describe('classifyFailure', () => {
  it('treats unreachable providers as connect failures', () => {
    expect(classifyFailure(socketError('ECONNREFUSED'))).toBe('connect');
    expect(classifyFailure(socketError('ENOTFOUND'))).toBe('connect');
    expect(classifyFailure(new UpstreamError("Could not reach provider 'acme' at http://x (ECONNREFUSED).", { code: 'upstream_unreachable' }))).toBe('connect');
    expect(classifyFailure(new UpstreamError('offline', { code: 'upstream_unreachable' }))).toBe('connect');
  });

  it('tells a reset in flight from an unreachable provider by the socket code the message names', () => {
    const reset = new UpstreamError("Could not reach provider 'acme' at http://x (UND_ERR_SOCKET).", { code: 'upstream_unreachable' });
    expect(classifyFailure(reset)).toBe('transient');
  });

  it('treats resets, timeouts and 5xx as transient', () => {
    expect(classifyFailure(socketError('ECONNRESET'))).toBe('transient');
    expect(classifyFailure(new UpstreamError('bad gateway'))).toBe('transient');
    expect(classifyFailure(new UnavailableError('busy'))).toBe('transient');
    expect(classifyFailure(new SwitchyardError('t', { status: 504, type: 'timeout_error', code: 'first_part_timeout' }))).toBe('transient');
  });

  it('treats 429 as a rate limit', () => {
    expect(classifyFailure(new UpstreamError('slow down', { status: 429 }))).toBe('rate-limit');
  });

  it('does not retry a full local queue: the client gets its 429 (or the next fallback) at once', () => {
    expect(classifyFailure(new QueueFullError('local', 2))).toBe('permanent');
  });

  it('never retries privacy blocks, client errors or unknown bugs', () => {
    expect(classifyFailure(new PrivacyBlockedError('kept local', 'never-cloud'))).toBe('permanent');
    expect(classifyFailure(new ModelNotFoundError('x'))).toBe('permanent');
    expect(classifyFailure(new UpstreamError('bad key', { status: 401 }))).toBe('permanent');
    expect(classifyFailure(new RangeError('bug'))).toBe('permanent');
  });

  it('recognises a cancellation', () => {
    expect(classifyFailure(new SwitchyardError('c', { status: 499, type: 'cancelled', code: 'aborted' }))).toBe('aborted');
  });

  it('maps kinds to retry and breaker policy', () => {
    expect(['connect', 'transient', 'rate-limit'].every((kind) => isRetryable(kind as 'connect'))).toBe(true);
    expect(isRetryable('permanent') || isRetryable('aborted')).toBe(false);
    expect(countsAgainstBreaker('connect') && countsAgainstBreaker('transient')).toBe(true);
    expect(countsAgainstBreaker('rate-limit') || countsAgainstBreaker('permanent')).toBe(false);
  });
});

describe('errorFromPart', () => {
  it('gives error parts a status that classifies them', () => {
    const part = (type: string, code: string | null) => ({ type: 'error' as const, error: { message: 'm', type, code } });
    expect(errorFromPart(part('rate_limit_error', null)).status).toBe(429);
    expect(errorFromPart(part('server_error', 'unavailable')).status).toBe(503);
    expect(errorFromPart(part('invalid_request_error', 'context_length_exceeded')).status).toBe(400);
    expect(classifyFailure(errorFromPart(part('server_error', 'aborted')))).toBe('aborted');
    expect(classifyFailure(errorFromPart(part('something_new', null)))).toBe('transient');
  });

  it('a crashed local model is a 503 that moves the chain on at once instead of restarting the host per retry', () => {
    const part = { type: 'error' as const, error: { message: "Local model 'm' crashed (killed by SIGABRT).", type: 'server_error', code: 'local_model_crashed' } };
    const error = errorFromPart(part);
    expect([error.status, error.code]).toEqual([503, 'local_model_crashed']);
    expect(classifyFailure(error)).toBe('permanent');
  });
});
