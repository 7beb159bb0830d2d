/**
 * Capitalised words that some name list holds but that, alone, name a thing: planets, numbers, programming
 * languages, maths and school terms, seasons, directions. Alone they are no PERSON ("the next one is Venus",
 * `9: "Nine"`, `Max`, found on HumanEval and MBPP), and a name found once is never repeated onto them. Words that
 * are as often a person's name (Julia, Ruby, Grace, Will, Mark) are not here: the tagger judges them by context.
 * The trainer's capitalised non-names (`nonNames.listed` in tools/train-pii/lists.ts) include all of them.
 */
import { hashLower } from './tagger-features';

export const thingWords: readonly string[] = `Sun Moon Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto
One Two Three Four Five Six Seven Eight Nine Ten Pascal Haskell Erlang Elixir Dart Lua Perl Max Min Sum Count Mean
Mode Range English Science Maths History Art Music Spring Summer Autumn Winter North South East West`.split(/\s+/);

const set = new Set(thingWords.map((w) => hashLower(w, 0, w.length)));

/** True when text[from, to) is one of the words above, in any ASCII casing. */
export function isThingWord(text: string, from: number, to: number): boolean {
  return to - from <= 10 && set.has(hashLower(text, from, to));
}
