import type { OutcomeModel } from './linear-model';
import { loadOutcomeModel } from './load';

let bundled: OutcomeModel | Error | undefined;

/** The shipped outcome model, read once per process (every router built after a settings change shares it). */
export function bundledOutcomeModel(): OutcomeModel | Error {
  if (bundled === undefined) {
    try {
      bundled = loadOutcomeModel();
    } catch (error) {
      bundled = error instanceof Error ? error : new Error(String(error));
    }
  }
  return bundled;
}
