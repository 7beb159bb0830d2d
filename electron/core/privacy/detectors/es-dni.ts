import { before, hasWord } from '../text-context';
import type { Span } from '../types';
import { isIdChar, type IdToken } from './id-tokens';

const letters = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dniWords = ['dni', 'nie', 'nif', 'd.n.i', 'documento nacional de identidad', 'documento de identidad', 'identidad', 'número de identificación', 'n.i.e'];
/** Forms after a token start: 12345678Z, 12345678-Z, 12.345.678-Z, X1234567L, X-1234567-L. */
const dniShape = /(?:([XYZxyz])-?)?(\d{1,2}\.?\d{3}\.?\d{3}|\d{7})[- ]?([A-Za-z])(?![A-Za-z0-9])/y;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The DNI letter of a number: TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]. */
export const dniLetter = (n: number): string => letters[n % 23]!;

/** DNI: 8 digits + letter. NIE: X, Y or Z (read as 0, 1, 2) + 7 digits + letter, checked like a DNI. */
export function validDniOrNie(value: string): boolean {
  const v = value.toUpperCase();
  const nie = /^([XYZ])(\d{7})([A-Z])$/.exec(v);
  if (nie) return dniLetter(Number('XYZ'.indexOf(nie[1]!) + nie[2]!)) === nie[3];
  const dni = /^(\d{8})([A-Z])$/.exec(v);
  return dni !== null && dni[1] !== '00000000' && dniLetter(Number(dni[1])) === dni[2];
}

/**
 * ES_DNI (DNI and NIE) at a digit token: the check letter catches 22 of 23 chance strings. A lower-case letter
 * ("12345678z") counts only next to a DNI word, as code and hex strings are mostly lower-case.
 */
export function dniAt(text: string, token: IdToken): Span | null {
  const length = token.end - token.start;
  // "12.345.678-Z": checked by character first, so runs of "1.1.1." cost no regex.
  const dotted = length <= 2 && text.charCodeAt(token.end) === 46 && text.charCodeAt(token.end + 4) === 46 && isDigit(text.charCodeAt(token.end + 1)) && isDigit(text.charCodeAt(token.end + 3));
  const nieSplit = length === 7 && token.digits === 7 && text.charCodeAt(token.start - 1) === 45 && /[XYZxyz]/.test(text[token.start - 2] ?? '') && !isIdChar(text.charCodeAt(token.start - 3));
  if (!dotted && !nieSplit && (token.digits < 7 || token.digits > 8 || length > 9)) return null;
  const from = nieSplit ? token.start - 2 : token.start;
  dniShape.lastIndex = from;
  const match = dniShape.exec(text);
  if (match === null) return null;
  const [value, prefix, number, letter] = match;
  const digits = number!.replaceAll('.', '');
  if ((prefix === undefined) !== (digits.length === 8) || !validDniOrNie(`${prefix ?? ''}${digits}${letter!}`)) return null;
  const named = hasWord(before(text, from, 40), dniWords);
  if (letter !== letter!.toUpperCase() && !named) return null;
  return { type: 'ES_DNI', start: from, end: from + value.length, confidence: named ? 0.95 : 0.85 };
}
