import { before, hasWord } from '../text-context';
import type { Detector, Span } from '../types';
import { digitRuns, runDigits, type DigitRun } from './digit-runs';

/** Issuer ranges (IIN prefixes) and the lengths their cards have. */
const issuers: { from: number; to: number; digits: number; lengths: readonly number[] }[] = [
  { from: 4, to: 4, digits: 1, lengths: [13, 16, 19] }, // Visa
  { from: 51, to: 55, digits: 2, lengths: [16] }, // Mastercard
  { from: 2221, to: 2720, digits: 4, lengths: [16] }, // Mastercard 2-series
  { from: 34, to: 34, digits: 2, lengths: [15] }, // American Express
  { from: 37, to: 37, digits: 2, lengths: [15] },
  { from: 300, to: 305, digits: 3, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { from: 36, to: 36, digits: 2, lengths: [14, 15, 16, 17, 18, 19] },
  { from: 38, to: 39, digits: 2, lengths: [14, 15, 16, 17, 18, 19] },
  { from: 6011, to: 6011, digits: 4, lengths: [16, 17, 18, 19] }, // Discover
  { from: 644, to: 649, digits: 3, lengths: [16, 17, 18, 19] },
  { from: 65, to: 65, digits: 2, lengths: [16, 17, 18, 19] },
  { from: 3528, to: 3589, digits: 4, lengths: [16, 17, 18, 19] }, // JCB
  { from: 2131, to: 2131, digits: 4, lengths: [15] },
  { from: 1800, to: 1800, digits: 4, lengths: [15] },
  { from: 62, to: 62, digits: 2, lengths: [16, 17, 18, 19] }, // UnionPay
  { from: 2200, to: 2204, digits: 4, lengths: [16, 17, 18, 19] }, // Mir
  { from: 50, to: 50, digits: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro
  { from: 56, to: 69, digits: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 9792, to: 9792, digits: 4, lengths: [16] }, // Troy
];

const cardWords = ['card', 'cards', 'cc', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'maestro', 'discover', 'jcb', 'pan', 'charge', 'charged', 'payment', 'pay'];
const notCardWords = ['order', 'invoice', 'tracking', 'isbn', 'ref', 'reference', 'ticket', 'serial', 'account', 'acct', 'iban', 'imei', 'phone', 'tel', 'fax', 'ssn', 'id'];

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let n = digits.charCodeAt(i) - 48;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return sum % 10 === 0;
}

export function knownIssuer(digits: string): boolean {
  return issuers.some(({ from, to, digits: n, lengths }) => {
    const prefix = Number(digits.slice(0, n));
    return prefix >= from && prefix <= to && lengths.includes(digits.length);
  });
}

/** Groupings people write cards in: one block, 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4. */
function plausibleGrouping(lengths: number[]): boolean {
  if (lengths.length === 1) return true;
  if (lengths[0] !== 4) return false;
  const rest = lengths.slice(1);
  if (rest.length === 2 && rest[0] === 6) return rest[1] === 5 || rest[1] === 4;
  return rest.slice(0, -1).every((n) => n === 4) && (rest[rest.length - 1] ?? 0) >= 1 && (rest[rest.length - 1] ?? 0) <= 4;
}

/**
 * CREDIT_CARD: Luhn-checked numbers of 12–19 digits in a common grouping. A known issuer range is enough; a
 * number outside the known ranges (or a 12-digit Maestro) also needs a card word shortly before it.
 */
export const creditCardDetector: Detector = {
  name: 'credit-card',
  detect(text) {
    const spans: Span[] = [];
    for (const run of digitRuns(text)) {
      const lengths = run.groups.map((g) => g.end - g.start);
      if (lengths.reduce((sum, n) => sum + n, 0) < 12) continue;
      for (let from = 0; from < run.groups.length; from += 1) {
        const to = bestWindow(text, run, lengths, from);
        if (to === -1) continue;
        const start = run.groups[from]!.start;
        const digits = runDigits(text, run, from, to);
        const context = before(text, start, 48);
        const carded = hasWord(context, cardWords);
        const known = knownIssuer(digits) && digits.length >= 13;
        if (!carded && (!known || hasWord(context, notCardWords))) continue;
        spans.push({ type: 'CREDIT_CARD', start, end: run.groups[to]!.end, confidence: carded ? 0.95 : 0.85 });
        from = to;
      }
    }
    return spans;
  },
};

/** Longest window of groups from `from` that is card-shaped and Luhn-valid, or -1. Cheap checks come first. */
function bestWindow(text: string, run: DigitRun, lengths: readonly number[], from: number): number {
  let total = 0;
  let last = -1;
  for (let to = from; to < lengths.length && total + lengths[to]! <= 19; to += 1) {
    total += lengths[to]!;
    last = to;
  }
  for (let to = last; to >= from; to -= 1) {
    const window = lengths.slice(from, to + 1);
    const digits = window.reduce((a, b) => a + b, 0);
    if (digits < 12) break;
    const separators = run.separators.slice(from, to);
    if (separators.some((sep) => sep !== separators[0] || sep === '.') || !plausibleGrouping(window)) continue;
    if (luhnValid(runDigits(text, run, from, to))) return to;
  }
  return -1;
}
