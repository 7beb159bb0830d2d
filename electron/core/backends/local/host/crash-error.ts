import { SwitchyardError } from '../../../../../shared/errors';

/**
 * A local model's inference host died (native abort, segfault, killed, out of memory, or hung and was
 * killed). 503 and not retried on the same model, so the runtime moves straight to its next rung.
 */
export class LocalModelCrashedError extends SwitchyardError {
  constructor(modelId: string, reason: string, options: { crashes: number; down: boolean; retryAfterSeconds: number }) {
    const next = options.down
      ? `It crashed ${options.crashes} times in a row and stays down until it is loaded again (Load in the Models screen).`
      : 'It restarts on the next request.';
    super(`Local model '${modelId}' crashed (${reason}). ${next}`, {
      status: 503, type: 'server_error', code: 'local_model_crashed', shouldRetry: false, retryAfterSeconds: options.retryAfterSeconds,
    });
  }
}
