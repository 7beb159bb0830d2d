/**
 * Tokens and hashed features of the learned PERSON / STREET_ADDRESS tagger. The trainer (tools/train-pii) and the
 * runtime detector import this one module, so a model always sees the features it was trained on.
 */

/** BIO tags, in the order of the weight table's columns. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ADR', 'I-ADR'] as const;
export const TAG_COUNT = TAGS.length;

/** Gazetteer classes, one bit each, looked up by a token's lower-case form. */
export const GAZ = { first: 1, last: 2, street: 4, city: 8, unit: 16, title: 32, calendar: 64, region: 128 } as const;
export type GazetteerName = keyof typeof GAZ;
/** GAZ bits by the hash of the lower-case word (hashLower): looked up without building the word's string. */
export type Gazetteer = ReadonlyMap<number, number>;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Bit 1: a line break before the token; bit 2: any space before it. */
  gap: Uint8Array;
}

const MAX_TOKEN = 40;
const wordChar = /[\p{L}\p{N}\p{M}]/u;
/** Non-ASCII code unit → 1 not a word character, 2 word character; 0 not yet asked (a table, read per character). */
const kind = new Uint8Array(0x10000);

function isWord(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let k = kind[code]!;
  if (k === 0) {
    k = wordChar.test(String.fromCharCode(code)) ? 2 : 1;
    kind[code] = k;
  }
  return k === 2;
}

/**
 * Words (letters, digits, marks; an inner apostrophe or hyphen joins) and single punctuation characters; spaces
 * separate. Linear, one pass. Words longer than 40 code units are cut into pieces. Offsets are into `text`;
 * only `text[from, to)` is read.
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const cap = Math.max(1, to - from);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const gap = new Uint8Array(cap);
  let count = 0;
  let pendingGap = 0;
  const length = to;
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 13 || code === 160) {
      pendingGap |= 2;
      i += 1;
      continue;
    }
    if (code === 10) {
      pendingGap |= 3;
      i += 1;
      continue;
    }
    const from = i;
    if (isWord(code)) {
      i += 1;
      while (i < length && i - from < MAX_TOKEN) {
        const c = text.charCodeAt(i);
        if (isWord(c)) i += 1;
        else if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < length && isWord(text.charCodeAt(i + 1))) {
          // A possessive "'s" is a token of its own: "Emily's" is looked up as "emily".
          if (c !== 45 && (text.charCodeAt(i + 1) | 32) === 115 && !(i + 2 < length && isWord(text.charCodeAt(i + 2)))) break;
          i += 2;
        } else break;
      }
    } else {
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
      // A run of one punctuation character ("....", "----", "@@@@") is one token: junk stays cheap.
      while (i < length && text.charCodeAt(i) === code && code < 128) i += 1;
    }
    start[count] = from;
    end[count] = i;
    gap[count] = pendingGap;
    pendingGap = 0;
    count += 1;
  }
  return { count, start, end, gap };
}

/** 32-bit FNV-1a of a string's code units from `from` to `to`, lower-cased for ASCII letters. */
export function hashLower(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i += 1) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** Word shape, repeats collapsed: Xx, x, X, d, Xx-Xx, d-d, X.; digits keep their count up to 6 (dddd vs ddddd). */
function shapeHash(text: string, from: number, to: number): number {
  let h = 0x345;
  let last = -1;
  let digits = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    let cls: number;
    if (c >= 48 && c <= 57) cls = 3;
    else if (c >= 97 && c <= 122) cls = 1;
    else if (c >= 65 && c <= 90) cls = 2;
    else if (c < 128) cls = 16 + c;
    else {
      const ch = String.fromCharCode(c);
      cls = ch !== ch.toLowerCase() ? 2 : ch !== ch.toUpperCase() ? 1 : isWord(c) ? 4 : 5;
    }
    if (cls === 3) {
      digits += 1;
      if (digits > 6) continue;
    } else {
      digits = 0;
      if (cls === last) continue;
    }
    last = cls;
    h = Math.imul(h ^ cls, 0x01000193);
  }
  return h >>> 0;
}

/** Casing class of a token: 0 lower/other, 1 Capitalised, 2 ALL CAPS (≥ 2 letters), 3 digits, 4 punctuation. */
function casing(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (c >= 48 && c <= 57) return 3;
  if (c < 128) {
    if (c >= 97 && c <= 122) return 0;
    if (!(c >= 65 && c <= 90)) return 4;
    if (to - from < 2) return 1;
    let upper = false;
    for (let i = from + 1; i < to; i += 1) {
      const d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) return 1;
      if (d >= 65 && d <= 90) upper = true;
      else if (d >= 128) return slowCasing(text, from, to);
    }
    return upper ? 2 : 1;
  }
  return slowCasing(text, from, to);
}

