import type { WireRequest } from '../protocol';
import { unreachableError } from '../cloud-errors';

/**
 * POSTs JSON. Resolves the response (any status) or `'aborted'`; a network failure becomes an
 * UpstreamError naming the provider's origin. Redirects are refused so a custom key header can never
 * follow one to another host.
 */
export async function sendRequest(
  fetchFn: typeof fetch,
  request: WireRequest,
  signal: AbortSignal,
  providerId: string,
): Promise<Response | 'aborted'> {
  try {
    return await fetchFn(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream, application/json', ...request.headers },
      body: JSON.stringify(request.body),
      redirect: 'error',
      signal,
    });
  } catch (error) {
    if (signal.aborted) return 'aborted';
    throw unreachableError(providerId, request.url, error);
  }
}
