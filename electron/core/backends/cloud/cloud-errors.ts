import type { StreamPart } from '../../../../shared/chat';
import { SwitchyardError, UpstreamError } from '../../../../shared/errors';

/** What the engine says when no key is found; names both ways to provide one. */
export function missingKeyError(providerId: string, envVar: string): SwitchyardError {
  return new SwitchyardError(
    `No API key for provider '${providerId}': set one with \`switchyard keys set ${providerId}\` or the environment variable ${envVar}.`,
    { status: 401, type: 'authentication_error', code: 'missing_api_key', shouldRetry: false },
  );
}

/** The keychain failed and the environment has no key either; the keychain's reason is kept. */
export function keyUnreadableError(providerId: string, envVar: string, reason: string): SwitchyardError {
  return new SwitchyardError(
    `Could not read the API key for provider '${providerId}' from the OS keychain (${reason}). Unlock the keychain, or set the environment variable ${envVar}.`,
    { status: 503, type: 'server_error', code: 'keychain_unavailable', shouldRetry: false },
  );
}

export function unreachableError(providerId: string, url: string, cause: unknown): UpstreamError {
  const origin = new URL(url).origin;
  return new UpstreamError(
    `Could not reach provider '${providerId}' at ${origin} (${causeCode(cause)}). Check the network connection and the provider's baseUrl.`,
    { code: 'upstream_unreachable', shouldRetry: true },
  );
}

export function abortedPart(): StreamPart {
  return { type: 'error', error: { message: 'The request was cancelled.', type: 'cancelled', code: 'aborted' } };
}

export function interruptedPart(providerId: string): StreamPart {
  return {
    type: 'error',
    error: { message: `The connection to provider '${providerId}' broke off before the answer was complete.`, type: 'upstream_error', code: 'stream_interrupted' },
  };
}

export function malformedPart(providerId: string, what: string): StreamPart {
  return {
    type: 'error',
    error: { message: `Provider '${providerId}' sent a malformed event stream (${what}); the answer was cut short.`, type: 'upstream_error', code: 'malformed_stream' },
  };
}

/** An error the provider reported inside an otherwise healthy stream. */
export function upstreamStreamErrorPart(providerId: string, type: string | undefined, message: string | undefined, secret: string | undefined): StreamPart {
  const detail = message ? `: ${clip(redact(message, secret))}` : '';
  return {
    type: 'error',
    error: { message: `Provider '${providerId}' reported an error mid-stream${detail}`, type: type ?? 'upstream_error', code: type ?? 'upstream_error' },
  };
}

/** Removes the key from any text that came back from upstream (some providers echo part of it). */
export function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 ? text.split(secret).join('[redacted]') : text;
}

export function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function causeCode(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  if (inner instanceof Error && 'code' in inner && typeof inner.code === 'string') return inner.code;
  return inner instanceof Error ? inner.message : 'network error';
}
