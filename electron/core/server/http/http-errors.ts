import { SwitchyardError } from '../../../../shared/errors';

/** Transport-level refusals of the HTTP server, in OpenAI's error shape. */
export class HttpError extends SwitchyardError {
  constructor(status: number, message: string, code: string, type = 'invalid_request_error') {
    super(message, { status, type, code });
  }
}

export const payloadTooLarge = (limit: number): HttpError =>
  new HttpError(413, `Request body is larger than the limit of ${limit} bytes.`, 'payload_too_large');
export const bodyTimeout = (): HttpError => new HttpError(408, 'The request body arrived too slowly; send it in one go.', 'request_timeout');
export const notFound = (method: string, path: string): HttpError =>
  new HttpError(404, `Unknown endpoint ${method} ${path}. Switchyard serves GET /v1/models, POST /v1/chat/completions, POST /v1/embeddings and /v1/routing/{stats,log,feedback}.`, 'unknown_url');
export const methodNotAllowed = (method: string, path: string): HttpError =>
  new HttpError(405, `${method} is not allowed on ${path}.`, 'method_not_allowed');
export const unauthorized = (): HttpError =>
  new HttpError(401, 'Missing or wrong API key. Send the token printed by `switchyard serve` as `Authorization: Bearer <token>`.', 'invalid_api_key', 'authentication_error');
export const forbiddenHost = (): HttpError =>
  new HttpError(403, 'Host header is not a loopback name; Switchyard refuses it (DNS-rebinding defence). Use http://127.0.0.1 or http://localhost.', 'host_not_allowed', 'permission_error');
export const forbiddenOrigin = (): HttpError =>
  new HttpError(403, 'Cross-origin requests are off. Add the origin to server.corsOrigins in settings to allow it.', 'origin_not_allowed', 'permission_error');
