import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isFunctionWord } from './function-words';
import { isThingWord } from './thing-words';
import { cachedEmissions, createWordCache, type ScoringModel } from './tagger-scores';
import { FEATURES_PER_TOKEN, GAZ, gazetteerBits, gazetteerKey, hashLower, TAG_COUNT, TAGS, tokenize, type GazetteerName, type Tokens } from './tagger-features';

/** model.json: everything but the weight table, which is weights.bin (Int16, little-endian, bucket-major). */
export const modelHeaderSchema = z.object({
  format: z.literal('switchyard-pii-tagger/1'),
  tags: z.array(z.string()).refine((tags) => tags.join() === TAGS.join(), 'tags differ from this build'),
  featuresPerToken: z.literal(FEATURES_PER_TOKEN),
  bucketBits: z.number().int().min(10).max(24),
  /** Weight = stored Int16 × scale. */
  scale: z.number().positive(),
  /** transitions[from][to], from the tag of the previous token (row TAG_COUNT: text start). */
  transitions: z.array(z.array(z.number()).length(TAG_COUNT)).length(TAG_COUNT + 1),
  gazetteers: z.record(z.enum(Object.keys(GAZ) as [GazetteerName, ...GazetteerName[]]), z.array(z.string())),
  weightsFile: z.string().regex(/^[\w.-]+$/),
  trainedOn: z.string(),
});
export type ModelHeader = z.infer<typeof modelHeaderSchema>;

export interface TaggerModel extends ScoringModel {
  transitions: Float32Array;
}

/** A tagged run of tokens as character offsets. */
export interface TaggedSpan {
  type: 'PERSON' | 'STREET_ADDRESS';
  start: number;
  end: number;
  /** Mean margin of the span's tags over 'O' (≥ 0), squashed to 0..1. */
  confidence: number;
}

export function buildGazetteer(lists: Partial<Record<GazetteerName, readonly string[]>>): Map<number, number> {
  const map = new Map<number, number>();
  for (const [name, words] of Object.entries(lists) as [GazetteerName, readonly string[]][]) {
    for (const word of words) {
      const lower = gazetteerKey(word);
      const key = hashLower(lower, 0, lower.length);
      map.set(key, (map.get(key) ?? 0) | GAZ[name]);
    }
  }
  return map;
}

/** Reads and validates model.json and its weight file; throws on any mismatch. */
export function loadTaggerModel(dir: string): TaggerModel {
  const header = modelHeaderSchema.parse(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')));
  const raw = readFileSync(join(dir, header.weightsFile));
  const expected = (1 << header.bucketBits) * TAG_COUNT * 2;
  if (raw.byteLength !== expected) throw new Error(`PII tagger weights: ${raw.byteLength} bytes, expected ${expected}`);
  // A copy, aligned: the file's buffer may start at an odd offset (Buffer pools).
  const weights = new Int16Array(raw.byteLength / 2);
  new Uint8Array(weights.buffer).set(raw);
  return {
    mask: (1 << header.bucketBits) - 1,
    weights,
    scale: header.scale,
    transitions: Float32Array.from(header.transitions.flat()),
    gazetteer: buildGazetteer(header.gazetteers),
    cache: createWordCache(),
  };
}

/** Per-token emission scores: TAG_COUNT per token. */
export function emissions(weights: Float32Array, features: Uint32Array, count: number): Float32Array {
  const scores = new Float32Array(count * TAG_COUNT);
  for (let t = 0; t < count; t += 1) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    const base = t * FEATURES_PER_TOKEN;
    for (let f = 0; f < FEATURES_PER_TOKEN; f += 1) {
      const w = features[base + f]! * TAG_COUNT;
      s0 += weights[w]!;
      s1 += weights[w + 1]!;
      s2 += weights[w + 2]!;
      s3 += weights[w + 3]!;
      s4 += weights[w + 4]!;
    }
    const o = t * TAG_COUNT;
    scores[o] = s0;
    scores[o + 1] = s1;
    scores[o + 2] = s2;
    scores[o + 3] = s3;
    scores[o + 4] = s4;
  }
  return scores;
}

