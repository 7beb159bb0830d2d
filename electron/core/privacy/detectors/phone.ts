import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { after, before, eachMatch, hasWord } from '../text-context';
import type { Detector, Span } from '../types';
import { startsWithStreetName } from './street-address';

/**
 * Regions tried for numbers written without a country code. The first group has closed numbering plans, so a
 * valid number there is rarely a coincidence; the second accepts so many lengths (DE, AT, SE…) that it counts
 * only next to a phone word.
 */
export const strictPhoneRegions: readonly CountryCode[] = ['US', 'GB', 'CA', 'AU', 'FR', 'IN', 'IE', 'NZ'];
export const contextPhoneRegions: readonly CountryCode[] = ['DE', 'IT', 'ES', 'NL', 'BE', 'CH', 'SE', 'DK', 'NO', 'FI', 'AT', 'PT', 'PL', 'BR', 'MX', 'JP', 'ZA', 'SG', 'HK'];

// Candidates: '+', '(' or a digit, then digits and phone punctuation, bounded; an optional extension.
const candidate = /(?<![\w+.\-/])(?:\+|\(|\d)[\d ().\-/]{5,24}\d(?:[ ]?(?:x|ext\.?|#)[ ]?\d{1,6})?(?![\w])/g;
const phoneWords = ['phone', 'phones', 'tel', 'telephone', 'mobile', 'mob', 'cell', 'cellphone', 'fax', 'call', 'calling', 'called', 'text me', 'sms', 'whatsapp', 'contact', 'reach', 'dial', 'desk', 'office', 'landline', 'hotline', 'answering', 'messages', 'registered', 'phone number'];
/** Weak cues: they count only for a formatted number ("my number is 0490 75 40 81", not "… is 987654321"). */
const weakPhoneWords = ['number is', 'my number'];
const phoneWordsAfter = ['office', 'fax', 'mobile', 'cell', 'home', 'work', 'tel', 'phone', 'desk'];
const notPhoneWords = ['order', 'invoice', 'isbn', 'tracking', 'ref', 'reference', 'ticket', 'serial', 'build', 'version', 'release', 'sku', 'part', 'zip', 'postal', 'account', 'acct', 'iban', 'card', 'ssn', 'id', 'po', 'case', 'claim', 'policy', 'patent', 'doi', 'pid', 'port', 'page', 'pages', 'isbn-13', 'isbn-10', 'imei', 'amount', 'total', 'price', 'license', 'licence', 'passport', 'driver', "driver's", 'routing', 'member', 'identification', 'employee', 'customer', 'transaction', 'record', 'records'];

/**
 * Strings shaped like dates, times, versions, amounts or dotted quads, which phone validators may accept. They
 * only ever run on one candidate (at most 40 characters), so their small repeated groups cost constant time.
 */
const lookAlikes = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/, // 2024-01-05
  /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:[ T]\d{1,2})?$/, // 05/01/2024, or "25/06/2024 10" cut at the ':' of 10:45
  /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/, // IPv4 or a version
  /^\d{3}-\d{2}-\d{4}$/, // shaped like an SSN (valid ones are reported as US_SSN)
  /^\d{1,3}(?:\.\d{1,3}){1,2}$/, // 1.2.3
  /^\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,2})?$/, // 1,234,567
  /^(?:97[89])[- ]?\d{1,5}[- ]\d{1,7}[- ]\d{1,7}[- ][\dX]$/, // ISBN-13 with hyphens
];
const digitCount = (value: string): number => {
  let n = 0;
  for (let i = 0; i < value.length; i += 1) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) n += 1;
  return n;
};

/**
 * Layout no one writes a phone number in: columns (two spaces in a row), " / " between numbers, unbalanced
 * parentheses, or three one-digit groups ("1 2 3 4").
 */
function phoneShaped(value: string): boolean {
  if (value.includes('  ') || / \/|\/ /.test(value)) return false;
  if (value.includes('(') !== value.includes(')')) return false;
  return (value.match(/(?:^|\D)\d(?=\D|$)/g) ?? []).length < 3;
}

/** Candidate → score; bounded, in process memory only (it holds numbers people typed), never logged. */
const verdictCache = new Map<string, number>();
const CACHE_MAX = 2048;

/**
 * PHONE: candidates found by one bounded pattern, then checked with libphonenumber-js (full metadata):
 * international numbers must be valid; national ones valid in a closed-plan region, or — next to a phone word —
 * valid or possible in a wider region list. Look-alikes (dates, versions, amounts, order numbers) are dropped.
 */
export const phoneDetector: Detector = {
  name: 'phone',
  detect(text) {
    const spans: Span[] = [];
    eachMatch(candidate, text, (match) => {
      const value = match[0];
      const digits = digitCount(value.replace(/(?:x|ext\.?|#)[ ]?\d{1,6}$/, ''));
      if (digits < 7 || digits > 15 || lookAlikes.some((shape) => shape.test(value)) || !phoneShaped(value)) return;
      if (text[match.index - 1] === ':' && /\d/.test(text[match.index - 2] ?? '')) return; // the seconds of a time
      const prior = before(text, match.index, 32);
      if (/[$€£¥₹]\s?$/.test(prior) || /^\s?%/.test(text.slice(match.index + value.length, match.index + value.length + 2))) return;
      const strong = hasWord(prior, phoneWords) || hasWord(after(text, match.index + value.length, 14), phoneWordsAfter);
      const negative = hasWord(prior, notPhoneWords);
      if ((negative && !strong) || startsWithStreetName(text, match.index + value.length)) return;
      const context = strong || (hasWord(prior, weakPhoneWords) && /[\s().-]/.test(value));
      const confidence = scoreNumber(value, context);
      if (confidence > 0) spans.push({ type: 'PHONE', start: match.index, end: match.index + value.length, confidence });
    });
    return spans;
  },
};

/** 0 when not a phone number; parsing is cached because conversations re-send the same numbers every turn. */
function scoreNumber(value: string, context: boolean): number {
  const key = `${context ? 1 : 0}${value}`;
  const cached = verdictCache.get(key);
  if (cached !== undefined) return cached;
  const score = computeScore(value, context);
  if (verdictCache.size >= CACHE_MAX) verdictCache.clear();
  verdictCache.set(key, score);
  return score;
}

function computeScore(value: string, context: boolean): number {
  const international = value.startsWith('+') || /^00\d/.test(value);
  if (international) {
    const parsed = parsePhoneNumberFromString(value.startsWith('00') ? `+${value.slice(2)}` : value);
    if (parsed?.isValid()) return 0.95;
    return context && parsed?.isPossible() ? 0.8 : 0;
  }
  const formatted = /[\s().-]/.test(value);
  // Without a phone word, a national number must be formatted and long enough to be a full number (10+ digits).
  if (!context && (!formatted || digitCount(value) < 10)) return 0;
  if (strictPhoneRegions.some((region) => parsePhoneNumberFromString(value, region)?.isValid())) return context ? 0.9 : 0.75;
  if (!context) return 0;
  if (contextPhoneRegions.some((region) => parsePhoneNumberFromString(value, region)?.isValid())) return 0.8;
  return [...strictPhoneRegions, ...contextPhoneRegions].some((region) => parsePhoneNumberFromString(value, region)?.isPossible()) ? 0.65 : 0;
}
