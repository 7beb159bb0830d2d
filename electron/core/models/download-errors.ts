import { UpstreamError, type SwitchyardError } from '../../../shared/errors';

const OFFLINE_HINT = 'check your connection, or add a GGUF file you already have';

/** "Could not reach host: reason — what to do", for a request that never got an answer. */
export function unreachableError(host: string, error: unknown): SwitchyardError {
  return new UpstreamError(`Could not reach ${host}: ${networkReason(error)} — ${OFFLINE_HINT}.`, { code: 'download_unreachable', status: 502 });
}

/** A host that answered with an error status. */
export function statusError(host: string, status: number, statusText: string): SwitchyardError {
  const said = `${status}${statusText !== '' ? ` ${statusText}` : ''}`;
  if (status === 404 || status === 410) return new UpstreamError(`${host} has no file at that link (${said}); check the URL.`, { code: 'download_not_found', status: 502 });
  if (status === 401 || status === 403) {
    return new UpstreamError(`${host} refused the download (${said}); the model may need a login or a licence accepted on its page — download it in a browser and add the file instead.`, { code: 'download_refused', status: 502 });
  }
  return new UpstreamError(`${host} answered ${said}; try again later.`, { code: 'download_failed', status: 502 });
}

/** What went wrong under fetch(), in words: undici hides the system error in `cause`. */
export function networkReason(error: unknown): string {
  const cause: unknown = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  switch (code) {
    case 'ECONNREFUSED': return 'the connection was refused';
    case 'ENOTFOUND': return 'the host name was not found';
    case 'EAI_AGAIN': return 'the name lookup failed (offline?)';
    case 'ECONNRESET': return 'the connection was reset';
    case 'ETIMEDOUT': case 'UND_ERR_CONNECT_TIMEOUT': return 'the connection timed out';
    case 'ENETUNREACH': case 'EHOSTUNREACH': return 'the network is unreachable';
    default: break;
  }
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  if (error instanceof Error && /fetch failed/i.test(error.message)) return 'the request failed (offline?)';
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return message.slice(0, 200);
}

/** True for failures of the connection itself (as opposed to an HTTP answer). */
export function isNetworkFailure(error: unknown): boolean {
  // node-llama-cpp re-throws Hugging Face look-ups as Error("…: TypeError: fetch failed").
  return error instanceof Error && (/fetch failed/i.test(error.message) || error.name === 'TimeoutError');
}
