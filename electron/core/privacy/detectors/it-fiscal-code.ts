import type { Span } from '../types';
import type { IdToken } from './id-tokens';

/** Values of characters in odd positions (1st, 3rd…; index 0, 2…): digits share the values of A–J. */
const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Letters that stand for digits 0–9 in an omocode (a code changed to tell two people with the same one apart). */
const omocode = 'LMNPQRSTUV';
const months = 'ABCDEHLMPRST';
const shape = /^[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/;

const value = (code: number): number => (code <= 57 ? code - 48 : code - 65);

/** The check character of the first 15 characters of a codice fiscale (upper case). */
export function fiscalCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const v = value(body.charCodeAt(i));
    sum += i % 2 === 0 ? oddValues[v]! : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Digit of a date position, whether written as a digit or as its omocode letter. */
const digitAt = (code: string, i: number): number => {
  const ch = code[i]!;
  return ch >= '0' && ch <= '9' ? Number(ch) : omocode.indexOf(ch);
};

/**
 * Codice fiscale: surname and name letters, birth year, month letter, day (women + 40), place code, check
 * character. Omocodes (digits swapped for L M N P Q R S T U V) are valid too; the check covers them as written.
 */
export function validFiscalCode(code: string): boolean {
  const upper = code.toUpperCase();
  if (!shape.test(upper)) return false;
  const day = digitAt(upper, 9) * 10 + digitAt(upper, 10);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return months.includes(upper[8]!) && fiscalCodeCheck(upper) === upper[15];
}

/**
 * IT_FISCAL_CODE at a 16-character digit token (all upper or all lower case) that passes the check character. A
 * fully omocoded code has no digit left and is not among the digit tokens: a rare miss, accepted.
 */
export function fiscalCodeAt(text: string, token: IdToken): Span | null {
  if (token.digits > 7) return null;
  const code = text.slice(token.start, token.end);
  if ((code !== code.toUpperCase() && code !== code.toLowerCase()) || !validFiscalCode(code)) return null;
  return { type: 'IT_FISCAL_CODE', start: token.start, end: token.end, confidence: 0.9 };
}
