import { UpstreamError } from '../../../shared/errors';
import { statusError, unreachableError } from './download-errors';
import type { DownloadSource } from './download-source';

const PREFLIGHT_TIMEOUT_MS = 15_000;

/**
 * One small ranged GET before the downloader starts: it turns an offline machine, a dead link or a web page
 * into a readable error at once (the downloader itself retries connection failures for minutes).
 */
export async function preflight(source: DownloadSource, fetchImpl: typeof fetch = fetch): Promise<void> {
  if (source.endpoint !== undefined) {
    await probeHost(source, source.endpoint, fetchImpl);
    return;
  }
  let response: Response;
  try {
    response = await fetchImpl(source.uri, { headers: { range: 'bytes=0-3', 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS) });
  } catch (error) {
    throw unreachableError(source.host, error);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw statusError(source.host, response.status, response.statusText);
  }
  const magic = await firstBytes(response, 4);
  if (magic !== 'GGUF') {
    throw new UpstreamError('That link does not lead to a GGUF file (the server sent something else, such as a web page); link to the .gguf file itself.', { code: 'not_gguf', status: 502 });
  }
}

async function firstBytes(response: Response, count: number): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < count) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, count).toString('latin1');
}

/** `hf:` URIs are resolved by node-llama-cpp; any HTTP answer from the endpoint shows it can be reached. */
async function probeHost(source: DownloadSource, endpoint: string, fetchImpl: typeof fetch): Promise<void> {
  try {
    const response = await fetchImpl(endpoint, { method: 'HEAD', signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS) });
    await response.body?.cancel();
  } catch (error) {
    throw unreachableError(source.host, error);
  }
}
