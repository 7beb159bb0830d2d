import { bundledEntry, type BundledEntry } from '../../../resources/bundled-entry';

export type HostEntry = BundledEntry;

let cached: HostEntry | undefined;

/** The inference host's entry file (resources/bundled-entry.ts says where it comes from). */
export function hostEntry(): HostEntry {
  return (cached ??= bundledEntry('inference-host', 'electron/core/backends/local/host', 'host', import.meta.url));
}
