import { describe, expect, it } from 'vitest';
import { fits, formatBytes, makeRoom, type RoomCandidate } from '../../../../../electron/core/backends/local/host/memory-fit';
import { InsufficientMemoryError } from '../../../../../shared/errors';

const MB = 2 ** 20;

/** Loaded models that each hold `size` of a machine with `total` free when none is loaded. */
function machine(total: number, models: { id: string; lastUsed: number; busy?: boolean }[], size: number) {
  const loaded = new Set(models.map((m) => m.id));
  const unloaded: string[] = [];
  const candidates: RoomCandidate[] = models.map((m) => ({
    id: m.id, lastUsed: m.lastUsed, busy: m.busy === true,
    unload: () => {
      loaded.delete(m.id);
      unloaded.push(m.id);
      return Promise.resolve();
    },
  }));
  return { candidates, unloaded, measure: () => Promise.resolve({ ramBytes: total - loaded.size * size, vramBytes: null }) };
}

describe('memory fit', () => {
  it('compares RAM always and VRAM only when there is a GPU', () => {
    expect(fits({ ramBytes: 10, vramBytes: 99 }, { ramBytes: 10, vramBytes: null })).toBe(true);
    expect(fits({ ramBytes: 10, vramBytes: 99 }, { ramBytes: 10, vramBytes: 98 })).toBe(false);
    expect(fits({ ramBytes: 11, vramBytes: 0 }, { ramBytes: 10, vramBytes: 0 })).toBe(false);
    expect([formatBytes(3000), formatBytes(3.25 * MB), formatBytes(1536 * MB)]).toEqual(['3 KB', '3.3 MB', '1.50 GB']);
  });

  it('unloads nothing when the model fits', async () => {
    const m = machine(1000 * MB, [{ id: 'a', lastUsed: 1 }], 100 * MB);
    expect(await makeRoom({ modelId: 'new', need: { ramBytes: 500 * MB, vramBytes: 0 }, measure: m.measure, candidates: m.candidates, log: () => {} })).toEqual([]);
  });

  it('unloads the least recently used idle models first, only as many as needed, skipping busy ones', async () => {
    const m = machine(400 * MB, [{ id: 'newest', lastUsed: 30 }, { id: 'oldest-busy', lastUsed: 10, busy: true }, { id: 'old', lastUsed: 20 }], 100 * MB);
    const logs: string[] = [];
    // 100 MB free with three loaded; 200 MB needed: one idle model must go, the oldest idle one.
    expect(await makeRoom({ modelId: 'new', need: { ramBytes: 200 * MB, vramBytes: 0 }, measure: m.measure, candidates: m.candidates, log: (l) => logs.push(l) })).toEqual(['old']);
    expect(logs).toEqual(["local model 'new' needs 200.0 MB of RAM but 100.0 MB is free: unloading 'old' (least recently used)"]);
  });

  it('throws insufficient_memory with needed and free figures and what to do when even that is not enough', async () => {
    const m = machine(300 * MB, [{ id: 'a', lastUsed: 1 }, { id: 'b', lastUsed: 2, busy: true }], 100 * MB);
    const error = await makeRoom({ modelId: 'big', need: { ramBytes: 2048 * MB, vramBytes: 0 }, measure: m.measure, candidates: m.candidates, log: () => {} })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientMemoryError);
    const failure = error as InsufficientMemoryError;
    expect([failure.status, failure.code]).toEqual([503, 'insufficient_memory']);
    expect(failure.message).toBe(
      "Local model 'big' does not fit in memory: it needs 2.00 GB of RAM but 200.0 MB is free after unloading 'a' (llama.cpp's estimate for the model and its context). " +
        "Close other programs, set a smaller contextSize, or use a smaller quantisation of the model. Busy models ('b') were left loaded; unload them in the Models screen.",
    );
    expect(m.unloaded).toEqual(['a']);
  });
});
