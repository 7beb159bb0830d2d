import { InsufficientMemoryError } from '../../../../../shared/errors';
import type { FreeMemory, MemoryNeed } from '../memory-estimate';

/** A loaded model that could make room: the backend's view of another host. */
export interface RoomCandidate {
  id: string;
  lastUsed: number;
  busy: boolean;
  unload(): Promise<void>;
}

export interface FitRequest {
  modelId: string;
  need: MemoryNeed;
  /** Reads free memory now (after each unload it is read again). */
  measure: () => Promise<FreeMemory>;
  /** The other loaded models. */
  candidates: RoomCandidate[];
  log: (message: string) => void;
}

export function fits(need: MemoryNeed, free: FreeMemory): boolean {
  return need.ramBytes <= free.ramBytes && (free.vramBytes === null || need.vramBytes <= free.vramBytes);
}

export function formatBytes(bytes: number): string {
  if (bytes < 2 ** 20) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / 2 ** 20;
  return mb < 1024 ? `${mb.toFixed(1)} MB` : `${(mb / 1024).toFixed(2)} GB`;
}

function shortfall(need: MemoryNeed, free: FreeMemory): string {
  const parts: string[] = [];
  if (need.ramBytes > free.ramBytes) parts.push(`${formatBytes(need.ramBytes)} of RAM but ${formatBytes(free.ramBytes)} is free`);
  if (free.vramBytes !== null && need.vramBytes > free.vramBytes) parts.push(`${formatBytes(need.vramBytes)} of VRAM but ${formatBytes(free.vramBytes)} is free`);
  return parts.join(', and ');
}

/**
 * Makes room for a model about to load: if llama.cpp's estimate does not fit in free memory, the least
 * recently used idle models are unloaded one at a time (their hosts exit, so the OS gets their memory back)
 * until it fits; models with running or waiting requests are never unloaded under them. Throws
 * InsufficientMemoryError with the figures when even that is not enough. Returns the models unloaded.
 */
export async function makeRoom({ modelId, need, measure, candidates, log }: FitRequest): Promise<string[]> {
  let free = await measure();
  const unloaded: string[] = [];
  const order = [...candidates].sort((a, b) => a.lastUsed - b.lastUsed);
  for (const candidate of order) {
    if (fits(need, free)) return unloaded;
    if (candidate.busy) continue;
    log(`local model '${modelId}' needs ${shortfall(need, free)}: unloading '${candidate.id}' (least recently used)`);
    await candidate.unload();
    unloaded.push(candidate.id);
    free = await measure();
  }
  if (fits(need, free)) return unloaded;
  const tried = unloaded.length === 0 ? '' : ` after unloading ${unloaded.map((id) => `'${id}'`).join(', ')}`;
  const busy = order.filter((candidate) => candidate.busy).map((candidate) => `'${candidate.id}'`);
  const busyNote = busy.length === 0 ? '' : ` Busy models (${busy.join(', ')}) were left loaded; unload them in the Models screen.`;
  throw new InsufficientMemoryError(
    `Local model '${modelId}' does not fit in memory: it needs ${shortfall(need, free)}${tried} (llama.cpp's estimate for the model and its context). ` +
      `Close other programs, set a smaller contextSize, or use a smaller quantisation of the model.${busyNote}`,
  );
}
