import { describe, expect, it } from 'vitest';
import { isNetworkFailure, networkReason, statusError, unreachableError } from '../../../electron/core/models/download-errors';

const fetchFailure = (code: string): TypeError => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

describe('download error messages', () => {
  it('names the host, the reason in words and the way forward when nothing answered', () => {
    expect(unreachableError('huggingface.co', fetchFailure('ENOTFOUND')).message).toBe(
      'Could not reach huggingface.co: the host name was not found — check your connection, or add a GGUF file you already have.',
    );
    expect(networkReason(fetchFailure('ECONNREFUSED'))).toBe('the connection was refused');
    expect(networkReason(fetchFailure('EAI_AGAIN'))).toBe('the name lookup failed (offline?)');
    expect(networkReason(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe('no answer in time');
  });

  it('recognises node-llama-cpp\'s wrapped Hugging Face look-up failure as being offline', () => {
    const error = new Error('Failed to fetch manifest for resolving URI "hf:user/model:Q4_K_M": TypeError: fetch failed');
    expect(isNetworkFailure(error)).toBe(true);
    expect(unreachableError('huggingface.co', error).message).toBe('Could not reach huggingface.co: the request failed (offline?) — check your connection, or add a GGUF file you already have.');
    expect(isNetworkFailure(new Error('Invalid GGUF magic'))).toBe(false);
  });

  it('tells a missing file, a refusal and a server fault apart', () => {
    expect(statusError('example.com', 404, 'Not Found').message).toBe('example.com has no file at that link (404 Not Found); check the URL.');
    expect(statusError('huggingface.co', 401, '').message).toMatch(/^huggingface.co refused the download \(401\); the model may need a login/);
    expect(statusError('example.com', 503, 'Service Unavailable').message).toBe('example.com answered 503 Service Unavailable; try again later.');
    expect(statusError('example.com', 503, '').code).toBe('download_failed');
  });
});
