import { before, hasWord } from '../text-context';
import type { Span } from '../types';
import { isIdChar, type IdToken } from './id-tokens';

const ninoWords = ['national insurance', 'ni number', 'ni no', 'nino', 'nin', 'insurance number', 'ni'];
/** Product and booking codes share the shape: next to these words, a bare code is not a NINO. */
const notNinoWords = ['sku', 'order', 'part', 'model', 'serial', 'item', 'product', 'ref', 'reference', 'invoice', 'ticket', 'booking', 'flight', 'tracking', 'code', 'article', 'batch', 'lot'];
/** Prefixes HMRC never allocates (or uses for temporary and administrative numbers). */
const badPrefixes = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const shape = /([A-Za-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2})(?: ?([A-Da-d]))?(?![A-Za-z0-9])/y;

/**
 * NINO rules (HMRC): two prefix letters, the first not D F I Q U V, the second not D F I O Q U V, not one of the
 * unallocated pairs; six digits; a suffix A–D. There is no check digit, so these rules are all there is.
 */
export function validNino(prefix: string, digits: string, suffix: string | undefined): boolean {
  const p = prefix.toUpperCase();
  if (/[DFIQUV]/.test(p[0]!) || /[DFIOQUV]/.test(p[1]!) || badPrefixes.has(p)) return false;
  return /^\d{6}$/.test(digits) && digits !== '000000' && (suffix === undefined || /^[A-D]$/i.test(suffix));
}

/**
 * UK_NINO at a digit token: "AB123456C" or "AB 12 34 56 C" (the token starts with the prefix letters, or they and
 * a space stand right before it). Without the suffix letter, in lower case or next to a product-code word, only
 * next to a National Insurance word.
 */
export function ninoAt(text: string, token: IdToken): Span | null {
  if (token.digits < 2) return null;
  const from = prefixStart(text, token.start);
  if (from === -1) return null;
  shape.lastIndex = from;
  const match = shape.exec(text);
  if (match === null) return null;
  const [value, prefix, a, b, c, suffix] = match;
  const upper = prefix === prefix!.toUpperCase() && (suffix === undefined || suffix === suffix.toUpperCase());
  if ((!upper && prefix !== prefix!.toLowerCase()) || !validNino(prefix!, `${a}${b}${c}`, suffix)) return null;
  const context = before(text, from, 40);
  const named = hasWord(context, ninoWords);
  if (!named && (suffix === undefined || !upper || hasWord(context, notNinoWords))) return null;
  return { type: 'UK_NINO', start: from, end: from + value.length, confidence: named ? 0.95 : value.includes(' ') ? 0.85 : 0.8 };
}

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Where the two prefix letters start for a token, or -1 when none stand in the right place. */
function prefixStart(text: string, start: number): number {
  if (isLetter(text.charCodeAt(start)) && isLetter(text.charCodeAt(start + 1))) return start;
  if (text.charCodeAt(start - 1) === 32 && isLetter(text.charCodeAt(start - 2)) && isLetter(text.charCodeAt(start - 3)) && !isIdChar(text.charCodeAt(start - 4))) {
    return start - 3;
  }
  return -1;
}
