/**
 * The text features of the outcome scorer: hashed word unigrams and bigrams and character trigrams of the
 * lower-cased text, each with its own namespace so they never collide on purpose, as one sparse vector with
 * unit L2 norm. Hashing keeps the model a fixed-size weight table (no vocabulary file) and makes the same
 * code featurize for training (tools/train-router/outcomes) and for routing, so the two cannot drift apart.
 */
import { fnvStep } from '../heuristic/vocab';

export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

/** Long prompts are featurized from their head and tail: the question is usually at one end of a pasted passage. */
const HEAD_CHARS = 3000;
const TAIL_CHARS = 1000;
const NS_WORD = 0x9e3779b1;
const NS_BIGRAM = 0x85ebca77;
const NS_TRIGRAM = 0xc2b2ae3d;

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;

export function clipText(text: string): string {
  return text.length <= HEAD_CHARS + TAIL_CHARS ? text : `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}`;
}

/** Sparse hashed features of `text` in a table of 2^bits slots (counts are log-damped, then L2-normalised). */
export function hashedFeatures(text: string, bits: number): SparseVector {
  const mask = (1 << bits) - 1;
  const counts = new Map<number, number>();
  const add = (h: number): void => { const k = h & mask; counts.set(k, (counts.get(k) ?? 0) + 1); };
  const s = clipText(text).toLowerCase();
  let word = NS_WORD; let inWord = false; let prevWord = -1;
  let c1 = 32; let c2 = 32; // the two previous characters, whitespace collapsed
  for (let i = 0; i <= s.length; i++) {
    const raw = i < s.length ? s.charCodeAt(i) : 32;
    const c = raw === 9 || raw === 10 || raw === 13 ? 32 : raw;
    if (!(c === 32 && c1 === 32)) {
      add(fnvStep(fnvStep(fnvStep(NS_TRIGRAM, c2), c1), c));
      c2 = c1; c1 = c;
    }
    if (isWordChar(c)) {
      word = fnvStep(word, c);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    add(word);
    if (prevWord >= 0) add(fnvStep(fnvStep(NS_BIGRAM, prevWord & 0xffff), word));
    prevWord = word; word = NS_WORD; inWord = false;
  }
  const indices = new Uint32Array(counts.size);
  const values = new Float32Array(counts.size);
  let norm = 0; let k = 0;
  for (const [index, count] of counts) {
    const v = 1 + Math.log(count);
    indices[k] = index; values[k] = v; norm += v * v; k++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < values.length; j++) values[j] = (values[j] ?? 0) * scale;
  return { indices, values };
}
