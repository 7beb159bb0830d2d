/**
 * The runtime's emission scores: the same sums as `emissions(weights, featurize(…))`, computed faster. 17 of a
 * token's 30 features depend on one word only (tagger-features.ts), so their weights are summed once per distinct
 * word and role and kept in a bounded cache that lives with the model; per token only the 13 context features
 * are hashed and read. Text repeats its words (in a 100 KB prompt most tokens are a word already seen), so most
 * tokens cost 5 cached vectors and 13 table reads instead of 30 hashes and reads.
 */
import {
  contextFeatures, CONTEXT_FEATURES, farFeature, leftFeatures, lineBits, rightFeatures, selfFeatures, setBoundary, setWord,
  SELF_FEATURES, SIDE_FEATURES, TAG_COUNT, wordTable, type Gazetteer, type Tokens, type WordTable,
} from './tagger-features';

/** Role vectors per cached word: self, as left neighbour, as right neighbour, two before, two after. */
const ROLES = 5;
const STRIDE = ROLES * TAG_COUNT;
/** Distinct words kept; the cache starts over when a window might not fit (≈ 1.6 MB of role vectors). */
const CAPACITY = 16_384;
/** Slots of the boundary markers, set once. */
const BEFORE = 0;
const AFTER = 1;

/** Open-addressing index over the slots (twice the capacity, so probes stay short): no Map, no allocation per word. */
const INDEX_SIZE = CAPACITY * 2;

export interface WordCache {
  /** Slot + 1 of the word whose key hashes here, 0 when empty (linear probing). */
  index: Int32Array;
  /** Each slot's key: two hashes of the word's exact text. */
  keyA: Int32Array;
  keyB: Int32Array;
  table: WordTable;
  vectors: Float32Array;
  used: number;
}

/** What scoring needs of a loaded model. */
export interface ScoringModel {
  mask: number;
  /** The weight table as stored (weights.bin): weight = value × scale, TAG_COUNT per bucket. */
  weights: Int16Array;
  scale: number;
  gazetteer: Gazetteer;
  cache: WordCache;
}

export function createWordCache(): WordCache {
  const cache: WordCache = {
    index: new Int32Array(INDEX_SIZE), keyA: new Int32Array(CAPACITY), keyB: new Int32Array(CAPACITY),
    table: wordTable(CAPACITY), vectors: new Float32Array(CAPACITY * STRIDE), used: 0,
  };
  reset(cache);
  return cache;
}

function reset(cache: WordCache): void {
  cache.index.fill(0);
  setBoundary(cache.table, BEFORE, false);
  setBoundary(cache.table, AFTER, true);
  cache.used = 2;
}

/**
 * The slot of text[from, to), added when new (the caller made room for a window). Words are told apart by two 32-bit
 * hashes of their exact text and their length: two different words in one cache share both with a chance of about
 * 2^-64 per pair (a shared key would give one word the other's features).
 */
function slotOf(cache: WordCache, weights: Int16Array, scale: number, gazetteer: Gazetteer, mask: number, text: string, from: number, to: number): number {
  let a = 0x811c9dc5;
  let b = to - from;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  b ^= (to - from) << 24;
  const { index, keyA, keyB } = cache;
  let at = (a ^ (a >>> 16)) & (INDEX_SIZE - 1);
  for (;;) {
    const entry = index[at]!;
    if (entry === 0) break;
    if (keyA[entry - 1] === a && keyB[entry - 1] === b) return entry - 1;
    at = (at + 1) & (INDEX_SIZE - 1);
  }
  const slot = cache.used;
  cache.used += 1;
  index[at] = slot + 1;
  keyA[slot] = a;
  keyB[slot] = b;
  setWord(cache.table, slot, text, from, to, gazetteer);
  roleVectors(cache, weights, scale, slot, text, from, to, mask);
  return slot;
}

const scratch = new Uint32Array(Math.max(SELF_FEATURES, CONTEXT_FEATURES));

/**
 * Adds the weights of `count` feature indices in `scratch` to out[o, o + TAG_COUNT). The stored Int16 weights are
 * read as they are (half the memory of floats: the random reads per token stay in cache more often), summed
 * exactly as integers and scaled once.
 */
