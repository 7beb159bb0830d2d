import { before, hasWord } from '../text-context';
import type { Span } from '../types';
import { runDigits, runShape, sameSeparators, type DigitRun } from './digit-runs';

// Verhoeff's dihedral-group tables: multiplication, position permutation.
const d = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const p = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const inverse = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Verhoeff checksum over digits that already end in their check digit: 0 when valid. */
function verhoeffRemainder(digits: string): number {
  let c = 0;
  for (let i = 0; i < digits.length; i += 1) c = d[c]![p[i % 8]![digits.charCodeAt(digits.length - 1 - i) - 48]!]!;
  return c;
}

/** The Verhoeff check digit to append to `body`. */
export function verhoeffCheckDigit(body: string): number {
  let c = 0;
  for (let i = 0; i < body.length; i += 1) c = d[c]![p[(i + 1) % 8]![body.charCodeAt(body.length - 1 - i) - 48]!]!;
  return inverse[c]!;
}

/** Aadhaar (UIDAI): 12 digits, the first 2–9, the last a Verhoeff check digit; not one digit repeated. */
export function validAadhaar(digits: string): boolean {
  return /^[2-9]\d{11}$/.test(digits) && !/^(\d)\1+$/.test(digits) && verhoeffRemainder(digits) === 0;
}

const aadhaarWords = ['aadhaar', 'aadhar', 'adhaar', 'adhar', 'uid', 'uidai', 'aadhaar number', 'आधार', 'vid'];
const notAadhaarWords = ['order', 'invoice', 'tracking', 'ref', 'reference', 'ticket', 'serial', 'account', 'acct', 'card', 'phone', 'tel', 'mobile', 'imei', 'pnr', 'transaction', 'txn', 'utr'];

/**
 * IN_AADHAAR in a run of 12 digits: "2345 6789 0124" as printed on the card, or one block next to an Aadhaar
 * word. The check digit lets one chance number in ten through, so the printed grouping alone also needs no
 * order/account word nearby.
 */
export function aadhaarInRun(text: string, run: DigitRun): Span | null {
  const shape = runShape(run);
  const grouped = shape === '4-4-4' && sameSeparators(run) && run.separators[0] !== '.';
  if (shape !== '12' && !grouped) return null;
  const start = run.groups[0]!.start;
  if (!validAadhaar(runDigits(text, run))) return null;
  const context = before(text, start, 48);
  const named = hasWord(context, aadhaarWords);
  if (!named && (!grouped || hasWord(context, notAadhaarWords))) return null;
  return { type: 'IN_AADHAAR', start, end: run.groups[run.groups.length - 1]!.end, confidence: named ? 0.95 : 0.75 };
}
