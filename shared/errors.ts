import { z } from 'zod';

/** OpenAI's error body; every failure the engine reports has this shape. */
export const errorBodySchema = z.object({
  error: z.object({ message: z.string(), type: z.string(), param: z.string().nullable(), code: z.string().nullable() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export interface SwitchyardErrorInit {
  status: number;
  type: string;
  code?: string | null;
  param?: string | null;
  /** Seconds a client should wait before retrying (429/503). */
  retryAfterSeconds?: number;
  /** False when retrying cannot help (e.g. a never-cloud rule). */
  shouldRetry?: boolean;
}

/** Base of every error the engine raises on purpose. Messages are for people and never hold secrets. */
export class SwitchyardError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string | null;
  readonly param: string | null;
  readonly retryAfterSeconds: number | undefined;
  readonly shouldRetry: boolean | undefined;

  constructor(message: string, init: SwitchyardErrorInit) {
    super(message);
    this.name = new.target.name;
    this.status = init.status;
    this.type = init.type;
    this.code = init.code ?? null;
    this.param = init.param ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.shouldRetry = init.shouldRetry;
  }

  toBody(): ErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export class InvalidRequestError extends SwitchyardError {
  constructor(message: string, param: string | null = null, code: string | null = null) {
    super(message, { status: 400, type: 'invalid_request_error', param, code });
  }
}

export class ContextLengthError extends SwitchyardError {
  constructor(message: string) {
    super(message, { status: 400, type: 'invalid_request_error', param: 'messages', code: 'context_length_exceeded' });
  }
}

export class ModelNotFoundError extends SwitchyardError {
  constructor(model: string) {
    super(`The model '${model}' does not exist. GET /v1/models lists the models this Switchyard serves.`, {
      status: 404, type: 'invalid_request_error', param: 'model', code: 'model_not_found',
    });
  }
}

export class QueueFullError extends SwitchyardError {
  constructor(what: string, retryAfterSeconds: number) {
    super(`${what} is busy: its request queue is full. Retry after ${retryAfterSeconds} s.`, {
      status: 429, type: 'rate_limit_error', code: 'queue_full', retryAfterSeconds,
    });
  }
}

export class UnavailableError extends SwitchyardError {
  constructor(message: string, retryAfterSeconds = 1) {
    super(message, { status: 503, type: 'server_error', code: 'unavailable', retryAfterSeconds });
  }
}

export class PrivacyBlockedError extends SwitchyardError {
  constructor(message: string, rule: string) {
    super(message, { status: 403, type: 'privacy_error', param: rule, code: 'never_cloud', shouldRetry: false });
  }
}

export class UpstreamError extends SwitchyardError {
  constructor(message: string, init: Partial<SwitchyardErrorInit> = {}) {
    super(message, { status: 502, type: 'upstream_error', code: 'upstream_error', ...init });
  }
}

/** Turns anything thrown into the OpenAI error shape without leaking stacks. */
export function toSwitchyardError(error: unknown): SwitchyardError {
  if (error instanceof SwitchyardError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SwitchyardError(`Internal error: ${message}`, { status: 500, type: 'server_error', code: 'internal_error' });
}

export class NoModelConfiguredError extends SwitchyardError {
  constructor() {
    super('No model is configured. Start with `switchyard serve --model PATH/TO/model.gguf`, or add a local model or a cloud provider in settings.', {
      status: 503, type: 'server_error', code: 'no_model_configured', shouldRetry: false,
    });
  }
}

/** No model the request may use has a capability it needs (images, tools, a JSON schema): the client's to fix. */
export class ModelNotCapableError extends SwitchyardError {
  constructor(message: string) {
    super(message, { status: 400, type: 'invalid_request_error', param: 'messages', code: 'model_not_capable', shouldRetry: false });
  }
}

/**
 * A local model does not fit in the memory left, even after unloading idle models. 503 like other capacity
 * limits, not retried on the same model, so the runtime moves to its next rung.
 */
export class InsufficientMemoryError extends SwitchyardError {
  constructor(message: string) {
    super(message, { status: 503, type: 'server_error', code: 'insufficient_memory', shouldRetry: false, retryAfterSeconds: 5 });
  }
}

/** Feedback named a decision the routing log does not hold (never made, or gone by retention), or one too old to teach. */
export class DecisionNotFoundError extends SwitchyardError {
  constructor(id: string, expired: boolean) {
    const message = expired
      ? `Decision '${id}' is too old for feedback; only recent answers can teach the router.`
      : `There is no decision '${id}' in the routing log (unknown, or no longer kept). Use the x-switchyard-decision header of a recent answer.`;
    super(message, { status: 404, type: 'invalid_request_error', param: 'decision', code: expired ? 'decision_expired' : 'decision_not_found', shouldRetry: false });
  }
}
