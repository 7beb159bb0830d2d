import { fold } from './fold';
import type { Word } from '../words';
import type { Lang, Lexicon } from './lexicon-types';

/** A lexicon's cue lists as sets; entries are kept as written and folded, so "qué" and "erklare" both work. */
export interface CueSets {
  first: ReadonlySet<string>;
  third: ReadonlySet<string>;
  possessive: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  artifacts: ReadonlySet<string>;
  general: ReadonlySet<string>;
  fiction: ReadonlySet<string>;
}

const set = (spec: string): ReadonlySet<string> => new Set(spec.split(/\s+/).filter((w) => w !== ''));

/** Stopword → one bit per language that uses it, as typed and folded. */
const stopwordLangs = new Map<string, number>();
const langBits: Record<Lang, number> = { en: 1, de: 2, fr: 4, es: 8 };

export function cueSets(lexicon: Lexicon, lang: Lang): CueSets {
  for (const word of lexicon.stopwords.split(/\s+/)) {
    if (word === '') continue;
    for (const form of [word, fold(word)]) stopwordLangs.set(form, (stopwordLangs.get(form) ?? 0) | langBits[lang]);
  }
  return {
    first: set(lexicon.first), third: set(lexicon.third), possessive: set(lexicon.possessive),
    relations: set(lexicon.relations), titles: set(lexicon.titles), artifacts: set(lexicon.artifacts),
    general: set(lexicon.general), fiction: set(lexicon.fiction),
  };
}

/** True when the set holds the word as typed (lower case) or in its accent-free form. */
export const has = (words: ReadonlySet<string>, word: Word): boolean => words.has(word.lower) || (!word.ascii && words.has(fold(word.lower)));

/** As `has`, also without an English 's behind ("my husband's hearing"). */
export function hasBare(words: ReadonlySet<string>, word: Word): boolean {
  if (has(words, word)) return true;
  const lower = word.lower;
  if (!lower.endsWith("'s")) return false;
  const bare = lower.slice(0, -2);
  return words.has(bare) || words.has(fold(bare));
}

/**
 * The language of a text, from its function words (first 120 words). Called only for texts that
 * hold a candidate term, so its cost does not count for the usual text. Ties and no evidence: English.
 */
export function guessLang(list: readonly Word[]): Lang {
  const score = [0, 0, 0, 0];
  for (let i = 0; i < list.length && i < 120; i += 1) {
    const bits = stopwordLangs.get(list[i]!.lower);
    if (bits === undefined) continue;
    for (let b = 0; b < 4; b += 1) if ((bits & (1 << b)) !== 0) score[b]! += 1;
  }
  const langs: Lang[] = ['en', 'de', 'fr', 'es'];
  let best = 0;
  for (let b = 1; b < 4; b += 1) if (score[b]! > score[best]!) best = b;
  return langs[best]!;
}
