import { before, hasWord } from '../text-context';
import type { Span } from '../types';
import { runDigits, runShape, sameSeparators, type DigitRun } from './digit-runs';

const taxIdWords = [
  'steuer-id', 'steuerid', 'steuer id', 'steuer-idnr', 'steueridentifikationsnummer', 'steuer-identifikationsnummer',
  'identifikationsnummer', 'idnr', 'id-nr', 'steuernummer', 'tin', 'tax id', 'tax-id', 'tax identification', 'tax number',
];

/**
 * Steuer-ID (§ 139b AO): 11 digits, no leading 0; in the first ten exactly one digit occurs twice or three times
 * (three times never all in a row) and the others at most once; the last is an ISO 7064 MOD 11,10 check digit.
 */
export function validSteuerId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Uint8Array(10);
  for (let i = 0; i < 10; i += 1) {
    const digit = digits.charCodeAt(i) - 48;
    counts[digit] = counts[digit]! + 1;
  }
  const repeated = [...counts].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(digits.slice(0, 10))) return false;
  return mod11_10(digits.slice(0, 10)) === digits.charCodeAt(10) - 48;
}

/** ISO 7064 MOD 11,10 check digit of a string of digits. */
export function mod11_10(body: string): number {
  let product = 10;
  for (let i = 0; i < body.length; i += 1) {
    let sum = (body.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * DE_TAX_ID in a run of 11 digits (one block or "12 345 678 901") next to a tax-id word. Eleven bare digits are
 * too often a phone or an order number to count without the word, even with a valid check digit.
 */
export function taxIdInRun(text: string, run: DigitRun): Span | null {
  const shape = runShape(run);
  if ((shape !== '11' && shape !== '2-3-3-3') || !sameSeparators(run)) return null;
  const start = run.groups[0]!.start;
  if (!validSteuerId(runDigits(text, run)) || !hasWord(before(text, start, 48), taxIdWords)) return null;
  return { type: 'DE_TAX_ID', start, end: run.groups[run.groups.length - 1]!.end, confidence: 0.95 };
}
