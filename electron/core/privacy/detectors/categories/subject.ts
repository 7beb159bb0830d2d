import type { PrivacyCategoryType } from '../../types';
import { firstNames } from '../first-names';
import type { Word } from '../words';
import { has, hasBare, type CueSets } from './cues';
import type { Lang } from './lexicon-types';
import type { RecordCues } from './record-cues';

export interface TermSite {
  text: string;
  list: readonly Word[];
  /** Index of the term's first and last word. */
  start: number;
  last: number;
  category: PrivacyCategoryType;
  sets: CueSets;
  lang: Lang;
  cues: RecordCues;
}

/** How far from the term a person word may stand, inside its sentence. */
const BEFORE = 12;
const AFTER = 10;
/** A possessive at most this many words before the term governs it ("my type 2 diabetes"). */
const GOVERNS = 3;

/** Words after which a dot ends no sentence: titles and common abbreviations. */
const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'sra', 'srta', 'm', 'mme', 'mlle', 'vs', 'no', 'nr', 'z', 'n', 'ca', 'bzw', 'pt', 'e.g', 'i.e', 'prof', 'jr']);

/** Is there a sentence end between words a and b (. ! ? or a line break; not the dot of "Mr." or of "8.4")? */
function boundary(text: string, a: Word, b: Word): boolean {
  for (let k = a.bodyEnd; k < b.start; k += 1) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 33 || code === 63) return true;
    if (code === 46) {
      const next = text.charCodeAt(k + 1);
      if (!(next === 32 || next === 10 || next === 9 || Number.isNaN(next))) continue; // 8.4, e.g.
      if (k === a.bodyEnd && (a.bodyEnd - a.start === 1 || abbreviations.has(a.lower))) continue;
      return true;
    }
  }
  return false;
}

/** First-person words: "I" only capitalised (a lower-case i is more often a loop variable), French j' and m'. */
function isFirst(word: Word, sets: CueSets, lang: Lang): boolean {
  if (lang === 'en' && word.text === 'I') return true;
  const lower = word.lower;
  if (lang === 'fr' && (lower.startsWith("j'") || lower.startsWith("m'"))) return true;
  return has(sets.first, word);
}

/** Third-person words; in German only lower-case (capitalised Sie and Ihr are the polite "you"). */
const isThird = (word: Word, sets: CueSets, lang: Lang): boolean => (lang !== 'de' || !word.cap) && has(sets.third, word);

/**
 * Whether the term at site is about a person. Strong ties hold even in a general-looking sentence: a possessive
 * governing the term ("my diabetes", "sein HbA1c") or a relation ("my patient", "mi padre"), a title or a full
 * name ("Mr. Okafor", "Frau Müller"), a record cue (DOB, MRN, "72 y/o"; ages near the term). A weak tie — any
 * first- or third-person word in the sentence — holds unless a word before the term makes the sentence general
 * ("what is", "explain", "an essay on"). Fiction words outweigh names too.
 */
export function subjectOf(site: TermSite): boolean {
  const { text, list, start, last, sets, lang, cues } = site;
  let lo = start;
  while (lo > 0 && start - lo < BEFORE && !boundary(text, list[lo - 1]!, list[lo]!)) lo -= 1;
  let hi = last;
  while (hi < list.length - 1 && hi - last < AFTER && !boundary(text, list[hi]!, list[hi + 1]!)) hi += 1;

  let general = false;
  let fiction = false;
  for (let j = lo; j < start; j += 1) {
    if (has(sets.general, list[j]!)) general = true;
    if (has(sets.fiction, list[j]!)) fiction = true;
  }

  let weak = false;
  let named = false;
  for (let j = lo; j <= hi; j += 1) {
    if (j >= start && j <= last) continue;
    const word = list[j]!;
    const next = list[j + 1];
    if (has(sets.possessive, word) && (lang !== 'de' || !word.cap || has(sets.first, word))) {
      if (next !== undefined && hasBare(sets.artifacts, next)) continue; // "my essay on…"
      if (next !== undefined && hasBare(sets.relations, next)) return true; // "my patient", "mein Vater"
      if (j < start && start - j <= GOVERNS && !artifactBetween(list, sets, j + 1, start)) return true; // "my chemo"
      weak = true;
      continue;
    }
    if (isFirst(word, sets, lang) || isThird(word, sets, lang)) {
      weak = true;
      continue;
    }
    if (next !== undefined && next.cap && word.adjacentTo(next)) {
      if (has(sets.titles, word)) named = true; // Mr. Haddad, Frau Müller, Sra. Martínez
      else if (word.cap && firstNames.has(word.lower)) named = true; // Daniel Ortiz
    }
  }
  if (named && !fiction) return true;
  if (site.category === 'HEALTH' && cues.record) return true;
  const from = list[lo]!.start;
  const to = list[hi]!.end;
  // Terms come in text order: skip ages before this window for good, so all sites together read each age once.
  while (cues.nextAge < cues.ages.length && cues.ages[cues.nextAge]! < from) cues.nextAge += 1;
  const age = cues.ages[cues.nextAge];
  if (age !== undefined && age < to) return true;
  return weak && !general;
}

function artifactBetween(list: readonly Word[], sets: CueSets, from: number, to: number): boolean {
  for (let j = from; j < to; j += 1) if (has(sets.artifacts, list[j]!)) return true;
  return false;
}
