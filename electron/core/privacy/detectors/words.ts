/** A word of any script with its offsets; apostrophes, hyphens and a trailing dot stay inside. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]{0,40}\.?/gu;

let memo: { text: string; words: Word[] } | undefined;

/**
 * Splits text into words in one linear pass (every quantifier bounded). Three detectors ask for the words of the
 * same text one after another, so the last result is kept.
 */
export function words(text: string): Word[] {
  if (memo?.text === text) return memo.words;
  const out: Word[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
    out.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  memo = { text, words: out };
  return out;
}

export const bare = (word: Word): string => (word.text.endsWith('.') ? word.text.slice(0, -1) : word.text);
export const isCapitalized = (value: string): boolean => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(value) || /^\p{Lu}\.?$/u.test(value);
/** Only spaces (at most two) between two words: they belong to one name or one address line. */
export const adjacent = (text: string, left: Word, right: Word): boolean => right.start - left.end >= 1 && right.start - left.end <= 2 && /^[ \t]{1,2}$/.test(text.slice(left.end, right.start));