/** Best tag sequence under emission + transition scores (first-order Viterbi). */
export function viterbi(scores: Float32Array, transitions: Float32Array, count: number): Uint8Array {
  const tags = new Uint8Array(count);
  if (count === 0) return tags;
  const back = new Uint8Array(count * TAG_COUNT);
  let prev = new Float64Array(TAG_COUNT);
  let next = new Float64Array(TAG_COUNT);
  for (let j = 0; j < TAG_COUNT; j += 1) prev[j] = transitions[TAG_COUNT * TAG_COUNT + j]! + scores[j]!;
  for (let t = 1; t < count; t += 1) {
    for (let j = 0; j < TAG_COUNT; j += 1) {
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < TAG_COUNT; i += 1) {
        const v = prev[i]! + transitions[i * TAG_COUNT + j]!;
        if (v > best) {
          best = v;
          arg = i;
        }
      }
      next[j] = best + scores[t * TAG_COUNT + j]!;
      back[t * TAG_COUNT + j] = arg;
    }
    const swap = prev;
    prev = next;
    next = swap;
  }
  let arg = 0;
  for (let j = 1; j < TAG_COUNT; j += 1) if (prev[j]! > prev[arg]!) arg = j;
  for (let t = count - 1; t >= 0; t -= 1) {
    tags[t] = arg;
    arg = back[t * TAG_COUNT + arg]!;
  }
  return tags;
}

/** The best predecessor of one tag: the first i with the highest prev[i] + T[i][j] (the order viterbi compares in). */
function bestOf(p0: number, p1: number, p2: number, p3: number, p4: number, t0: number, t1: number, t2: number, t3: number, t4: number): number {
  let best = p0 + t0;
  let arg = 0;
  if (p1 + t1 > best) { best = p1 + t1; arg = 1; }
  if (p2 + t2 > best) { best = p2 + t2; arg = 2; }
  if (p3 + t3 > best) { best = p3 + t3; arg = 3; }
  if (p4 + t4 > best) arg = 4;
  return arg;
}

/**
 * viterbi for the runtime's five tags, unrolled: the previous column and the transitions live in locals, not typed
 * arrays (the tagger's most frequent loop after the emission sums; tests/unit/privacy/tagger-viterbi.test.ts
 * checks it against viterbi).
 */
export function viterbi5(scores: Float32Array, transitions: Float32Array, count: number): Uint8Array {
  if (TAG_COUNT !== 5) return viterbi(scores, transitions, count);
  const tags = new Uint8Array(count);
  if (count === 0) return tags;
  const T = transitions;
  const t00 = T[0]!, t01 = T[1]!, t02 = T[2]!, t03 = T[3]!, t04 = T[4]!;
  const t10 = T[5]!, t11 = T[6]!, t12 = T[7]!, t13 = T[8]!, t14 = T[9]!;
  const t20 = T[10]!, t21 = T[11]!, t22 = T[12]!, t23 = T[13]!, t24 = T[14]!;
  const t30 = T[15]!, t31 = T[16]!, t32 = T[17]!, t33 = T[18]!, t34 = T[19]!;
  const t40 = T[20]!, t41 = T[21]!, t42 = T[22]!, t43 = T[23]!, t44 = T[24]!;
  const back = new Uint8Array(count * 5);
  let p0 = T[25]! + scores[0]!, p1 = T[26]! + scores[1]!, p2 = T[27]! + scores[2]!, p3 = T[28]! + scores[3]!, p4 = T[29]! + scores[4]!;
  const pick = (arg: number, v0: number, v1: number, v2: number, v3: number, v4: number): number =>
    arg === 0 ? v0 : arg === 1 ? v1 : arg === 2 ? v2 : arg === 3 ? v3 : v4;
  for (let t = 1; t < count; t += 1) {
    const o = t * 5;
    const a0 = bestOf(p0, p1, p2, p3, p4, t00, t10, t20, t30, t40);
    const a1 = bestOf(p0, p1, p2, p3, p4, t01, t11, t21, t31, t41);
    const a2 = bestOf(p0, p1, p2, p3, p4, t02, t12, t22, t32, t42);
    const a3 = bestOf(p0, p1, p2, p3, p4, t03, t13, t23, t33, t43);
    const a4 = bestOf(p0, p1, p2, p3, p4, t04, t14, t24, t34, t44);
    const n0 = pick(a0, p0 + t00, p1 + t10, p2 + t20, p3 + t30, p4 + t40) + scores[o]!;
    const n1 = pick(a1, p0 + t01, p1 + t11, p2 + t21, p3 + t31, p4 + t41) + scores[o + 1]!;
    const n2 = pick(a2, p0 + t02, p1 + t12, p2 + t22, p3 + t32, p4 + t42) + scores[o + 2]!;
    const n3 = pick(a3, p0 + t03, p1 + t13, p2 + t23, p3 + t33, p4 + t43) + scores[o + 3]!;
    const n4 = pick(a4, p0 + t04, p1 + t14, p2 + t24, p3 + t34, p4 + t44) + scores[o + 4]!;
    back[o] = a0; back[o + 1] = a1; back[o + 2] = a2; back[o + 3] = a3; back[o + 4] = a4;
    p0 = n0; p1 = n1; p2 = n2; p3 = n3; p4 = n4;
  }
  let arg = 0;
  let best = p0;
  if (p1 > best) { best = p1; arg = 1; }
  if (p2 > best) { best = p2; arg = 2; }
  if (p3 > best) { best = p3; arg = 3; }
  if (p4 > best) arg = 4;
  for (let t = count - 1; t >= 0; t -= 1) {
    tags[t] = arg;
    arg = back[t * 5 + arg]!;
  }
  return tags;
}

