import { before, hasWord } from '../text-context';
import type { Span } from '../types';
import { runDigits, sameSeparators, type DigitRun } from './digit-runs';
import { isIdChar, type IdToken } from './id-tokens';

const nirWords = ['sécurité sociale', 'securite sociale', 'sécu', 'secu', 'nir', 'insee', 'carte vitale', 'social security', 'numéro de sécurité sociale', 'ss'];
const notNirWords = ['imei', 'order', 'commande', 'invoice', 'facture', 'tracking', 'suivi', 'ref', 'référence', 'reference', 'siret', 'siren', 'iban', 'card', 'carte bancaire'];
/** The spaced Corsican form "1 85 05 2A 006 084 36", tried where a "2A"/"2B" token stands. */
const spacedCorsica = /[12] \d{2} \d{2} 2[ABab] \d{3} \d{3} \d{2}(?![A-Za-z0-9])/y;

/**
 * NIR (numéro de sécurité sociale): sex 1/2, year, month (01–12, or 20–42 and 50–99 when unknown), département
 * (01–99, 2A/2B for Corsica), commune, order number (not 000), then the key 97 − (number mod 97), where 2A and 2B
 * count as 19 and 18. `nir` is the 15 characters without spaces.
 */
export function validNir(nir: string): boolean {
  if (!/^[12]\d{4}(?:\d{2}|2[AB])\d{8}$/i.test(nir)) return false;
  const month = Number(nir.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  const department = nir.slice(5, 7).toUpperCase();
  if (department === '00' || nir.slice(10, 13) === '000') return false;
  const body = nir.slice(0, 5) + (department === '2A' ? '19' : department === '2B' ? '18' : department) + nir.slice(7, 13);
  const key = Number(nir.slice(13));
  return key >= 1 && key <= 97 && key === 97 - (Number(body) % 97);
}

const nirSpan = (text: string, start: number, end: number): Span | null => {
  const context = before(text, start, 48);
  if (hasWord(context, notNirWords)) return null;
  return { type: 'FR_NIR', start, end, confidence: hasWord(context, nirWords) ? 0.97 : 0.85 };
};

/**
 * FR_NIR in a run of 15 digits: one block, 13 + key, or spaced "1 85 05 78 006 084 36". The structure and a
 * two-digit key make a chance hit rare, so no cue word is needed (it raises confidence).
 */
export function nirInRun(text: string, run: DigitRun): Span | null {
  const first = run.groups[0]!.end - run.groups[0]!.start;
  if (!(first === 1 || first === 13 || first === 15) || !sameSeparators(run) || !validNir(runDigits(text, run))) return null;
  return nirSpan(text, run.groups[0]!.start, run.groups[run.groups.length - 1]!.end);
}

/**
 * A Corsican FR_NIR at a digit token: the letters of 2A/2B split the digits, so these never form a digit run. The
 * token is the whole number ("185052A00608436") or the "2A" of the spaced form.
 */
export function corsicanNirAt(text: string, token: IdToken): Span | null {
  const length = token.end - token.start;
  if (length === 15) {
    const letter = text.charCodeAt(token.start + 6) | 32;
    return (letter === 97 || letter === 98) && validNir(text.slice(token.start, token.end)) ? nirSpan(text, token.start, token.end) : null;
  }
  if (length !== 2 || token.start < 8 || !/^2[ABab]$/.test(text.slice(token.start, token.end))) return null;
  const from = token.start - 8;
  spacedCorsica.lastIndex = from;
  if (isIdChar(text.charCodeAt(from - 1)) || !spacedCorsica.test(text)) return null;
  const end = spacedCorsica.lastIndex;
  return validNir(text.slice(from, end).replaceAll(' ', '')) ? nirSpan(text, from, end) : null;
}
