import type { ServerResponse } from 'node:http';
import { type SwitchyardError, toSwitchyardError } from '../../../../shared/errors';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** OpenAI-shaped error with the right status, Retry-After and x-should-retry where they apply. */
export function sendError(res: ServerResponse, error: unknown, extraHeaders: Record<string, string> = {}): void {
  const e: SwitchyardError = toSwitchyardError(error);
  const headers: Record<string, string> = { ...extraHeaders };
  if (e.retryAfterSeconds !== undefined) headers['retry-after'] = String(Math.max(1, Math.ceil(e.retryAfterSeconds)));
  if (e.shouldRetry !== undefined) headers['x-should-retry'] = String(e.shouldRetry);
  sendJson(res, e.status, e.toBody(), headers);
}
