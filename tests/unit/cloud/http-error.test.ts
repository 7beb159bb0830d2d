import { describe, expect, it } from 'vitest';
import { errorFromResponse, retryAfter } from '../../../electron/core/backends/cloud/http/http-error';

const context = { providerId: 'acme', model: 'big-1', envVar: 'ACME_KEY', apiKey: 'sk-secret-abcdef' };
const respond = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  errorFromResponse(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }), context);

describe('upstream HTTP errors', () => {
  it('reads retry-after as seconds, as an HTTP date, and retry-after-ms', () => {
    expect(retryAfter(new Headers({ 'retry-after': '12' }))).toBe(12);
    expect(retryAfter(new Headers({ 'retry-after': new Date(Date.now() + 30_000).toUTCString() }))).toBeGreaterThanOrEqual(29);
    expect(retryAfter(new Headers({ 'retry-after-ms': '1500' }))).toBe(2);
    expect(retryAfter(new Headers())).toBeUndefined();
  });

  it('403 is a key problem too, and the upstream text is left out', async () => {
    const error = await respond(403, { error: { message: 'key sk-secret-abcdef has no access', type: 'permission_error' } });
    expect(error).toMatchObject({ status: 403, code: 'invalid_api_key' });
    expect(error.message).not.toContain('sk-secret');
  });

  it('404 names the model, 402 is a quota error, an HTML 502 is retryable', async () => {
    expect(await respond(404, { error: { message: 'no such model' } })).toMatchObject({ status: 404, code: 'model_not_found' });
    expect(await respond(402, { type: 'error', error: { type: 'billing_error', message: 'pay up' } })).toMatchObject({ code: 'insufficient_quota', shouldRetry: false });
    const gateway = await respond(502, '<html>Bad gateway</html>', { 'retry-after': '3' });
    expect(gateway).toMatchObject({ status: 502, code: 'upstream_server_error', shouldRetry: true, retryAfterSeconds: 3 });
  });

  it('keeps the provider code for other 4xx and clips long upstream messages', async () => {
    const error = await respond(400, { error: { message: 'x'.repeat(1000), code: 'context_length_exceeded' } });
    expect(error).toMatchObject({ status: 400, code: 'context_length_exceeded' });
    expect(error.message.length).toBeLessThan(450);
  });
});
