/** A maximal run of ASCII letters and digits that holds at least one digit ("12345678Z", "bc1q…", "0x5aAe…"). */
export interface IdToken {
  start: number;
  end: number;
  digits: number;
}

const ALNUM = 1;
const DIGIT = 2;
const kind = new Uint8Array(128);
for (let code = 48; code <= 57; code += 1) kind[code] = ALNUM | DIGIT;
for (let code = 65; code <= 90; code += 1) kind[code] = ALNUM;
for (let code = 97; code <= 122; code += 1) kind[code] = ALNUM;
const isAlnum = (code: number): boolean => code < 128 && kind[code] !== 0;
const nextDigit = /[0-9]/g;
/** Longer tokens are no identifier this engine knows (bech32 P2WSH/P2TR addresses are the longest, 62). */
const MAX_TOKEN = 90;

let memo: { text: string; tokens: IdToken[] } | undefined;

/**
 * The letter-and-digit tokens of a text that hold a digit, in one pass that jumps from digit to digit natively
 * (prose has few), so the national-id and wallet detectors never run a regex over the whole text. Kept for the
 * last text: several detectors ask one after the other.
 */
export function idTokens(text: string): IdToken[] {
  if (memo?.text === text) return memo.tokens;
  const tokens: IdToken[] = [];
  let i = 0;
  while (i < text.length) {
    nextDigit.lastIndex = i;
    if (!nextDigit.test(text)) break;
    let start = nextDigit.lastIndex - 1;
    // i is 0 or the non-alphanumeric character after the previous token, so this walk never re-reads a token.
    while (start > i && isAlnum(text.charCodeAt(start - 1))) start -= 1;
    let end = start;
    let digits = 0;
    for (; end < text.length; end += 1) {
      const code = text.charCodeAt(end);
      if (!isAlnum(code)) break;
      if ((kind[code]! & DIGIT) !== 0) digits += 1;
    }
    if (end - start <= MAX_TOKEN) tokens.push({ start, end, digits });
    i = end;
  }
  memo = { text, tokens };
  return tokens;
}

/** Is the code unit an ASCII letter or digit (for boundary checks around spaced forms)? */
export const isIdChar = (code: number): boolean => code < 128 && kind[code] !== 0;
