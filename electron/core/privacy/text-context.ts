/** Small helpers shared by detectors: character classes and bounded look-around for context words. */

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
export const isAsciiLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
export const isAlnumCode = (code: number): boolean => isDigitCode(code) || isAsciiLetterCode(code);
/** Letters of any script, digits and underscore: a "word" character for boundary checks. */
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** Lower-cased text of at most `size` characters before `index`, without a word cut in half at its start. */
export function before(text: string, index: number, size: number): string {
  let start = Math.max(0, index - size);
  while (start > 0 && start < index && isWordChar(text[start - 1]) && isWordChar(text[start])) start += 1;
  return text.slice(start, index).toLowerCase();
}

/** Lower-cased text of at most `size` characters after `index`. */
export const after = (text: string, index: number, size: number): string => text.slice(index, index + size).toLowerCase();

/** True when one of `words` occurs as a whole word in `window` (already lower-cased). */
export function hasWord(window: string, words: readonly string[]): boolean {
  for (const word of words) {
    let from = 0;
    for (;;) {
      const at = window.indexOf(word, from);
      if (at === -1) break;
      const left = window[at - 1];
      const right = window[at + word.length];
      if (!isWordChar(left) && !isWordChar(right)) return true;
      from = at + 1;
    }
  }
  return false;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Runs a global regex over text and calls `onMatch` per match; guards against empty matches looping. */
export function eachMatch(regex: RegExp, text: string, onMatch: (match: RegExpExecArray) => void): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex += 1;
    onMatch(match);
  }
}