/** Longest piece tagged at once: memory stays bounded for large inputs; pieces end at a line break if one is near. */
const WINDOW = 4096;

/** Tags a text and returns its PERSON and STREET_ADDRESS runs. */
export function tagText(model: TaggerModel, text: string): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  // Each window's tokens, kept for the repeated-names pass instead of tokenizing the whole text again.
  const windows: Tokens[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + WINDOW);
    if (to < text.length) to = cutAt(text, from + WINDOW / 2, to);
    const tokens = tagWindow(model, text, from, to, spans);
    if (tokens !== undefined) windows.push(tokens);
    from = to;
  }
  return spans.some((span) => span.type === 'PERSON') ? withRepeatedNames(model, text, spans, windows) : spans;
}

/** The hash of a Title Case word (not ALL CAPS) of at least 3 letters, else undefined: cheap, no list lookups. */
function titleCaseHash(text: string, from: number, to: number): number | undefined {
  if (to - from < 3) return undefined;
  const first = text[from]!;
  const second = text[from + 1]!;
  if (first === first.toLowerCase() || second === second.toUpperCase()) return undefined;
  return hashLower(text, from, to);
}

/** A name part worth repeating: Title Case, no title ("Dr"), function or thing word. Its hash, or undefined. */
function namePart(model: TaggerModel, text: string, from: number, to: number): number | undefined {
  const hash = titleCaseHash(text, from, to);
  if (hash === undefined || isFunctionWord(text, from, to) || isThingWord(text, from, to)) return undefined;
  return (gazetteerBits(text, from, to, model.gazetteer, hash) & GAZ.title) === 0 ? hash : undefined;
}

/** True for a word of the given-name or family-name lists. */
function listedName(model: TaggerModel, text: string, from: number, to: number, hash: number): boolean {
  return (gazetteerBits(text, from, to, model.gazetteer, hash) & (GAZ.first | GAZ.last)) !== 0;
}

/**
 * Second pass: a name found once names the same person where it comes again ("Kevin Walsh joined in May. Walsh
 * said…", "Priya and I … Priya's notes"). The Title Case words of the PERSON spans found that are listed given or
 * family names (an unlisted one was too often a heading or a product: "Plan" out of "Plan B. Joe", "Mythandria",
 * read on Arena-Hard prompts) are looked up at every other Title Case token outside the spans; a repeat becomes
 * a PERSON span of its own.
 */
function withRepeatedNames(model: TaggerModel, text: string, spans: TaggedSpan[], windows: readonly Tokens[]): TaggedSpan[] {
  const parts = new Set<number>();
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const covered = windows.map((tokens) => new Uint8Array(tokens.count));
  let s = 0;
  windows.forEach((tokens, w) => {
    for (let u = 0; u < tokens.count; u += 1) {
      const from = tokens.start[u]!;
      const to = tokens.end[u]!;
      while (s < sorted.length && sorted[s]!.end <= from) s += 1;
      // Spans never overlap one another and lie inside one window's tokens: the first span not ended is the only candidate.
      const span = sorted[s];
      if (span === undefined || span.start >= to) continue;
      covered[w]![u] = 1;
      if (span.type !== 'PERSON') continue;
      const hash = namePart(model, text, from, to);
      if (hash !== undefined && listedName(model, text, from, to, hash)) parts.add(hash);
    }
  });
  if (parts.size === 0) return spans;
  const out = [...spans];
  windows.forEach((tokens, w) => {
    for (let u = 0; u < tokens.count; u += 1) {
      if (covered[w]![u] === 1) continue;
      const from = tokens.start[u]!;
      const to = tokens.end[u]!;
      // Every word in `parts` passed namePart already: a Title Case token with the same hash is a repeat.
      const hash = titleCaseHash(text, from, to);
      if (hash !== undefined && parts.has(hash)) out.push({ type: 'PERSON', start: from, end: to, confidence: 0.6 });
    }
  });
  return out.length === spans.length ? spans : out.sort((a, b) => a.start - b.start);
}

