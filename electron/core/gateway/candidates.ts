import type { Candidates } from '../router';
import type { Runtime } from '../runtime';
import type { ModelDirectory } from './model-directory';

/**
 * The models the router may pick. A cloud provider whose breaker is open (unreachable, failing) is left
 * out, so routing prefers local at once instead of waiting for timeouts.
 */
export function candidatesOf(directory: ModelDirectory, runtime: Runtime): Candidates {
  return {
    local: directory.local(),
    cloud: directory.cloud().filter((m) => runtime.health(m.provider) !== 'down'),
  };
}
