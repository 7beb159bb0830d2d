import { errorBodySchema } from '../../../shared/errors';
import { EngineCallError } from '../../../shared/ipc';

/** A failed call as the UI shows it: the engine's own message when there is one. */
export function toCallError(status: number, body: unknown): EngineCallError {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) return new EngineCallError(parsed.data.error.message, parsed.data.error.type, parsed.data.error.code, status);
  return new EngineCallError(`The engine answered with HTTP ${status}.`, 'server_error', null, status);
}

export const engineUnreachable = (): EngineCallError =>
  new EngineCallError('Cannot reach the Switchyard engine. Is `switchyard serve` still running? Start it again, then reload this page.', 'connection_error', 'engine_unreachable');
