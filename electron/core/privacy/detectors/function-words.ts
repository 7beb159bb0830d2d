/**
 * English function words (articles, pronouns, prepositions, conjunctions, auxiliaries, common adverbs and
 * quantifiers) and a few of the other languages the scanner reads. Alone, none of them is a person's name in a
 * prompt, yet lower-case and sentence-initial training text teaches the tagger to mark some ("among", "An", "do",
 * "No"): a one-word PERSON span that is one of these is dropped. Names that are also such words ("Will", "May")
 * still count inside a longer span ("Will Smith").
 */
import { hashLower } from './tagger-features';

const words = `a an the this that these those there here
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
who whom whose which what when where why how whoever whatever
and or nor but if then else so yet because although though while whereas unless until since as than
of in on at by for with from to into onto upon over under above below between among amongst through during
before after about against without within along across around behind beyond near off out up down via per
is am are was were be been being do does did done doing have has had having can could shall should will
would may might must ought need dare let
not no yes yeah ok okay all any some none each every either neither both few many much more most other
another such only own same very too also just even still again ever never always often sometimes
now today tomorrow yesterday
one two three four five six seven eight nine ten first second third last next
hi hello hey thanks thank please dear sorry
le la les un une des du de et ou il elle nous vous ils elles der die das ein eine und oder ich du er sie wir
el los las y o yo tu usted una unos il lo gli di da e`;

const set = new Set(words.split(/\s+/).filter((w) => w.length > 0).map((w) => hashLower(w, 0, w.length)));

/** True when text[from, to) is one of the words above, in any ASCII casing. */
export function isFunctionWord(text: string, from: number, to: number): boolean {
  return to - from <= 10 && set.has(hashLower(text, from, to));
}
