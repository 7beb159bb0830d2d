/**
 * What the machine is doing now, as a routing input (DESIGN.md's "device capabilities"). 'unknown' where the
 * OS does not say; an unknown state changes nothing.
 */
export interface DeviceState {
  power: 'battery' | 'ac' | 'unknown';
  thermal: 'nominal' | 'pressure' | 'unknown';
  /** Memory available for a model to load into, or null when unknown. */
  freeMemoryBytes: number | null;
  /** false when no network interface is up; then only local rungs can serve. */
  online: boolean | 'unknown';
}

export const UNKNOWN_DEVICE: DeviceState = { power: 'unknown', thermal: 'unknown', freeMemoryBytes: null, online: 'unknown' };
