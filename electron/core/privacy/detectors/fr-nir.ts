import { before, hasWord } from '../text-context';
import type { Detector, Span } from '../types';
import { digitRuns, runDigits } from './digit-runs';
import { idTokens, isIdChar } from './id-tokens';

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

/**
 * FR_NIR: 15 digits in one block, as 13 + key, or spaced "1 85 05 78 006 084 36"; Corsican numbers hold 2A/2B.
 * The structure and a two-digit key make a chance hit rare, so no cue word is needed (it raises confidence).
 */
export const frNirDetector: Detector = {
  name: 'fr-nir',
  detect(text) {
    const spans: Span[] = [];
    const push = (start: number, end: number): void => {
      const context = before(text, start, 48);
      if (hasWord(context, notNirWords)) return;
      spans.push({ type: 'FR_NIR', start, end, confidence: hasWord(context, nirWords) ? 0.97 : 0.85 });
    };
    for (const run of digitRuns(text)) {
      const lengths = run.groups.map((g) => g.end - g.start);
      const total = lengths.reduce((a, b) => a + b, 0);
      if (total !== 15 || !(lengths[0] === 1 || lengths[0] === 13 || lengths[0] === 15)) continue;
      if (run.separators.some((sep) => sep !== run.separators[0])) continue;
      if (validNir(runDigits(text, run))) push(run.groups[0]!.start, run.groups[run.groups.length - 1]!.end);
    }
    // Corsica: the letters split the digits, so these never form a digit run.
    if (text.includes('2A') || text.includes('2B') || text.includes('2a') || text.includes('2b')) {
      for (const token of idTokens(text)) {
        const length = token.end - token.start;
        if (length === 15 && validNir(text.slice(token.start, token.end))) push(token.start, token.end);
        else if (length === 2 && /^2[ABab]$/.test(text.slice(token.start, token.end)) && token.start >= 8) {
          const from = token.start - 8;
          spacedCorsica.lastIndex = from;
          if (isIdChar(text.charCodeAt(from - 1)) || !spacedCorsica.test(text)) continue;
          if (validNir(text.slice(from, spacedCorsica.lastIndex).replaceAll(' ', ''))) push(from, spacedCorsica.lastIndex);
        }
      }
    }
    return spans;
  },
};
