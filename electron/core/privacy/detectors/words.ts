/**
 * A word of any script with its offsets; apostrophes, hyphens and a trailing dot stay inside. Its strings are
 * made on first use: most words are only looked at through `slot`, `cap` and their offsets.
 */
export class Word {
  private textCache: string | undefined;
  private lowerCache: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** End of the word without its trailing dot. */
    readonly bodyEnd: number,
    /** Starts with a capital followed by a lower-case letter (Anna, O'Neil), or is a lone capital (J, J.). */
    readonly cap: boolean,
    /** Lower-case ASCII letters and digits only (no toLowerCase needed). */
    private readonly plain: boolean,
    /** wordFilter slot of `lower`, or UNKNOWN_SLOT for words with non-ASCII characters. */
    readonly slot: number,
  ) {}

  /** Only ASCII characters: its lower-case form has the same length and no accented letter. */
  get ascii(): boolean {
    return this.slot !== UNKNOWN_SLOT;
  }

  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  /** Lower case, without the trailing dot, typographic apostrophe as ASCII: the form lists are looked up by. */
  get lower(): string {
    if (this.lowerCache === undefined) {
      const body = this.source.slice(this.start, this.bodyEnd);
      let lower = body;
      if (!this.plain) {
        lower = body.toLowerCase();
        if (lower.includes('’')) lower = lower.replaceAll('’', "'");
      }
      this.lowerCache = lower;
    }
    return this.lowerCache;
  }
}

const MAX_WORD = 41;
/**
 * Non-ASCII code unit → its kind + 1 once known: 1 not a word character, 2 letter or digit, 3 combining mark
 * (never starts a word); 0 not yet asked. A 64 K table instead of a Map: read for every non-ASCII character.
 */
const nonAsciiKind = new Uint8Array(0x10000);

/** Letters and digits of any script (marks too, after the first character); apostrophes and hyphens join. */
function isWordCode(code: number, first: boolean): boolean {
  if (code < 128) return isAsciiAlnum(code);
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral symbols (emoji): not part of a word
  let kind = nonAsciiKind[code]! - 1;
  if (kind === -1) {
    const ch = String.fromCharCode(code);
    kind = /[\p{L}\p{N}]/u.test(ch) ? 1 : /\p{M}/u.test(ch) ? 2 : 0;
    nonAsciiKind[code] = kind + 1;
  }
  return kind === 1 || (kind === 2 && !first);
}

const isAsciiAlnum = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** ASCII classes for the tokenizer's inner loop: a table read instead of range comparisons. */
const ALNUM = 1;
const UPPER = 2;
const JOINER = 4; // apostrophe, hyphen: inside a word, never at its start
const asciiClass = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  if (isAsciiAlnum(code)) asciiClass[code] = ALNUM | (code >= 65 && code <= 90 ? UPPER : 0);
}
asciiClass[39] = JOINER;
asciiClass[45] = JOINER;

let memo: { text: string; words: Word[] } | undefined;

/**
 * Splits text into words in one linear pass: a letter or digit, then up to 40 letters, digits, marks, apostrophes
 * or hyphens, then an optional dot. Three detectors ask for the words of the same text in a row, so the last
 * result is kept.
 */
