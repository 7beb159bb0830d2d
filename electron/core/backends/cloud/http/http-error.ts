import { z } from 'zod';
import { SwitchyardError, UpstreamError } from '../../../../../shared/errors';
import { clip, redact } from '../cloud-errors';

/** OpenAI's `{error: {message, type, code}}` and Anthropic's `{type: 'error', error: {type, message}}`. */
const errorBodySchema = z.object({
  error: z.object({
    message: z.string().optional(),
    type: z.string().nullish(),
    code: z.union([z.string(), z.number()]).nullish(),
  }),
});

export interface HttpErrorContext {
  providerId: string;
  model: string;
  envVar: string;
  apiKey: string | undefined;
}

/** Turns a non-2xx answer into an error that names the provider and what to do; never holds the key. */
export async function errorFromResponse(response: Response, context: HttpErrorContext): Promise<SwitchyardError> {
  const { providerId, model, envVar } = context;
  const status = response.status;
  const upstream = parseBody(await readText(response));
  const kind = `${upstream.type ?? ''} ${upstream.code ?? ''}`;
  const detail = upstream.message ? `: ${clip(redact(upstream.message, context.apiKey))}` : '';
  const retryAfterSeconds = retryAfter(response.headers);
  const retry = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };

  if (status === 401 || status === 403 || /authentication_error|permission_error|invalid_api_key/.test(kind)) {
    // The upstream message is left out: OpenAI echoes part of the rejected key in it.
    return new SwitchyardError(
      `The API key for provider '${providerId}' was rejected (HTTP ${status}). Set a valid key with \`switchyard keys set ${providerId}\` or the environment variable ${envVar}.`,
      { status: status === 403 ? 403 : 401, type: 'authentication_error', code: 'invalid_api_key', shouldRetry: false },
    );
  }
  if (status === 402 || /insufficient_quota|billing_error/.test(kind) || /credit balance/i.test(upstream.message ?? '')) {
    return new SwitchyardError(
      `Provider '${providerId}' says the account's quota or credit is used up (HTTP ${status})${detail}. Add credit or raise the limit with the provider, or route to another model.`,
      { status: 429, type: 'insufficient_quota', code: 'insufficient_quota', shouldRetry: false },
    );
  }
  if (status === 429) {
    const wait = retryAfterSeconds === undefined ? '' : ` Retry after ${retryAfterSeconds} s.`;
    return new SwitchyardError(`Provider '${providerId}' is rate limiting requests (HTTP 429).${wait}`, {
      status: 429, type: 'rate_limit_error', code: 'rate_limited', shouldRetry: true, ...retry,
    });
  }
  if (status === 404) {
    return new SwitchyardError(`Provider '${providerId}' does not know model '${model}' (HTTP 404)${detail}. Check the model id in the provider's settings.`, {
      status: 404, type: 'invalid_request_error', param: 'model', code: 'model_not_found', shouldRetry: false,
    });
  }
  if (status >= 500 || status === 408 || status === 409) {
    return new UpstreamError(`Provider '${providerId}' failed with HTTP ${status}${detail}. The request can be retried.`, {
      code: status === 503 || status === 529 ? 'upstream_overloaded' : 'upstream_server_error', shouldRetry: true, ...retry,
    });
  }
  const code = typeof upstream.code === 'string' ? upstream.code : 'upstream_bad_request';
  return new SwitchyardError(`Provider '${providerId}' rejected the request (HTTP ${status})${detail}`, {
    status: 400, type: 'invalid_request_error', code, shouldRetry: false,
  });
}

/** `retry-after` in seconds or as an HTTP date; OpenAI's `retry-after-ms` as a fallback. */
export function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value !== null && value.trim() !== '') {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  const ms = Number(headers.get('retry-after-ms') ?? Number.NaN);
  return Number.isFinite(ms) && ms >= 0 ? Math.ceil(ms / 1000) : undefined;
}

async function readText(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, 64 * 1024);
  } catch {
    return '';
  }
}

function parseBody(text: string): { message?: string; type?: string; code?: string | number } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text.trim() ? { message: text.trim() } : {};
  }
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return {};
  const { message, type, code } = parsed.data.error;
  return { ...(message ? { message } : {}), ...(type ? { type } : {}), ...(code !== null && code !== undefined ? { code } : {}) };
}

/** A 2xx answer that is JSON, not an event stream: a server without streaming, or a proxy's error page. */
export async function notAStreamError(response: Response, context: HttpErrorContext): Promise<SwitchyardError> {
  const upstream = parseBody(await readText(response));
  const detail = upstream.message ? ` (${clip(redact(upstream.message, context.apiKey))})` : '';
  return new UpstreamError(
    `Provider '${context.providerId}' answered with ${response.headers.get('content-type') ?? 'no content type'} instead of an event stream${detail}. Check that its baseUrl points at an OpenAI-compatible API with streaming.`,
    { code: 'upstream_not_streaming', shouldRetry: false },
  );
}