function slowCasing(text: string, from: number, to: number): number {
  const first = text[from]!;
  if (!isWord(text.charCodeAt(from))) return 4;
  if (first === first.toLowerCase()) return 0;
  if (to - from < 2) return 1;
  const rest = text.slice(from + 1, to);
  return rest !== rest.toLowerCase() && rest === rest.toUpperCase() ? 2 : 1;
}

/** Lower-case form, typographic apostrophe folded, accents kept: the gazetteers' key. */
export function gazetteerKey(word: string): string {
  return word.toLowerCase().replaceAll('’', "'");
}

/** Folds accents: gazetteer entries are also looked up without them (Zoë → zoe). */
const marks = /\p{M}/gu;
export const foldAccents = (word: string): string => word.normalize('NFD').replace(marks, '');

/** GAZ bits of the token text[from, to); `hash` is its hashLower. */
export function gazetteerBits(text: string, from: number, to: number, gazetteer: Gazetteer, hash: number): number {
  const c = text.charCodeAt(from);
  if (to - from === 1) return c === 35 ? GAZ.unit : 0; // '#' as in "#4B"
  if (!isWord(c) || (c >= 48 && c <= 57)) return 0;
  let ascii = true;
  for (let i = from; i < to && ascii; i += 1) ascii = text.charCodeAt(i) < 128;
  if (ascii) return gazetteer.get(hash) ?? 0;
  // Other scripts and accents: lower-case properly, then try the word without its accents (Zoë → zoe).
  const key = gazetteerKey(text.slice(from, to));
  const folded = foldAccents(key);
  return gazetteer.get(hashLower(key, 0, key.length)) ?? gazetteer.get(hashLower(folded, 0, folded.length)) ?? 0;
}

// Feature templates: each is mixed into the hash so equal values of different templates land apart.
const F = {
  Bias: 1, W0: 2, Wm1: 3, Wp1: 4, Wm2: 5, Wp2: 6, Suf2: 7, Suf3: 8, Suf4: 9, Pre3: 10, Sh0: 11, Shm1: 12, Shp1: 13,
  ShPair: 14, ShPairR: 15, Wm1Sh0: 16, Sh0Wp1: 17, Gz0: 18, Gzm1: 19, Gzp1: 20, Gz0Sh0: 21, GzPair: 22, Cs0Line: 23,
  Len0: 24, Bi: 25, BiR: 26, Cs3: 27, Wm1Wm2: 28, NumLeft: 29, NumRight: 30,
} as const;

export const FEATURES_PER_TOKEN = 30;
const BIAS = mix(F.Bias, 0);
/**
 * The casing features hash small numbers (Cs0Line < 368, Cs3 < 55,556; most tokens have no gazetteer class), so
 * their hashes are tables made once: three mixes per token fewer, same values.
 */
const CS0LINE = Uint32Array.from({ length: 368 }, (_, v) => mix(F.Cs0Line, v));
const CS3 = Uint32Array.from({ length: 55_556 }, (_, v) => mix(F.Cs3, v));
const GZPAIR_NONE = mix(mix(F.GzPair, 0), 0);

/**
 * Per-word values the features are made of, indexed by a slot: a token position in `featurize`, a cache entry of
 * distinct words in the runtime scorer (tagger-scores.ts). Both fill it with `setWord`, so both see one definition.
 */
export interface WordTable {
  lower: Uint32Array;
  shape: Uint32Array;
  gaz: Uint16Array;
  cas: Uint8Array;
  len: Uint8Array;
  /**
   * PRE values per word: the inner half of each context feature that hashes this word first, mix(template, value),
   * so a token's context features cost one mix each instead of two (premix).
   */
  pre: Uint32Array;
}

const PRE = 9;
const P = { ShPair: 0, ShPairR: 1, Wm1Sh0: 2, Sh0Wp1: 3, Bi: 4, BiR: 5, Wm1Wm2: 6, NumLeft: 7, NumRight: 8 } as const;

export function wordTable(size: number): WordTable {
  return {
    lower: new Uint32Array(size), shape: new Uint32Array(size), gaz: new Uint16Array(size), cas: new Uint8Array(size),
    len: new Uint8Array(size), pre: new Uint32Array(size * PRE),
  };
}

