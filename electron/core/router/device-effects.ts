import type { DeviceState } from '../../../shared/device-state';
import type { Candidates } from './types';

/** Below this much available memory, a local model that is not loaded yet is not loaded for a request. */
export const LOW_MEMORY_BYTES = 1.5 * 1024 ** 3;
/** On battery or under thermal pressure, the score's position among the local rungs is scaled by this. */
const STRAINED_LOCAL_SCALE = 0.5;

export interface DeviceEffects {
  candidates: Candidates;
  /** Multiplies the level of a local intent: < 1 leans to the smaller local rungs. */
  localLevelScale: number;
  reasons: string[];
}

/**
 * How the device state changes the plan, in one place:
 *   - offline (no network): only local rungs and models served on this machine;
 *   - on battery or under thermal pressure: the smaller local rungs (a larger model drains and heats more);
 *   - low available memory: local models that are not loaded are left out while anything else can serve
 *     (a cold load could push the machine into swap);
 * and each active state is named in the reasons. An unknown state changes nothing.
 */
export function deviceEffects(state: DeviceState | undefined, candidates: Candidates): DeviceEffects {
  const reasons: string[] = [];
  if (state === undefined) return { candidates, localLevelScale: 1, reasons };
  let { local, cloud } = candidates;
  if (state.online === false) {
    const here = cloud.filter((m) => m.onThisMachine === true);
    if (cloud.length > here.length) reasons.push(`offline: no network, so ${here.length === 0 ? 'local rungs only' : 'local rungs and models on this machine only'}`);
    cloud = here;
  }
  let localLevelScale = 1;
  const strain = [state.power === 'battery' ? 'on battery' : null, state.thermal === 'pressure' ? 'thermal pressure' : null].filter((s) => s !== null);
  if (strain.length > 0 && local.length > 1) {
    localLevelScale = STRAINED_LOCAL_SCALE;
    reasons.push(`${strain.join(' and ')}: smaller local rungs preferred`);
  }
  if (state.freeMemoryBytes !== null && state.freeMemoryBytes < LOW_MEMORY_BYTES) {
    const loaded = local.filter((m) => m.loaded === true);
    if (loaded.length < local.length && (loaded.length > 0 || cloud.length > 0)) {
      reasons.push(`low free memory (${(state.freeMemoryBytes / 1024 ** 3).toFixed(1)} GB): no cold load of another local model`);
      local = loaded;
    }
  }
  return { candidates: { local, cloud }, localLevelScale, reasons };
}
