
/** A run of digit groups joined by single separators, e.g. "4111 1111 1111 1111" or "432-11-8765". */
export interface DigitRun {
  groups: { start: number; end: number }[];
  /** separators[i] sits between groups[i] and groups[i + 1]. */
  separators: string[];
}

/**
 * ASCII digits (1) and letters (2), read from a table in the per-character loops below rather than through
 * imported helpers, which unbundled ES modules load through a binding on every call.
 */
const DIGIT = 1;
const LETTER = 2;
const asciiKind = new Uint8Array(128);
for (let code = 48; code <= 57; code += 1) asciiKind[code] = DIGIT;
for (let code = 65; code <= 90; code += 1) asciiKind[code] = LETTER;
for (let code = 97; code <= 122; code += 1) asciiKind[code] = LETTER;
const isDigitCode = (code: number): boolean => code < 128 && asciiKind[code] === DIGIT;
const isAlnumCode = (code: number): boolean => code < 128 && asciiKind[code] !== 0;

const SEPARATORS = new Set([' ', '-', '.', '\u00a0']);
const MAX_GROUPS = 8;
const MIN_DIGITS = 9;
const MAX_DIGITS = 24;
const nextDigit = /[0-9]/g;

/**
 * Splits text into digit runs in one pass. A run starts at a digit not glued to a letter or digit and stops at
 * anything else, after MAX_GROUPS groups or MAX_DIGITS digits (the rest starts a new run, so very long digit
 * strings cost linear time and never form a card or SSN).
 */
let memo: { text: string; runs: DigitRun[] } | undefined;

export function digitRuns(text: string): DigitRun[] {
  if (memo?.text === text) return memo.runs; // the card and SSN detectors ask one after the other
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    // Jump to the next digit natively: test() on a global regex moves lastIndex without allocating a match.
    nextDigit.lastIndex = i;
    if (!nextDigit.test(text)) break;
    i = nextDigit.lastIndex - 1;
    if (i > 0 && isAlnumCode(text.charCodeAt(i - 1))) {
      i += 1;
      continue;
    }
    const run: DigitRun = { groups: [], separators: [] };
    let digits = 0;
    for (;;) {
      const start = i;
      while (i < text.length && isDigitCode(text.charCodeAt(i))) i += 1;
      run.groups.push({ start, end: i });
      digits += i - start;
      const sep = text[i];
      if (sep === undefined || !SEPARATORS.has(sep) || !isDigitCode(text.charCodeAt(i + 1))) break;
      if (run.groups.length >= MAX_GROUPS || digits >= MAX_DIGITS) break;
      run.separators.push(sep);
      i += 1;
    }
    // A run glued to letters on its right ("1234abc") is an identifier, not a number.
    const glued = i < text.length && isAlnumCode(text.charCodeAt(i));
    // Shorter runs can be neither an SSN (9 digits) nor a card (12+): not kept, so ordinary numbers cost nothing.
    if (!glued && digits >= MIN_DIGITS && digits <= MAX_DIGITS) runs.push(run);
    while (i < text.length && isDigitCode(text.charCodeAt(i))) i += 1;
  }
  memo = { text, runs };
  return runs;
}

export const runDigits = (text: string, run: DigitRun, from = 0, to = run.groups.length - 1): string => {
  let out = '';
  for (let g = from; g <= to; g += 1) out += text.slice(run.groups[g]!.start, run.groups[g]!.end);
  return out;
};

/** Total digits of a run, without allocating (the id detectors first ask this, then look closer at the few that fit). */
export const runLength = (run: DigitRun): number => {
  let total = 0;
  for (const group of run.groups) total += group.end - group.start;
  return total;
};

/** Group lengths joined by '-' ("4-4-4"), for the few runs whose total already fits an identifier. */
export const runShape = (run: DigitRun): string => run.groups.map((g) => g.end - g.start).join('-');

/** All separators of the run are the same character (none counts). */
export const sameSeparators = (run: DigitRun): boolean => run.separators.every((sep) => sep === run.separators[0]);