function premix(table: WordTable, i: number): void {
  const lower = table.lower[i]!;
  const shape = table.shape[i]!;
  const number = table.cas[i] === 3 ? shape : 7;
  const o = i * PRE;
  const pre = table.pre;
  pre[o + P.ShPair] = mix(F.ShPair, shape);
  pre[o + P.ShPairR] = mix(F.ShPairR, shape);
  pre[o + P.Wm1Sh0] = mix(F.Wm1Sh0, lower);
  pre[o + P.Sh0Wp1] = mix(F.Sh0Wp1, shape);
  pre[o + P.Bi] = mix(F.Bi, lower);
  pre[o + P.BiR] = mix(F.BiR, lower);
  pre[o + P.Wm1Wm2] = mix(F.Wm1Wm2, lower);
  pre[o + P.NumLeft] = mix(F.NumLeft, number);
  pre[o + P.NumRight] = mix(F.NumRight, number);
}

/** Slot i holds the boundary marker before the text (`end` false) or after it. */
export function setBoundary(table: WordTable, i: number, end: boolean): void {
  table.lower[i] = table.shape[i] = end ? 0x2222 : 0x1111;
  table.cas[i] = 5;
  table.gaz[i] = 0;
  table.len[i] = 0;
  premix(table, i);
}

export function setWord(table: WordTable, i: number, text: string, from: number, to: number, gazetteer: Gazetteer): void {
  const lower = hashLower(text, from, to);
  table.lower[i] = lower;
  table.shape[i] = shapeHash(text, from, to);
  table.cas[i] = casing(text, from, to);
  table.len[i] = Math.min(to - from, 12);
  table.gaz[i] = gazetteerBits(text, from, to, gazetteer, lower);
  premix(table, i);
}

/*
 * The 30 features of a token split by what they depend on. Position-free ones depend on one word only — the token
 * itself (9), its left neighbour (3), its right neighbour (3), the words two away (1 + 1) — so the runtime sums
 * their weights once per distinct word and role; the 13 context features combine neighbours or line position and
 * are hashed per token. Every index is reduced to `mask`.
 */
export const SELF_FEATURES = 9;
export const SIDE_FEATURES = 3;
export const CONTEXT_FEATURES = 13;

/** The token's own features; text[from, to) is the token (its affixes). */
export function selfFeatures(out: Uint32Array, k: number, table: WordTable, i: number, text: string, from: number, to: number, mask: number): void {
  const size = to - from;
  const lower = table.lower[i]!;
  const shape = table.shape[i]!;
  const gaz = table.gaz[i]!;
  const cas = table.cas[i]!;
  out[k] = mix(F.W0, lower) & mask;
  out[k + 1] = mix(F.Suf2, size > 2 ? hashLower(text, to - 2, to) : 0) & mask;
  out[k + 2] = mix(F.Suf3, size > 3 ? hashLower(text, to - 3, to) : 0) & mask;
  out[k + 3] = mix(F.Suf4, size > 4 ? hashLower(text, to - 4, to) : 0) & mask;
  out[k + 4] = mix(F.Pre3, size > 3 ? hashLower(text, from, from + 3) : 0) & mask;
  out[k + 5] = mix(F.Sh0, shape) & mask;
  out[k + 6] = mix(mix(F.Gz0, gaz), cas) & mask;
  out[k + 7] = mix(mix(F.Gz0Sh0, gaz), shape) & mask;
  out[k + 8] = mix(F.Len0, cas * 16 + table.len[i]!) & mask;
}

/** Features of the token whose left neighbour is word i. */
export function leftFeatures(out: Uint32Array, k: number, table: WordTable, i: number, mask: number): void {
  out[k] = mix(F.Wm1, table.lower[i]!) & mask;
  out[k + 1] = mix(F.Shm1, table.shape[i]!) & mask;
  out[k + 2] = mix(mix(F.Gzm1, table.gaz[i]!), table.cas[i]!) & mask;
}

/** Features of the token whose right neighbour is word i. */
export function rightFeatures(out: Uint32Array, k: number, table: WordTable, i: number, mask: number): void {
  out[k] = mix(F.Wp1, table.lower[i]!) & mask;
  out[k + 1] = mix(F.Shp1, table.shape[i]!) & mask;
  out[k + 2] = mix(mix(F.Gzp1, table.gaz[i]!), table.cas[i]!) & mask;
}

/** The feature of the token two after word i (`before`), or two before it. */
export function farFeature(table: WordTable, i: number, before: boolean, mask: number): number {
  return mix(before ? F.Wm2 : F.Wp2, table.lower[i]!) & mask;
}

