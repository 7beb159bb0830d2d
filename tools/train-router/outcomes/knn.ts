import type { Example } from './examples';

/**
 * Nearest-neighbour scorer: the similarity-weighted mean target of the k training prompts whose hashed n-gram
 * vectors are closest by cosine (the vectors are unit-length, so cosine is a sparse dot product), shrunk towards
 * the training mean when the neighbours are far. An inverted index keeps a query to the prompts sharing a slot.
 */
export interface Knn { score(e: Example): number }

export function buildKnn(train: readonly Example[], k: number): Knn {
  const postings = new Map<number, { row: number; v: number }[]>();
  train.forEach((e, row) => {
    for (let i = 0; i < e.sparse.indices.length; i++) {
      const idx = e.sparse.indices[i] ?? 0;
      let list = postings.get(idx);
      if (list === undefined) { list = []; postings.set(idx, list); }
      list.push({ row, v: e.sparse.values[i] ?? 0 });
    }
  });
  const mean = train.reduce((s, e) => s + e.y, 0) / Math.max(1, train.length);
  return {
    score(e) {
      const sims = new Float32Array(train.length);
      for (let i = 0; i < e.sparse.indices.length; i++) {
        const list = postings.get(e.sparse.indices[i] ?? 0);
        if (list === undefined) continue;
        const q = e.sparse.values[i] ?? 0;
        for (const p of list) sims[p.row] = (sims[p.row] ?? 0) + q * p.v;
      }
      const top: { s: number; y: number }[] = [];
      sims.forEach((s, row) => {
        if (s <= 0) return;
        if (top.length < k) { top.push({ s, y: train[row]?.y ?? mean }); top.sort((a, b) => b.s - a.s); return; }
        const last = top[top.length - 1];
        if (last !== undefined && s > last.s) { top[top.length - 1] = { s, y: train[row]?.y ?? mean }; top.sort((a, b) => b.s - a.s); }
      });
      const prior = 1; // pseudo-weight of the training mean
      const num = top.reduce((acc, t) => acc + t.s * t.y, prior * 0.1 * mean);
      const den = top.reduce((acc, t) => acc + t.s, prior * 0.1);
      return num / den;
    },
  };
}
