import type { PrivacyCategoryType } from '../../types';

export type Lang = 'en' | 'de' | 'fr' | 'es';

/**
 * One language's words, written as space-separated terms in their accent-free lower-case form:
 * `word` exact, `stem*` any word starting so, `*tail` any word ending so (German compounds), `a+b` a phrase of
 * words in a row (its last word may be a stem), `^ABBR` only when written in capitals (MI, not the Spanish "mi"),
 * `term=` a measurement (its value, when one follows, is part of the finding), `#` in a phrase: a number.
 * A phrase under `none` is not a finding: it outranks the shorter term inside it ("a mi juicio": in my opinion).
 */
export interface Lexicon {
  matter: Record<PrivacyCategoryType, string> & { none?: string };
  /** The writer: I, me, my, we (and first-person verb forms in pro-drop Spanish). */
  first: string;
  /** Someone else: he, she, him (and their possessives, which also go in `possessive`). */
  third: string;
  /** Possessives: "my" + a matter ("my diabetes") or + a relation ("my son") ties it to a person by itself. */
  possessive: string;
  /** People one can be in a relation to: patient, client, son, neighbour… */
  relations: string;
  /** Courtesy titles before a capitalised name. */
  titles: string;
  /** Things that are not a person: "my essay on diabetes" is no one's diabetes. */
  artifacts: string;
  /** Words that make the sentence general, before the matter: "what is", "explain", "an essay on". */
  general: string;
  /** The subset of `general` that marks fiction or made-up data: it outweighs even a name. */
  fiction: string;
  /** Frequent words that tell the language apart. */
  stopwords: string;
}