/** Line bits of token t: 4 first on its line, 2 last on its line, 1 glued to the previous token. */
export function lineBits(tokens: Tokens, t: number): number {
  const lineStart = (tokens.gap[t]! & 1) !== 0 || t === 0 ? 4 : 0;
  const lineEnd = t === tokens.count - 1 || (tokens.gap[t + 1]! & 1) !== 0 ? 2 : 0;
  return lineStart | lineEnd | ((tokens.gap[t]! & 2) === 0 ? 1 : 0);
}

/** The context features of the token at word i, with neighbours m2, m1 (before) and p1, p2 (after). */
export function contextFeatures(out: Uint32Array, k: number, table: WordTable, m2: number, m1: number, i: number, p1: number, p2: number, line: number, mask: number): void {
  const { lower, shape, gaz, cas, pre } = table;
  const c = cas[i]!;
  const cm1 = cas[m1]!;
  const cp1 = cas[p1]!;
  const oi = i * PRE;
  const om1 = m1 * PRE;
  const op1 = p1 * PRE;
  out[k] = BIAS & mask;
  out[k + 1] = mix(pre[om1 + P.ShPair]!, shape[i]!) & mask;
  out[k + 2] = mix(pre[oi + P.ShPairR]!, shape[p1]!) & mask;
  out[k + 3] = mix(pre[om1 + P.Wm1Sh0]!, shape[i]!) & mask;
  out[k + 4] = mix(pre[oi + P.Sh0Wp1]!, lower[p1]!) & mask;
  const gm1 = gaz[m1]!;
  const g = gaz[i]!;
  const gp1 = gaz[p1]!;
  out[k + 5] = ((gm1 | g | gp1) === 0 ? GZPAIR_NONE : mix(mix(F.GzPair, gm1 * 256 + g), gp1)) & mask;
  out[k + 6] = CS0LINE[c * 64 + cm1 * 8 + line]! & mask;
  out[k + 7] = mix(pre[om1 + P.Bi]!, lower[i]!) & mask;
  out[k + 8] = mix(pre[oi + P.BiR]!, lower[p1]!) & mask;
  out[k + 9] = CS3[cas[m2]! * 100 + cm1 * 10 + c + cp1 * 1000 + cas[p2]! * 10000]! & mask;
  out[k + 10] = mix(pre[m2 * PRE + P.Wm1Wm2]!, lower[m1]!) & mask;
  out[k + 11] = mix(pre[om1 + P.NumLeft]!, c) & mask;
  out[k + 12] = mix(pre[op1 + P.NumRight]!, g * 8 + c) & mask;
}

/**
 * Hashed feature indices (already reduced to `mask`) for every token: FEATURES_PER_TOKEN per token, row-major.
 * `gazetteer` maps lower-case words to GAZ bits. The trainer's view; the runtime sums the same indices' weights
 * through a per-word cache (tagger-scores.ts).
 */
export function featurize(text: string, tokens: Tokens, gazetteer: Gazetteer, mask: number): Uint32Array {
  const n = tokens.count;
  // Slots 0,1 before the text and n+2, n+3 after it hold boundary markers; token t is slot t + 2.
  const table = wordTable(n + 4);
  setBoundary(table, 0, false);
  setBoundary(table, 1, false);
  setBoundary(table, n + 2, true);
  setBoundary(table, n + 3, true);
  for (let t = 0; t < n; t += 1) setWord(table, t + 2, text, tokens.start[t]!, tokens.end[t]!, gazetteer);
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  let k = 0;
  for (let t = 0; t < n; t += 1) {
    const p = t + 2;
    selfFeatures(out, k, table, p, text, tokens.start[t]!, tokens.end[t]!, mask);
    leftFeatures(out, k + SELF_FEATURES, table, p - 1, mask);
    rightFeatures(out, k + SELF_FEATURES + SIDE_FEATURES, table, p + 1, mask);
    out[k + SELF_FEATURES + 2 * SIDE_FEATURES] = farFeature(table, p - 2, true, mask);
    out[k + SELF_FEATURES + 2 * SIDE_FEATURES + 1] = farFeature(table, p + 2, false, mask);
    contextFeatures(out, k + SELF_FEATURES + 2 * SIDE_FEATURES + 2, table, p - 2, p - 1, p, p + 1, p + 2, lineBits(tokens, t), mask);
    k += FEATURES_PER_TOKEN;
  }
  return out;
}
