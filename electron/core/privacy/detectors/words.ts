/**
 * A word of any script with its offsets; apostrophes, hyphens and a trailing dot stay inside. Its strings are
 * made on first use: most words are only looked at through `mask`, `cap` and their offsets.
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
    /** Only ASCII characters: its lower-case form has the same length and no accented letter. */
    readonly ascii: boolean,
    /** One bit per wordFilter that may hold `lower`; PENDING for non-ASCII words until asked. */
    private maskValue: number,
  ) {}

  /** One bit per wordFilter that may hold `lower`. */
  get mask(): number {
    if (this.maskValue === PENDING) {
      // Lower-casing a non-ASCII word may change its letters and length: the filters see its lower-case form.
      const lower = this.lower;
      this.maskValue = filterMask(filterSlot(lower), lower.length);
    }
    return this.maskValue;
  }

  /**
   * False only when the lower-case form is certainly not in the list of wordFilter `bit`. A method, not an
   * imported helper: hot loops in other modules then need no module-binding load per call.
   */
  mayBeIn(bit: number): boolean {
    return (this.mask & bit) !== 0;
  }

  /** Only spaces (at most two) between this word and `right`: they belong to one name or one address line. */
  adjacentTo(right: Word): boolean {
    const gap = right.start - this.end;
    if (gap < 1 || gap > 2) return false;
    for (let i = this.end; i < right.start; i += 1) {
      const code = this.source.charCodeAt(i);
      if (code !== 32 && code !== 9) return false;
    }
    return true;
  }

  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  /** Lower case, without the trailing dot, typographic apostrophe as ASCII: the form lists are looked up by. */
  get lower(): string {
    if (this.lowerCache === undefined) {
      const body = this.source.slice(this.start, this.bodyEnd);
      let lower = body;
      if (this.ascii && !this.plain && !hasUpper(body, 1)) {
        // The usual capitalised word (The, Anna): lower-case its first letter only, without a runtime call.
        lower = String.fromCharCode(body.charCodeAt(0) | 32) + body.slice(1);
      } else if (!this.plain) {
        lower = body.toLowerCase();
        if (lower.includes('’')) lower = lower.replaceAll('’', "'");
      }
      this.lowerCache = lower;
    }
    return this.lowerCache;
  }
}

const MAX_WORD = 41;
// Patterns with \p{…} live at module level: some transpilers (tsx's esbuild) rewrite such a literal into
// `new RegExp(…)`, which would be built again on every call.
const letterOrDigit = /[\p{L}\p{N}]/u;
const combiningMark = /\p{M}/u;
const capitalisedStart = /^\p{Lu}(?:[\p{Ll}\p{M}'’-]|$)/u;
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
    kind = letterOrDigit.test(ch) ? 1 : combiningMark.test(ch) ? 2 : 0;
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
  const out = tokenize(text);
  memo = { text, words: out };
  return out;
}

/** The words of a text without touching the memo (for short side looks that must not evict the scanned text). */
export function tokenize(text: string): Word[] {
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
    let last = first;
    let stop = 0; // the code unit after the word (0 at the end of the text or of MAX_WORD)
    i += 1;
    for (; i < limit; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        const kind = asciiClass[code]!;
        if (kind === 0) {
          stop = code;
          break;
        }
        if ((kind & UPPER) !== 0) plain = false;
      } else {
        if (!isWordCode(code, false) && code !== 0x2019) {
          stop = code;
          break;
        }
        plain = false;
        ascii = false;
      }
      last = code;
    }
    const bodyEnd = i;
    if (i === limit && i < length) stop = text.charCodeAt(i);
    if (stop === 46) i += 1;
    let cap = false;
    if (!plain) {
      const second = bodyEnd - start > 1 ? text.charCodeAt(start + 1) : NaN;
      cap = first < 128 && !(second >= 128) ? asciiCapitalized(first, second) : capitalized(text.slice(start, bodyEnd));
    }
    const mask = ascii
      ? filterMask(asciiSlot(first, last, bodyEnd - start), bodyEnd - start)
      : nonAsciiEnd(first, last)
        ? filterMask(OTHER, 0)
        : PENDING;
    out.push(new Word(text, start, i, bodyEnd, cap, plain, ascii, mask));
  }
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
  return capitalisedStart.test(body);
}

/** True when an ASCII upper-case letter occurs in `body` from `from` on. */
function hasUpper(body: string, from: number): boolean {
  for (let k = from; k < body.length; k += 1) {
    const code = body.charCodeAt(k);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/**
 * Word-list filters by (first letter, last letter, length): they rule most words out without hashing them, so
 * the Set behind a filter is asked only about the few words that could be in it. The tokenizer reads every
 * filter at once: filterMasks[slot * 16 + min(length, 15)] holds one bit per filter. Lengths of 15 and more share
 * a bucket, which keeps the table small enough for the L1 cache (a filter only has to let every member through).
 * Members outside a-z…a-z of length 1–31 fall in the OTHER slot, which then lets every such word through.
 */
const OTHER = 26 * 26;
/** Not a mask (masks are 16-bit): a non-ASCII word's mask is worked out when first asked. */
const PENDING = -1;
const LENGTH_BUCKETS = 16;
const filterMasks = new Uint16Array((OTHER + 1) * LENGTH_BUCKETS);
const filterMask = (slot: number, length: number): number => filterMasks[slot * LENGTH_BUCKETS + Math.min(length, LENGTH_BUCKETS - 1)]!;
let filterCount = 0;

/** Registers a word list (at module load, before any scan; at most 16 lists) and returns its bit for mayContain. */
export function wordFilter(list: Iterable<string>): number {
  const bit = 1 << filterCount;
  filterCount += 1;
  const mark = (index: number): void => {
    filterMasks[index] = filterMasks[index]! | bit;
  };
  for (const word of list) {
    const slot = filterSlot(word);
    if (slot === OTHER) for (let bucket = 0; bucket < LENGTH_BUCKETS; bucket += 1) mark(OTHER * LENGTH_BUCKETS + bucket);
    else mark(slot * LENGTH_BUCKETS + Math.min(word.length, LENGTH_BUCKETS - 1));
  }
  return bit;
}


/**
 * The lower-case form of a word starting or ending with this non-ASCII character starts or ends outside a-z, so
 * its filter slot is OTHER without lower-casing it. Only U+0130 (İ → i̇) and U+212A (Kelvin sign → k) lower-case
 * to an ASCII first character, and only U+212A to an ASCII last one (checked over the whole BMP).
 */
const nonAsciiEnd = (first: number, last: number): boolean => (first >= 128 && first !== 0x130 && first !== 0x212a) || (last >= 128 && last !== 0x212a);

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
