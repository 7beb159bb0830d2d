import type { Detector, PrivacyCategoryType, Span } from '../../types';
import { type Word, wordFilter, words } from '../words';
import { cueSets, guessLang, type CueSets } from './cues';
import { headKey, symbolOf, tailKey } from './fold';
import { de } from './lexicon-de';
import { en } from './lexicon-en';
import { es } from './lexicon-es';
import { fr } from './lexicon-fr';
import { sharedHealth, sharedNone } from './lexicon-shared';
import type { Lang } from './lexicon-types';
import { buildMatterIndex, elisionStart, exactSlot, lookupForm, matchAt, MAX_GATE_LENGTH, prefilterForms } from './matter-index';
import { recordCues, type RecordCues } from './record-cues';
import { subjectOf } from './subject';

const index = buildMatterIndex({ en, de, fr, es }, sharedHealth, sharedNone);
/**
 * A first gate read from the mask the tokenizer already computed (first letter, last letter, length): only
 * words it lets through pay for the three-letter gate. Tails (German compounds) are looked at only in
 * capitalised words, as German nouns are written.
 */
const prefilter = wordFilter(prefilterForms(index.entries));
const sets: Record<Lang, CueSets> = { en: cueSets(en, 'en'), de: cueSets(de, 'de'), fr: cueSets(fr, 'fr'), es: cueSets(es, 'es') };
/** Tail entries (German compounds) are all longer than this; shorter words skip the tail gate. */
const MIN_TAIL_WORD = 7;

/** Part of a code identifier (`balance_debt`, `obj.debt`, `debt:`) rather than a word of prose. */
function inIdentifier(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return before === 95 || before === 46 || before === 58 || before === 36 // _ . : $
    || after === 95 || after === 58 || after === 36 || after === 40 || after === 61; // _ : $ ( =
}

/** Words before a variable name in code (`const salary = …`). */
const declarations = new Set(['const', 'let', 'var', 'def', 'int', 'float', 'double', 'long', 'val', 'auto', 'decimal']);

/** Start offsets of ``` fences: a term after an odd number of them is inside a code block. */
function fences(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('```'); at !== -1; at = text.indexOf('```', at + 3)) out.push(at);
  return out;
}

/** The end of a measurement's finding: its value when a number follows within a few words ("HbA1c came back at 7.9%"). */
function measureEnd(text: string, list: readonly Word[], last: number): number {
  let end = list[last]!.bodyEnd;
  let seenNumber = false;
  for (let j = last + 1; j < list.length && j <= last + 5; j += 1) {
    const word = list[j]!;
    const digit = /^\d/.test(word.text);
    if (!digit && (seenNumber || j > last + 3)) break;
    if (digit) {
      seenNumber = true;
      end = word.bodyEnd;
      if (text[end] === '%') end += 1;
    }
  }
  return end;
}

/**
 * HEALTH, FINANCIAL, LEGAL about a person: a term of the lexicons (a diagnosis, a drug, a lab value, an arrest,
 * a lawsuit, a salary, a debt…) tied to a person by the words around it (see subject.ts). Linear: each word
 * costs two table reads unless it may start (or end) a term; the rare candidates get the closer look.
 */
export const categoryDetector: Detector = {
  name: 'categories',
  detect(text) {
    const list = words(text);
    const { head, tail, exact, byHead, byTail } = index;
    let candidates: number[] | undefined;
    for (let i = 0; i < list.length; i += 1) {
      const word = list[i]!;
      const start = word.start;
      // An elided word (l'asthme, d'un, qu'il) is let through to the closer gate: the prefilter sees it whole.
      const second = text.charCodeAt(start + 1);
      const elided = second === 39 || second === 0x2019 || (text.charCodeAt(start + 2) === 39 && (text.charCodeAt(start) | 32) === 113);
      if (!word.mayBeIn(prefilter) && !elided && !(word.cap && word.bodyEnd - start >= MIN_TAIL_WORD)) continue;
      if (text.charCodeAt(start) < 65) continue; // digits start no term
      const from = elided ? elisionStart(text, word) : start;
      const bit = 1 << Math.min(word.bodyEnd - from, MAX_GATE_LENGTH);
      const key = headKey(text, from, word.bodyEnd);
      if ((head[key]! & bit) !== 0 || (exact[exactSlot(key, symbolOf(text.charCodeAt(word.bodyEnd - 1)))]! & bit) !== 0 || (word.cap && word.bodyEnd - word.start >= MIN_TAIL_WORD && (tail[tailKey(text, word.start, word.bodyEnd)]! & bit) !== 0)) {
        (candidates ??= []).push(i);
      }
    }
    if (candidates === undefined) return [];

    const forms: Array<string | undefined> = [];
    const form = (j: number): string => (forms[j] ??= lookupForm(text, list[j]!));
    let lang: Lang | undefined;
    let cues: RecordCues | undefined;
    let marks: number[] | undefined;
    let fencesBefore = 0; // candidates come in text order, so the count only moves forward (linear)
    const spans: Span[] = [];
    let skipTo = -1;
    for (const i of candidates) {
      if (i <= skipTo) continue;
      const word = list[i]!;
      if (inIdentifier(text, word.start, word.end) || (i > 0 && declarations.has(list[i - 1]!.text))) continue;
      const from = elisionStart(text, word);
      const options = [byHead.get(headKey(text, from, word.bodyEnd)), word.cap ? byTail.get(tailKey(text, word.start, word.bodyEnd)) : undefined];
      const langOf = (): Lang => (lang ??= guessLang(list));
      const hit = matchAt(text, list, i, options, form, langOf);
      if (hit === undefined) continue;
      skipTo = hit.last;
      const category: PrivacyCategoryType | null = hit.entry.category;
      if (category === null) continue;
      marks ??= fences(text);
      while (fencesBefore < marks.length && marks[fencesBefore]! < word.start) fencesBefore += 1;
      if (fencesBefore % 2 === 1) continue;
      cues ??= recordCues(text);
      const textLang = langOf();
      if (!subjectOf({ text, list, start: i, last: hit.last, category, sets: sets[textLang], lang: textLang, cues })) continue;
      const end = hit.entry.measure ? measureEnd(text, list, hit.last) : list[hit.last]!.bodyEnd;
      spans.push({ type: category, start: from, end, confidence: 0.7 });
    }
    return spans;
  },
};
