/**
 * Accent-free lower-case letters for the category lexicons: "Diabète", "diabete" and "DIABETE" are one word, so
 * one list serves text typed with or without accents. Only Latin letters up to U+024F are folded.
 */
const FOLD_LIMIT = 0x250;
/** Code unit → folded ASCII code (0 when it is not a letter or digit). */
const foldCode = new Uint8Array(FOLD_LIMIT);
for (let code = 0; code < FOLD_LIMIT; code += 1) {
  const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
  const ascii = base.charCodeAt(0);
  if ((ascii >= 97 && ascii <= 122) || (ascii >= 48 && ascii <= 57)) foldCode[code] = ascii;
}
for (const [ch, to] of [['ß', 's'], ['ø', 'o'], ['Ø', 'o'], ['æ', 'a'], ['Æ', 'a'], ['œ', 'o'], ['Œ', 'o'], ['đ', 'd'], ['ł', 'l'], ['Ł', 'l']] as const) {
  foldCode[ch.charCodeAt(0)] = to.charCodeAt(0);
}
const ligatures: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', Æ: 'ae', Œ: 'oe' };
const nonAscii = /[^\p{ASCII}]/u;

/** The accent-free lower-case form of a lower-case word; ASCII words are returned as they are. */
export function fold(lower: string): string {
  if (!nonAscii.test(lower)) return lower;
  let out = '';
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    const ligature = ligatures[ch];
    if (ligature !== undefined) out += ligature;
    else if (code < FOLD_LIMIT && foldCode[code] !== 0) out += String.fromCharCode(foldCode[code]!);
    else if (!/\p{M}/u.test(ch)) out += ch;
  }
  return out;
}

/** Symbols of a gate key: 1–26 letters, 27–36 digits, 0 anything else (or past the end of the word). */
const SYMBOLS = 37;
export const GATE_SIZE = SYMBOLS * SYMBOLS * SYMBOLS;

/** Code unit → gate symbol, for the code units that fold; every other code unit is symbol 0. */
const symbols = new Uint8Array(FOLD_LIMIT);
for (let code = 0; code < FOLD_LIMIT; code += 1) {
  const folded = foldCode[code]!;
  symbols[code] = folded >= 97 ? folded - 96 : folded >= 48 ? folded - 48 + 27 : 0;
}
const symbol = (code: number): number => (code < FOLD_LIMIT ? symbols[code]! : 0);
export const symbolOf = symbol;

/**
 * The gate key of the first three characters of text[from, to): a number in [0, GATE_SIZE) read from char
 * codes, with no string made, so every word of a text can be checked at the cost of three table reads.
 * (ß counts as one symbol, s, where fold() gives ss: no lexicon entry has ß or a ligature among its first or
 * last three letters, so the keys of a text word and of its entry still agree.)
 */
export function headKey(text: string, from: number, to: number): number {
  const a = from < to ? symbol(text.charCodeAt(from)) : 0;
  const b = from + 1 < to ? symbol(text.charCodeAt(from + 1)) : 0;
  const c = from + 2 < to ? symbol(text.charCodeAt(from + 2)) : 0;
  return (a * SYMBOLS + b) * SYMBOLS + c;
}

/** The gate key of the last three characters of text[from, to). */
export function tailKey(text: string, from: number, to: number): number {
  const a = to - 3 >= from ? symbol(text.charCodeAt(to - 3)) : 0;
  const b = to - 2 >= from ? symbol(text.charCodeAt(to - 2)) : 0;
  const c = to - 1 >= from ? symbol(text.charCodeAt(to - 1)) : 0;
  return (a * SYMBOLS + b) * SYMBOLS + c;
}