export function words(text: string): Word[] {
  if (memo?.text === text) return memo.words;
  const out: Word[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    const firstClass = first < 128 ? asciiClass[first]! : isWordCode(first, true) ? ALNUM : 0;
    if ((firstClass & ALNUM) === 0) {
      i += 1;
      continue;
    }
    const start = i;
    // Tracked while scanning, so most words (lower-case ASCII) need no toLowerCase and no apostrophe rewrite.
    let plain = first < 128 && (firstClass & UPPER) === 0;
    let ascii = first < 128;
    const limit = Math.min(length, start + MAX_WORD);
    i += 1;
    for (; i < limit; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        const kind = asciiClass[code]!;
        if (kind === 0) break;
        if ((kind & UPPER) !== 0) plain = false;
      } else {
        if (!isWordCode(code, false) && code !== 0x2019) break;
        plain = false;
        ascii = false;
      }
    }
    const bodyEnd = i;
    if (i < length && text.charCodeAt(i) === 46) i += 1;
    let cap = false;
    if (!plain) {
      const second = bodyEnd - start > 1 ? text.charCodeAt(start + 1) : NaN;
      cap = first < 128 && !(second >= 128) ? asciiCapitalized(first, second) : capitalized(text.slice(start, bodyEnd));
    }
    out.push(new Word(text, start, i, bodyEnd, cap, plain, ascii ? asciiSlot(text.charCodeAt(start), text.charCodeAt(bodyEnd - 1), bodyEnd - start) : UNKNOWN_SLOT));
  }
  memo = { text, words: out };
  return out;
}

export const bare = (word: Word): string => (word.text.endsWith('.') ? word.text.slice(0, -1) : word.text);

/** A-Z, then a-z, an apostrophe or a hyphen (or nothing, NaN: a lone initial). */
const asciiCapitalized = (first: number, second: number): boolean =>
  first >= 65 && first <= 90 && (Number.isNaN(second) || (second >= 97 && second <= 122) || second === 39 || second === 45);

function capitalized(body: string): boolean {
  const first = body.charCodeAt(0);
  const second = body.charCodeAt(1);
  if (first < 128 && (second < 128 || Number.isNaN(second))) return asciiCapitalized(first, second);
  return /^\p{Lu}(?:[\p{Ll}\p{M}'’-]|$)/u.test(body);
}
/** Only spaces (at most two) between two words: they belong to one name or one address line. */
export function adjacent(text: string, left: Word, right: Word): boolean {
  const gap = right.start - left.end;
  if (gap < 1 || gap > 2) return false;
  // A char loop, not a regex on a slice: called for most word pairs.
  for (let i = left.end; i < right.start; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * A word list's filter by (first letter, last letter, length): it rules most words out without hashing them, so
 * the Set behind it is asked only about the few that could be in it. Members outside a-z…a-z of length 1–31
 * set the last slot, which lets every such word through.
 */
export function wordFilter(list: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(26 * 26 + 1);
  for (const word of list) {
    const slot = filterSlot(word);
    if (slot === OTHER) bits[OTHER] = 1;
    else bits[slot] = bits[slot]! | (1 << word.length);
  }
  return bits;
}

/** False only when the word's lower-case form is certainly not in the list `filter` was built from. */
export function mayContain(filter: Uint32Array, word: Word): boolean {
  if (word.slot !== UNKNOWN_SLOT) return word.slot === OTHER ? filter[OTHER] === 1 : ((filter[word.slot]! >>> (word.bodyEnd - word.start)) & 1) === 1;
  // Lower-casing a non-ASCII word may change its letters and length: ask its lower-case form.
  const lower = word.lower;
  const slot = filterSlot(lower);
  return slot === OTHER ? filter[OTHER] === 1 : ((filter[slot]! >>> lower.length) & 1) === 1;
}

const OTHER = 26 * 26;
const UNKNOWN_SLOT = -1;

/** filterSlot of an ASCII word's lower-case form, from its first and last character codes. */
function asciiSlot(first: number, last: number, length: number): number {
  if (length > 31) return OTHER;
  const a = (first >= 65 && first <= 90 ? first + 32 : first) - 97;
  const b = (last >= 65 && last <= 90 ? last + 32 : last) - 97;
  return a >= 0 && a <= 25 && b >= 0 && b <= 25 ? a * 26 + b : OTHER;
}

function filterSlot(word: string): number {
  const length = word.length;
  if (length === 0 || length > 31) return OTHER;
  const first = word.charCodeAt(0) - 97;
  const last = word.charCodeAt(length - 1) - 97;
  return first >= 0 && first <= 25 && last >= 0 && last <= 25 ? first * 26 + last : OTHER;
}
