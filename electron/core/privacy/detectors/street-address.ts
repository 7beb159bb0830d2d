import { eachMatch } from '../text-context';
import type { Detector, Span } from '../types';
import { bare, tokenize, wordFilter, words, type Word } from './words';

const suffixes = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct',
  'place', 'pl', 'way', 'terrace', 'ter', 'parkway', 'pkwy', 'circle', 'cir', 'highway', 'hwy', 'square', 'sq',
  'trail', 'trl', 'crescent', 'cres', 'close', 'row', 'alley', 'plaza', 'grove', 'gardens', 'park', 'hill', 'heights',
  'path', 'pike', 'loop', 'mews', 'walk', 'wharf', 'quay', 'view', 'ridge', 'crossing', 'run', 'forges', 'ramp',
  'track', 'bypass', 'expressway', 'freeway', 'route', 'rte',
]);
/** Streets named with a suffix glued to the name and the number after it: Hauptstraße 5, Koskikatu 25. */
const gluedSuffixes = ['straße', 'strasse', 'str', 'weg', 'gasse', 'platz', 'allee', 'katu', 'gatan', 'vägen', 'vej', 'gade', 'straat', 'laan', 'steenweg', 'utca', 'ulica'];
const hasGluedSuffix = (lower: string): boolean => lower.length > 4 && gluedSuffixes.some((suffix) => lower.endsWith(suffix));
/** Street words written before the name: 541 Avenida Pedro Ulisses, 12 rue de Rivoli. */
const prefixes = new Set(['rue', 'rua', 'avenida', 'av', 'calle', 'via', 'viale', 'piazza', 'ul', 'ulica', 'carrer', 'camino', 'estrada', 'travessa']);
const suffixFilter = wordFilter(suffixes);
const prefixFilter = wordFilter(prefixes);
const unitWords = new Set(['apt', 'apartment', 'suite', 'ste', 'unit', 'floor', 'fl', 'room', 'rm', 'building', 'bldg']);
const poBox = /(?<![\w])(?:P\.?[ ]?O\.?[ ]?Box|Post Office Box|(?:PSC|Unit|CMR)[ ]\d{1,5},?[ ]Box)[ ]{1,2}\d{1,7}(?:[ ,\n]{1,3}(?:APO|FPO|DPO)[ ](?:AA|AE|AP)[ ]\d{5})?/gi;
/** Phrases after which a place is given: "my address is …", "lives at …", "ship to …". */
const addressCue = /(?:address(?:es)? is|address:|addresses:|lives at|live at|living at|located at|moved to|send it to|sent to|ship(?:ped)? to|deliver(?:ed)? to|mail(?:ed)? to|return (?:it )?to)[ \t]{1,4}/iy;
/** First words of the cues: the sticky pattern above is tried only where one of them starts. */
const cueFirstWords = new Set(['address', 'addresses', 'lives', 'live', 'living', 'located', 'moved', 'send', 'sent', 'ship', 'shipped', 'deliver', 'delivered', 'mail', 'mailed', 'return']);
const cueFilter = wordFilter(cueFirstWords);
// \p{…} patterns at module level: some transpilers rebuild such a literal on every evaluation.
const numberFirst = /^(?:\d|\p{Lu}[\p{L}'’-]{0,30}[ \t]{1,2}\d)/u;
const capitalisedWord = /(?:^|[\s,])\p{Lu}\p{Ll}/u;
const ADDRESS_MAX = 100;
/** Abbreviations whose full stop does not end the address ("Apt. 4", "St. John"). */
const abbreviations = new Set(['apt', 'st', 'ave', 'rd', 'dr', 'no', 'ste', 'blvd', 'ln', 'ct', 'pl', 'fl', 'bldg', 'rkp', 'u', 'p.o', 'po']);
const houseNumber = /^\d{1,6}[A-Za-z]?$/;
const cityStateZip = /^[ ,\n]{1,3}(?:\p{Lu}[\p{L}.'-]{1,24}[ ])?\p{Lu}[\p{L}.'-]{1,24},?[ ](?:[A-Z]{2}[ ]{1,2})?\d{5}(?:-\d{4})?/u;

/**
 * STREET_ADDRESS (best effort): house number + capitalised name words + a street suffix, optional unit and
 * "City, ST 12345"; Continental "Name-straße 12"; PO and military boxes.
 */
export const streetAddressDetector: Detector = {
  name: 'street-address',
  detect(text) {
    const spans: Span[] = [];
    const list = words(text);
    for (let i = 1; i < list.length; i += 1) {
      const word = list[i]!;
      const next = list[i + 1];
      if (word.mayBeIn(prefixFilter) && prefixes.has(word.lower)) {
        const number = list[i - 1]!;
        if (houseNumber.test(bare(number)) && number.adjacentTo(word) && next !== undefined && word.adjacentTo(next) && next.cap) {
          spans.push({ type: 'STREET_ADDRESS', start: number.start, end: extendAddress(text, list, i + 1), confidence: 0.7 });
        }
      } else if (!word.cap) {
        continue;
      } else if (word.mayBeIn(suffixFilter) && suffixes.has(word.lower)) {
        const start = numberBefore(list, i);
        if (start !== -1) spans.push({ type: 'STREET_ADDRESS', start: list[start]!.start, end: extendAddress(text, list, i), confidence: 0.75 });
      } else if (next !== undefined && startsWithDigit(text, next) && hasGluedSuffix(word.lower) && word.adjacentTo(next) && houseNumber.test(bare(next))) {
        spans.push({ type: 'STREET_ADDRESS', start: word.start, end: extendAddress(text, list, i + 1), confidence: 0.7 });
      }
    }
    // 'x' first: a one-character search, far cheaper than a case-blind pattern, and rare in prose.
    if ((text.includes('x') || text.includes('X')) && /box/i.test(text)) eachMatch(poBox, text, (match) => {
      spans.push({ type: 'STREET_ADDRESS', start: match.index, end: match.index + match[0].length, confidence: 0.85 });
    });
    // After a cue, take the place up to its end, unless a street or box was already recognised there. Cue
    // regions never overlap, so one pass over the known spans (sorted by start) with their largest end suffices.
    const known = [...spans].sort((a, b) => a.start - b.start);
    let next = 0;
    let knownEnd = -1;
    let cueEnd = 0;
    for (const word of list) {
      if (!word.mayBeIn(cueFilter) || !cueFirstWords.has(word.lower) || word.start < cueEnd) continue;
      addressCue.lastIndex = word.start;
      const match = addressCue.exec(text);
      if (match === null) continue;
      const start = word.start + match[0].length;
      const end = cuedAddressEnd(text, start);
      cueEnd = end;
      for (; next < known.length && known[next]!.start < end; next += 1) knownEnd = Math.max(knownEnd, known[next]!.end);
      if (knownEnd > start) continue;
      const value = text.slice(start, end);
      // A place has a house number among its first two words and a capitalised name: "sent to 5 people" and
      // "moved to London in 2019" are not addresses.
      if (numberFirst.test(value) && capitalisedWord.test(value)) {
        spans.push({ type: 'STREET_ADDRESS', start, end, confidence: 0.7 });
      }
    }
    return spans;
  },
};

/** Inline range check, not the imported isDigitCode: asked for most capitalised words. */
function startsWithDigit(text: string, word: Word): boolean {
  const code = text.charCodeAt(word.start);
  return code >= 48 && code <= 57;
}

/** End of an address after a cue: at most 100 characters, up to a blank line, '?', '!', ';', ' for ', ' and ' or a sentence's full stop. */
function cuedAddressEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + ADDRESS_MAX);
  let end = start;
  for (; end < limit; end += 1) {
    const ch = text[end];
    if (ch === '?' || ch === '!' || ch === ';' || ch === '"' || (ch === '\n' && text[end + 1] === '\n')) break;
    if (ch === ' ' && (text.startsWith(' for ', end) || text.startsWith(' and ', end) || text.startsWith(' after ', end) || text.startsWith(' in case ', end))) break;
    if (ch === '.' && /\s/.test(text[end + 1] ?? ' ')) {
      let wordStart = end;
      while (wordStart > start && !/\s/.test(text[wordStart - 1]!)) wordStart -= 1; // never past the cue
      if (!abbreviations.has(text.slice(wordStart, end).toLowerCase())) break;
    }
  }
  while (end > start && /[\s,.]/.test(text[end - 1]!)) end -= 1;
  return end;
}

/** Index of the house number up to four capitalised words before the suffix at `i`, or -1. */
function numberBefore(list: Word[], i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 5); j -= 1) {
    const word = list[j]!;
    if (!word.adjacentTo(list[j + 1]!)) return -1;
    if (houseNumber.test(bare(word))) return j < i - 1 ? j : -1;
    if (!word.cap && !/^\d{1,3}(?:st|nd|rd|th)$/i.test(word.text)) return -1;
  }
  return -1;
}

/** End of the address: the suffix word, then an optional unit ("Apt. 4") and "City, ST 12345". */
function extendAddress(text: string, list: Word[], i: number): number {
  let end = list[i]!.end;
  const unit = list[i + 1];
  const unitNumber = list[i + 2];
  if (unit !== undefined && unitNumber !== undefined && unitWords.has(unit.lower) && unit.start - end <= 2 && /^#?\d{1,5}[A-Za-z]?$/.test(bare(unitNumber))) {
    end = unitNumber.end;
  }
  const tail = cityStateZip.exec(text.slice(end, end + 64));
  return tail ? end + tail[0].length : text[end - 1] === '.' ? end - 1 : end;
}

/** True when a street name ("Bay Street", "Crown St") follows `index`: the number before it is a house number. */
export function startsWithStreetName(text: string, index: number): boolean {
  const list = tokenize(text.slice(index, index + 80));
  for (const word of list.slice(0, 5)) {
    if (!word.cap || /\n/.test(text.slice(index, index + word.start))) return false;
    if (suffixes.has(word.lower) || prefixes.has(word.lower) || hasGluedSuffix(word.lower)) return true;
  }
  return false;
}
