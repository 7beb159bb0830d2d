import type { Example } from './examples';

/**
 * Logistic regression over hashed + dense features, trained with AdaGrad on log-loss against soft targets,
 * L2 applied to the weights each example touches. Groups are weighted so that each contributes `weights[group]`
 * of the total (a 299-prompt source is not drowned by a 5,000-prompt one).
 */
export interface LogisticOptions {
  bits: number; epochs: number; rate: number; l2: number;
  /** L2 on the hashed weights, when it should differ from the dense ones' (n-grams overfit their sources). */
  l2Hashed?: number;
  groupWeights: Record<string, number>; seed: number;
}
export interface LogisticWeights { bias: number; dense: Float32Array; hashed: Float32Array }

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function logit(w: LogisticWeights, e: Example): number {
  let z = w.bias;
  for (let i = 0; i < e.dense.length; i++) z += (e.dense[i] ?? 0) * (w.dense[i] ?? 0);
  for (let i = 0; i < e.sparse.indices.length; i++) z += (e.sparse.values[i] ?? 0) * (w.hashed[e.sparse.indices[i] ?? 0] ?? 0);
  return z;
}

export function trainLogistic(examples: readonly Example[], o: LogisticOptions): LogisticWeights {
  const denseLen = examples[0]?.dense.length ?? 0;
  const w: LogisticWeights = { bias: 0, dense: new Float32Array(denseLen), hashed: new Float32Array(1 << o.bits) };
  const g2 = { bias: 1e-8, dense: new Float32Array(denseLen).fill(1e-8), hashed: new Float32Array(1 << o.bits).fill(1e-8) };
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
  const total = [...counts.keys()].reduce((s, g) => s + (o.groupWeights[g] ?? 1), 0);
  const sampleWeight = (g: string): number => ((o.groupWeights[g] ?? 1) / total) * (examples.length / (counts.get(g) ?? 1));
  const l2Hashed = o.l2Hashed ?? o.l2;
  const order = examples.map((_, i) => i);
  const random = rng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0]; }
    for (const k of order) {
      const e = examples[k];
      if (e === undefined) continue;
      const sw = sampleWeight(e.group);
      const grad = (sigmoid(logit(w, e)) - e.y) * sw;
      g2.bias += grad * grad; w.bias -= (o.rate * grad) / Math.sqrt(g2.bias);
      for (let i = 0; i < denseLen; i++) {
        const x = e.dense[i] ?? 0;
        if (x === 0) continue;
        const g = grad * x + o.l2 * (w.dense[i] ?? 0);
        g2.dense[i] = (g2.dense[i] ?? 0) + g * g;
        w.dense[i] = (w.dense[i] ?? 0) - (o.rate * g) / Math.sqrt(g2.dense[i] ?? 1);
      }
      for (let i = 0; i < e.sparse.indices.length; i++) {
        const idx = e.sparse.indices[i] ?? 0;
        const g = grad * (e.sparse.values[i] ?? 0) + l2Hashed * (w.hashed[idx] ?? 0);
        g2.hashed[idx] = (g2.hashed[idx] ?? 0) + g * g;
        w.hashed[idx] = (w.hashed[idx] ?? 0) - (o.rate * g) / Math.sqrt(g2.hashed[idx] ?? 1);
      }
    }
  }
  return w;
}

export const probability = (w: LogisticWeights, e: Example): number => sigmoid(logit(w, e));