/** The last line break in [lo, hi), else the last space, else hi: a bounded look back (never past lo). */
function cutAt(text: string, lo: number, hi: number): number {
  let space = -1;
  for (let i = hi - 1; i >= lo; i -= 1) {
    const code = text.charCodeAt(i);
    if (code === 10) return i;
    if (code === 32 && space === -1) space = i;
  }
  return space === -1 ? hi : space;
}

/**
 * True when text[from, to) has two letters in a row somewhere. Every span the tagger keeps holds such a word (lone
 * letters are dropped, addresses have a street or place name), so pieces without one — digit runs, "1.1.1.1.",
 * "a@a." junk — are skipped without tagging.
 */
function hasWord(text: string, from: number, to: number): boolean {
  let previous = false;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    const letter = code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : code > 0xbf;
    if (letter && previous) return true;
    previous = letter;
  }
  return false;
}

/** Tags one window, adding its spans; returns its tokens (undefined when it was skipped). */
function tagWindow(model: TaggerModel, text: string, from: number, to: number, spans: TaggedSpan[]): Tokens | undefined {
  if (!hasWord(text, from, to)) return undefined;
  const tokens = tokenize(text, from, to);
  if (tokens.count === 0) return undefined;
  const scores = cachedEmissions(model, text, tokens);
  const tags = viterbi5(scores, model.transitions, tokens.count);
  let t = 0;
  while (t < tokens.count) {
    const tag = tags[t]!;
    if (tag === 0) {
      t += 1;
      continue;
    }
    const person = tag <= 2;
    const inside = person ? 2 : 4;
    let last = t;
    let margin = scores[t * TAG_COUNT + tag]! - scores[t * TAG_COUNT]!;
    while (last + 1 < tokens.count && tags[last + 1] === inside) {
      last += 1;
      margin += scores[last * TAG_COUNT + inside]! - scores[last * TAG_COUNT]!;
    }
    if (person ? weakName(model, text, tokens, t, last) : !(hasHouseNumber(text, tokens.start[t]!, tokens.end[last]!) || namedStreet(model, text, tokens, t, last))) {
      t = last + 1;
      continue;
    }
    spans.push({
      type: person ? 'PERSON' : 'STREET_ADDRESS',
      start: tokens.start[t]!,
      end: tokens.end[last]!,
      confidence: 0.5 + 0.45 * Math.tanh(Math.max(0, margin / (last - t + 1)) / 4),
    });
    t = last + 1;
  }
  return tokens;
}

/**
 * Rules over the tagger's output (measured on real prompts and code): a lone letter is not a name, nor a lone
 * function word ("among", "An", "No") or thing word ("Venus", "Nine"), and neither is one capitalised word opening a sentence ("Upgrade from…", "Traffic from…") unless it is a listed name.
 */
function weakName(model: TaggerModel, text: string, tokens: Tokens, first: number, last: number): boolean {
  const from = tokens.start[first]!;
  const to = tokens.end[last]!;
  if (to - from === 1) return true;
  if (first !== last) return false;
  if (isFunctionWord(text, from, to) || isThingWord(text, from, to)) return true;
  const before = first === 0 ? '' : text.slice(tokens.start[first - 1]!, tokens.end[first - 1]!);
  const opensSentence = first === 0 || (tokens.gap[first]! & 1) !== 0 || before === '.' || before === '!' || before === '?';
  if (!opensSentence) return false;
  return (gazetteerBits(text, from, to, model.gazetteer, hashLower(text, from, to)) & (GAZ.first | GAZ.last)) === 0;
}

/**
 * A street without a number ("Maple Avenue", "Rue de la Paix") is kept when it has a street word and another word
 * beside it: the tagger marks it only where the context says it is a place ("I live on …").
 */
function namedStreet(model: TaggerModel, text: string, tokens: Tokens, first: number, last: number): boolean {
  if (first === last) return false;
  for (let t = first; t <= last; t += 1) {
    const from = tokens.start[t]!;
    const to = tokens.end[t]!;
    if ((gazetteerBits(text, from, to, model.gazetteer, hashLower(text, from, to)) & GAZ.street) !== 0) return true;
  }
  return false;
}

/** An address has a house, box or postal number: a run of 1–6 digits ("total 4111111111" is not one). */
function hasHouseNumber(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i <= to; i += 1) {
    const code = i < to ? text.charCodeAt(i) : 0;
    if (code >= 48 && code <= 57) run += 1;
    else {
      if (run >= 1 && run <= 6) return true;
      run = 0;
    }
  }
  return false;
}
