import { before, hasWord } from '../text-context';
import type { Span } from '../types';
import { runDigits, runShape, sameSeparators, type DigitRun } from './digit-runs';

const bsnWords = ['bsn', 'bsn-nummer', 'burgerservicenummer', 'burger service nummer', 'burgerservice nummer', 'sofinummer', 'sofi-nummer', 'sofi', 'citizen service number'];

/** The "11-proof": 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not 0). */
export function validBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum > 0 && sum % 11 === 0;
}

/**
 * NL_BSN in a run of nine digits ("123456782", "1234.56.782", "123 456 782") next to a BSN word. One number in
 * eleven passes the 11-proof by chance, so the word is required.
 */
export function bsnInRun(text: string, run: DigitRun): Span | null {
  const shape = runShape(run);
  if ((shape !== '9' && shape !== '4-2-3' && shape !== '3-3-3') || !sameSeparators(run)) return null;
  const start = run.groups[0]!.start;
  if (!validBsn(runDigits(text, run)) || !hasWord(before(text, start, 48), bsnWords)) return null;
  return { type: 'NL_BSN', start, end: run.groups[run.groups.length - 1]!.end, confidence: 0.95 };
}
