import {
  ContextLengthError, InvalidRequestError, ModelNotFoundError, QueueFullError, SwitchyardError, UnavailableError, toSwitchyardError,
} from '../../../../../shared/errors';
import { ModelFileMissingError, ModelLoadError } from '../model-file';
import { DraftTokenizerMismatchError } from '../tokenizer-match';
import type { WireError } from './host-protocol';

/** Error classes callers test with instanceof; anything else revives as a plain SwitchyardError. */
const KNOWN: Record<string, { prototype: SwitchyardError }> = {
  ContextLengthError, InvalidRequestError, ModelNotFoundError, QueueFullError, UnavailableError, ModelFileMissingError, ModelLoadError, DraftTokenizerMismatchError,
};

export function toWireError(error: unknown): WireError {
  const failure = toSwitchyardError(error);
  return {
    name: failure.name,
    message: failure.message,
    status: failure.status,
    type: failure.type,
    code: failure.code,
    param: failure.param,
    ...(failure.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: failure.retryAfterSeconds }),
    ...(failure.shouldRetry === undefined ? {} : { shouldRetry: failure.shouldRetry }),
  };
}

/** The host's error as the engine's own: same message, status, code and class, without the host's stack. */
export function reviveError(wire: WireError): SwitchyardError {
  const error = new SwitchyardError(wire.message, {
    status: wire.status,
    type: wire.type,
    code: wire.code,
    param: wire.param,
    ...(wire.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: wire.retryAfterSeconds }),
    ...(wire.shouldRetry === undefined ? {} : { shouldRetry: wire.shouldRetry }),
  });
  const known = KNOWN[wire.name];
  if (known !== undefined) {
    Object.setPrototypeOf(error, known.prototype);
    error.name = wire.name;
  }
  return error;
}
