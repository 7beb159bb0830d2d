import { SwitchyardError } from '../../../../shared/errors';

/**
 * The classifier model directory is missing, unreadable or not a usable ONNX classifier.
 * The router catches this and falls back to the heuristic score, with a warning in the decision.
 */
export class ClassifierLoadError extends SwitchyardError {
  readonly dir: string;

  constructor(dir: string, detail: string) {
    super(`Router classifier at '${dir}' cannot be loaded: ${detail}`, {
      status: 503, type: 'server_error', code: 'classifier_unavailable', shouldRetry: false,
    });
    this.dir = dir;
  }
}