function addWeights(weights: Int16Array, scale: number, count: number, out: Float32Array, o: number): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  for (let f = 0; f < count; f += 1) {
    const w = scratch[f]! * TAG_COUNT;
    s0 += weights[w]!;
    s1 += weights[w + 1]!;
    s2 += weights[w + 2]!;
    s3 += weights[w + 3]!;
    s4 += weights[w + 4]!;
  }
  out[o] = out[o]! + s0 * scale;
  out[o + 1] = out[o + 1]! + s1 * scale;
  out[o + 2] = out[o + 2]! + s2 * scale;
  out[o + 3] = out[o + 3]! + s3 * scale;
  out[o + 4] = out[o + 4]! + s4 * scale;
}

function roleVectors(cache: WordCache, weights: Int16Array, scale: number, slot: number, text: string, from: number, to: number, mask: number): void {
  const { table, vectors } = cache;
  const o = slot * STRIDE;
  vectors.fill(0, o, o + STRIDE);
  if (slot > AFTER) {
    selfFeatures(scratch, 0, table, slot, text, from, to, mask);
    addWeights(weights, scale, SELF_FEATURES, vectors, o);
  }
  leftFeatures(scratch, 0, table, slot, mask);
  addWeights(weights, scale, SIDE_FEATURES, vectors, o + TAG_COUNT);
  rightFeatures(scratch, 0, table, slot, mask);
  addWeights(weights, scale, SIDE_FEATURES, vectors, o + 2 * TAG_COUNT);
  scratch[0] = farFeature(table, slot, true, mask);
  addWeights(weights, scale, 1, vectors, o + 3 * TAG_COUNT);
  scratch[0] = farFeature(table, slot, false, mask);
  addWeights(weights, scale, 1, vectors, o + 4 * TAG_COUNT);
}

/** Emission scores, TAG_COUNT per token, for tokens of `text`. */
export function cachedEmissions(model: ScoringModel, text: string, tokens: Tokens): Float32Array {
  const { cache, weights, scale, gazetteer, mask } = model;
  const n = tokens.count;
  if (cache.used === 2) {
    roleVectors(cache, weights, scale, BEFORE, text, 0, 0, mask);
    roleVectors(cache, weights, scale, AFTER, text, 0, 0, mask);
  }
  if (cache.used + n > CAPACITY) {
    reset(cache);
    roleVectors(cache, weights, scale, BEFORE, text, 0, 0, mask);
    roleVectors(cache, weights, scale, AFTER, text, 0, 0, mask);
  }
  // slot[t + 2] is token t's cache slot; two boundary slots on each side.
  const slot = new Int32Array(n + 4);
  slot[0] = slot[1] = BEFORE;
  slot[n + 2] = slot[n + 3] = AFTER;
  for (let t = 0; t < n; t += 1) slot[t + 2] = slotOf(cache, weights, scale, gazetteer, mask, text, tokens.start[t]!, tokens.end[t]!);
  const { table, vectors } = cache;
  const scores = new Float32Array(n * TAG_COUNT);
  for (let t = 0; t < n; t += 1) {
    const p = t + 2;
    const self = slot[p]! * STRIDE;
    const left = slot[p - 1]! * STRIDE + TAG_COUNT;
    const right = slot[p + 1]! * STRIDE + 2 * TAG_COUNT;
    const before = slot[p - 2]! * STRIDE + 3 * TAG_COUNT;
    const after = slot[p + 2]! * STRIDE + 4 * TAG_COUNT;
    const o = t * TAG_COUNT;
    for (let j = 0; j < TAG_COUNT; j += 1) {
      scores[o + j] = vectors[self + j]! + vectors[left + j]! + vectors[right + j]! + vectors[before + j]! + vectors[after + j]!;
    }
    contextFeatures(scratch, 0, table, slot[p - 2]!, slot[p - 1]!, slot[p]!, slot[p + 1]!, slot[p + 2]!, lineBits(tokens, t), mask);
    addWeights(weights, scale, CONTEXT_FEATURES, scores, o);
  }
  return scores;
}
