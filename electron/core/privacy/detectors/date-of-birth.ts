import type { Span } from '../types';
import type { Cue } from './id-cues';

const monthNames = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'jän', 'mär', 'okt', 'dez',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre',
  'décembre', 'decembre', 'janv', 'févr', 'fevr', 'avr', 'juil',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'ene', 'dic',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'dezembro',
]);

// \p{…} patterns at module level: some transpilers rebuild such a literal on every evaluation.
const datePattern = new RegExp(
  [
    String.raw`(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})`, // 12.03.1985, 03/12/85
    String.raw`(\d{4})[./-](\d{1,2})[./-](\d{1,2})`, // 1985-03-12
    String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|\.)?[ \u00a0](?:de[ \u00a0])?(\p{L}{3,10})\.?,?[ \u00a0](?:de[ \u00a0])?(\d{4})`, // 12 March 1985, 12. März 1985, 12 de marzo de 1985
    String.raw`(\p{L}{3,10})\.?[ \u00a0](\d{1,2})(?:st|nd|rd|th)?,?[ \u00a0](\d{4})`, // March 12, 1985
  ].map((p) => `(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`).join('|'),
  'u',
);
const datePatternAll = new RegExp(datePattern.source, 'gu');
/** Verb-final languages put the cue after the date: "am 3. Mai 1979 geboren", "op 3 mei 1979 geboren". */
const cuesAfterDate = new Set(['geboren']);
const justBefore = /^[\s,]{0,3}$/;
/** A sentence ends, or a blank line, between the cue and the date: the date belongs to something else. */
const breakBetween = /[.!?;]\s|\n\s*\n/;
const WINDOW = 48;
const MAX_GAP = 32;

const currentYear = new Date().getUTCFullYear();

/** Two-digit years are taken as written; four-digit ones must lie between 1900 and this year. */
function plausibleDate(day: number, month: number, year: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && (year < 100 || (year >= 1900 && year <= currentYear));
}

/** Checks the groups of one datePattern match: numeric parts in range, the month a month's name. */
function validDate(m: RegExpExecArray): boolean {
  const n = (i: number): number => Number(m[i]);
  // Day first or month first (03/12/1985 is either): one reading must fit.
  if (m[1] !== undefined) return plausibleDate(n(1), n(2), n(3)) || plausibleDate(n(2), n(1), n(3));
  if (m[4] !== undefined) return plausibleDate(n(6), n(5), n(4));
  if (m[7] !== undefined) return monthNames.has(m[8]!.toLowerCase()) && plausibleDate(n(7), 1, n(9));
  return monthNames.has(m[10]!.toLowerCase()) && plausibleDate(n(11), 1, n(12));
}

/**
 * DATE_OF_BIRTH at a birth cue ("DOB", "born on", "geboren am", "né le", "fecha de nacimiento"…): a full date
 * (day, month and year, in numbers or with a month name) shortly after it in the same sentence, or right before
 * "geboren". A date without such a cue is just a date.
 */
export function birthDateAt(text: string, cue: Cue): Span | null {
  const window = text.slice(cue.end, cue.end + WINDOW);
  const match = datePattern.exec(window);
  if (match !== null && match.index <= MAX_GAP && !breakBetween.test(window.slice(0, match.index)) && validDate(match)) {
    const start = cue.end + match.index;
    return { type: 'DATE_OF_BIRTH', start, end: start + match[0].length, confidence: 0.9 };
  }
  if (!cuesAfterDate.has(text.slice(cue.start, cue.end).toLowerCase().replace(/\.$/, ''))) return null;
  const from = Math.max(0, cue.start - WINDOW);
  const found = lastDate(text.slice(from, cue.start));
  return found === null ? null : { type: 'DATE_OF_BIRTH', start: from + found.start, end: from + found.end, confidence: 0.85 };
}

/** The last valid date in `window` if it ends right at the window's end (spaces or a comma between). */
function lastDate(window: string): { start: number; end: number } | null {
  let last: RegExpExecArray | null = null;
  datePatternAll.lastIndex = 0;
  for (let m = datePatternAll.exec(window); m !== null; m = datePatternAll.exec(window)) last = m;
  if (last === null || !justBefore.test(window.slice(last.index + last[0].length)) || !validDate(last)) return null;
  return { start: last.index, end: last.index + last[0].length };
}
