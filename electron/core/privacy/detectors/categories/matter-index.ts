import type { PrivacyCategoryType } from '../../types';
import type { Word } from '../words';
import { fold, GATE_SIZE, headKey, symbolOf, tailKey } from './fold';
import type { Lang, Lexicon } from './lexicon-types';

/** One term of a lexicon, ready to match. */
export interface MatterEntry {
  /** null: a look-alike phrase that is no finding (it outranks the shorter term inside it). */
  category: PrivacyCategoryType | null;
  /** Folded words of the phrase; `#` stands for a number. */
  words: readonly string[];
  /** The first word is matched as a stem (prefix) or as a tail (suffix); otherwise exactly. */
  match: 'exact' | 'stem' | 'tail';
  /** The last word of a phrase is a stem. */
  lastStem: boolean;
  /** Only when written in capitals (abbreviations). */
  upper: boolean;
  /** A measurement: a number right after it belongs to the finding. */
  measure: boolean;
  /** Languages whose lexicon holds it; undefined: every language. */
  langs: ReadonlySet<Lang> | undefined;
}

export const EXACT_GATE_SIZE = 1 << 16;
/** Slot of the exact gate for a head key and a last symbol. */
export const exactSlot = (key: number, last: number): number => (key * 37 + last) & (EXACT_GATE_SIZE - 1);

/** Words of this length or longer share the top bit of a gate mask. */
export const MAX_GATE_LENGTH = 31;

export interface MatterIndex {
  /**
   * Per gate key (first three symbols; last three for tails), one bit per word length 0–31 that some entry
   * starting (ending) so can have: exact terms set their own length, stems and tails every length from theirs
   * on. "the" then passes no gate although "therapy" starts with it.
   */
  head: Uint32Array;
  tail: Uint32Array;
  /** Exact terms only, by (first three symbols, last symbol) hashed to 16 bits: "string" is not "stroke". */
  exact: Uint32Array;
  byHead: Map<number, MatterEntry[]>;
  byTail: Map<number, MatterEntry[]>;
  entries: readonly MatterEntry[];
}

function parse(spec: string, category: PrivacyCategoryType | null, lang: Lang | undefined): Array<MatterEntry & { key: string }> {
  return spec.split(/\s+/).filter((term) => term !== '').map((raw) => {
    let term = raw;
    const upper = term.startsWith('^');
    if (upper) term = term.slice(1);
    const measure = term.endsWith('=');
    if (measure) term = term.slice(0, -1);
    const tail = term.startsWith('*');
    if (tail) term = term.slice(1);
    // Elided articles are dropped from phrases the way lookupForm drops them from text (crise d'angoisse).
    const words = fold(term.toLowerCase()).split('+').map((w) => w.replace(/^(?:[cdjlmnst]|qu)'/, ''));
    const first = words[0]!;
    const stem = first.endsWith('*') && words.length === 1;
    const lastStem = words.length > 1 && words[words.length - 1]!.endsWith('*');
    const clean = words.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w));
    return {
      key: `${raw}\u0000${lang ?? '*'}`,
      category,
      words: clean,
      match: tail ? 'tail' : stem ? 'stem' : 'exact',
      lastStem,
      upper,
      measure,
      langs: lang === undefined ? undefined : new Set([lang]),
    };
  });
}

/** Builds the gates and entry lists of every lexicon (once, at module load). */
export function buildMatterIndex(lexicons: Record<Lang, Lexicon>, shared: string, sharedNone: string): MatterIndex {
  const all: MatterEntry[] = [...parse(shared, 'HEALTH', undefined), ...parse(sharedNone, null, undefined)];
  // The same term in several languages becomes one entry that knows all of them.
  const seen = new Map<string, MatterEntry & { langs: Set<Lang> }>();
  for (const [lang, lexicon] of Object.entries(lexicons) as [Lang, Lexicon][]) {
    const { none, ...categories } = lexicon.matter;
    const lists: Array<[PrivacyCategoryType | null, string]> = [...(Object.entries(categories) as [PrivacyCategoryType, string][]), [null, none ?? '']];
    for (const [category, spec] of lists) {
      for (const entry of parse(spec, category, lang)) {
        const id = `${entry.key.split('\u0000')[0]}\u0000${category ?? ''}`;
        const known = seen.get(id);
        if (known !== undefined) known.langs.add(lang);
        else {
          const fresh = { ...entry, langs: new Set<Lang>([lang]) };
          seen.set(id, fresh);
          all.push(fresh);
        }
      }
    }
  }
  const index: MatterIndex = { head: new Uint32Array(GATE_SIZE), tail: new Uint32Array(GATE_SIZE), byHead: new Map(), byTail: new Map(), entries: all, exact: new Uint32Array(EXACT_GATE_SIZE) };
  for (const entry of all) {
    const first = entry.words[0]!;
    const isTail = entry.match === 'tail';
    const key = isTail ? tailKey(first, 0, first.length) : headKey(first, 0, first.length);
    const gate = isTail ? index.tail : index.head;
    const length = Math.min(first.length + (isTail ? 1 : 0), MAX_GATE_LENGTH);
    // Exact terms also pass with an English 's behind (Alzheimer's); no entry has a ß or ligature that folds longer.
    const lengths = entry.match === 'exact' && length < MAX_GATE_LENGTH - 2 ? 0b101 << length : ~((1 << length) - 1);
    if (entry.match === 'exact') {
      for (const lastCode of [first.charCodeAt(first.length - 1), 115]) { // its last letter, or s of 's
        const slot = exactSlot(key, symbolOf(lastCode));
        index.exact[slot] = (index.exact[slot]! | lengths) >>> 0;
      }
    } else gate[key] = (gate[key]! | lengths) >>> 0;
    const map = isTail ? index.byTail : index.byHead;
    const list = map.get(key) ?? [];
    list.push(entry);
    map.set(key, list);
  }
  // Longest phrases first, so "cardiac arrest" is tried before "arrest".
  for (const map of [index.byHead, index.byTail]) for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Where a word's letters start once a French or Italian elision (l', d', j', qu') is skipped. */
export function elisionStart(text: string, word: Word): number {
  for (let i = word.start + 1; i <= word.start + 2 && i < word.bodyEnd - 1; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 39 || code === 0x2019) return i + 1;
  }
  return word.start;
}

/** Folded form of a word for lexicon look-ups: no elision in front, no English 's behind. */
export function lookupForm(text: string, word: Word): string {
  const from = elisionStart(text, word);
  const lower = from === word.start ? word.lower : word.lower.slice(from - word.start);
  let form = word.ascii ? lower : fold(lower);
  if (form.endsWith("'s")) form = form.slice(0, -2);
  return form;
}

const isNumber = (word: Word | undefined): boolean => word !== undefined && /^\d/.test(word.text);
const allUpper = (s: string): boolean => s === s.toUpperCase() && /[A-Z]/.test(s);

function wordMatches(want: string, form: string, stem: boolean): boolean {
  if (want === '#') return false;
  return stem ? form.startsWith(want) : form === want;
}

/**
 * The entry matching at word i, if any, and the index of its last word. The caller has already passed the
 * gates; `form` gives the cached look-up form of a word (phrases read the next ones), `lang` the text's language.
 */
export function matchAt(
  text: string,
  list: readonly Word[],
  i: number,
  candidates: readonly (readonly MatterEntry[] | undefined)[],
  form: (j: number) => string,
  lang: () => Lang,
): { entry: MatterEntry; last: number } | undefined {
  const word = list[i]!;
  const here = form(i);
  for (const group of candidates) {
    if (group === undefined) continue;
    for (const entry of group) {
      const first = entry.words[0]!;
      const ok = entry.match === 'tail' ? here.endsWith(first) && here.length > first.length : wordMatches(first, here, entry.match === 'stem');
      if (!ok) continue;
      if (entry.upper && !allUpper(text.slice(word.start, word.bodyEnd))) continue;
      let j = i;
      let whole = true;
      for (let k = 1; k < entry.words.length && whole; k += 1) {
        j += 1;
        const next = list[j];
        const want = entry.words[k]!;
        if (next === undefined) whole = false;
        else if (want === '#') whole = isNumber(next);
        else whole = wordMatches(want, form(j), k === entry.words.length - 1 && entry.lastStem);
      }
      // The language is guessed only now, for words that really are a term somewhere.
      if (whole && (entry.langs === undefined || entry.langs.has(lang()))) return { entry, last: j };
    }
  }
  return undefined;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** wordFilter buckets lengths up to 15; longer words share the last bucket. */
const FILTER_LENGTHS = 15;

/**
 * Strings whose (first letter, last letter, length) slots cover every word that can start a head entry, for
 * words.ts's wordFilter: exact terms as they are; for a stem, one
 * made-up word per last letter and length from the stem's on. One non-ASCII string opens the slot of words
 * that start or end outside a-z (diabète, Übelkeit), whose folded form the filter cannot see.
 */
export function prefilterForms(entries: readonly MatterEntry[]): string[] {
  // 's forms are not added (they would open every s-final slot); the one exact term often written so is.
  const out = new Set<string>(['é', "crohn's"]);
  const stems = new Set<string>();
  for (const entry of entries) {
    if (entry.match === 'tail') continue;
    const first = entry.words[0]!;
    if (entry.match === 'exact') out.add(first);
    else stems.add(`${first.charAt(0)}\u0000${first.length}`);
  }
  for (const stem of stems) {
    const [first, length] = stem.split('\u0000') as [string, string];
    for (let n = Math.max(2, Number(length)); n <= FILTER_LENGTHS; n += 1) {
      for (const last of LETTERS) out.add(first + 'a'.repeat(n - 2) + last);
    }
  }
  return [...out];
}
