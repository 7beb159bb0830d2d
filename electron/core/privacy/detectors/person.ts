import type { Detector, Span } from '../types';
import { firstNames } from './first-names';
import { wordFilter, words, type Word } from './words';

const selfCue = new Set(["i'm", 'im', 'i’m']);
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'madam', 'dame', 'lord', 'lady']);
const firstNameFilter = wordFilter(firstNames);
const titleFilter = wordFilter(titles);
const selfCueFilter = wordFilter(selfCue);
/** Phrases after which the next capitalised words are a name, whatever they are; keyed by their last word. */
const cuePhrases = new Map<string, string[][]>();
for (const phrase of ['my name is', "my name's", 'name is', 'i am called', "i'm called", 'call me', 'named', 'dear', 'signed', 'regards', 'sincerely']) {
  const parts = phrase.split(' ');
  const last = parts[parts.length - 1]!;
  cuePhrases.set(last, [...(cuePhrases.get(last) ?? []), parts]);
}
/** Labels followed by a colon: "Name: …", "Patient: …", "Attn: …". */
const labelCues = new Set(['name', 'patient', 'attn']);
const cueFilter = wordFilter([...cuePhrases.keys(), ...labelCues]);
// A \p{…} pattern at module level: some transpilers rebuild such a literal on every evaluation.
const combiningMarks = /\p{M}/gu;
const cueGap = /^[,:]?[ \t]{1,3}$/;
/** Capitalised words that follow a first name but are not surnames. */
const notSurname = new Set(['street', 'road', 'avenue', 'lane', 'drive', 'the', 'and', 'or', 'i', 'is', 'was', 'said', 'says', 'in', 'on', 'at', 'of', 'to', 'from', 'with', 'for', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'july', 'august', 'september', 'october', 'november', 'december', 'street.']);

/**
 * PERSON (best effort): a title (Mr, Dr…) or a strong cue ("my name is", "Dear") followed by capitalised words,
 * or a known first name followed by a capitalised surname (with an optional middle initial).
 */
export const personDetector: Detector = {
  name: 'person',
  detect(text) {
    const spans: Span[] = [];
    const list = words(text);
    const push = (from: number, to: number, confidence: number): void => {
      spans.push({ type: 'PERSON', start: list[from]!.start, end: nameEnd(list[to]!), confidence });
    };
    for (let i = 0; i < list.length; i += 1) {
      const word = list[i]!;
      const next = list[i + 1];
      if (next !== undefined && next.cap && cueEndsAt(text, list, i) && cueGap.test(text.slice(word.end, next.start)) && !notSurname.has(next.lower) && !titles.has(next.lower)) {
        push(i + 1, extendName(list, i + 1), 0.8);
      }
      if (word.cap && isFirstName(word) && !(next !== undefined && word.adjacentTo(next) && next.cap)) {
        push(i, i, 0.55);
        continue;
      }
      if (next === undefined || !word.adjacentTo(next) || !next.cap) continue;
      if (word.cap && word.mayBeIn(titleFilter) && titles.has(word.lower)) {
        const end = extendName(list, i + 1);
        push(i + 1, end, 0.8);
        i = end;
      } else if (word.cap && isFirstName(word)) {
        const end = extendName(list, i);
        push(i, end, end > i ? 0.7 : 0.55);
        i = end;
      } else if (word.mayBeIn(selfCueFilter) && selfCue.has(word.lower) && next.cap && !notSurname.has(next.lower)) {
        // "I'm Naomi Ryan": a self-introduction when two capitalised words (or a known first name) follow.
        const end = extendName(list, i + 1);
        if (end > i + 1 || isFirstName(next)) push(i + 1, end, 0.75);
      }
    }
    return withoutOverlaps(spans);
  },
};

/** A cue and the name list may both find a name: keep the longer span where two overlap. */
function withoutOverlaps(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (last !== undefined && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/** Known first name; accents are ignored (Éva, Tomás, Jožef match eva, tomas, jozef). */
function isFirstName(word: Word): boolean {
  if (word.mayBeIn(firstNameFilter) && firstNames.has(word.lower)) return true;
  if (word.ascii) return false; // no accented letter to fold
  const lower = word.lower;
  // Only Latin letters with accents fold to a listed name; other scripts are not in the list at all. A char loop
  // rules out the (usual) words without an accented letter before any regex or normalisation.
  let accented = false;
  for (let k = 0; k < lower.length; k += 1) {
    const code = lower.charCodeAt(k);
    if (code >= 0xc0 && code <= 0x24f) accented = true;
    else if (!((code >= 97 && code <= 122) || code === 39 || code === 0x2019 || code === 45)) return false;
  }
  return accented && firstNames.has(lower.normalize('NFD').replace(combiningMarks, ''));
}

function cueEndsAt(text: string, list: Word[], i: number): boolean {
  const word = list[i]!;
  if (!word.mayBeIn(cueFilter)) return false;
  if (labelCues.has(word.lower) && text[word.end] === ':') return !/[\w.$]/.test(text[word.start - 1] ?? ''); // not `pred_name:`
  return (cuePhrases.get(word.lower) ?? []).some((parts) => parts.length <= i + 1 && parts.every((part, k) => list[i - parts.length + 1 + k]!.lower === part));
}

/** A name ends before a sentence's full stop and before a possessive "'s". */
function nameEnd(word: Word): number {
  if (word.text.endsWith('.') && word.text.length > 2) return word.end - 1;
  return /['’]s$/.test(word.text) ? word.end - 2 : word.end;
}

/** Index of the last word of a name starting at `i`: up to three more capitalised words or initials. */
function extendName(list: Word[], i: number): number {
  let end = i;
  while (end - i < 3) {
    const next = list[end + 1];
    const current = list[end]!;
    if (next === undefined || !current.adjacentTo(next) || !next.cap || notSurname.has(next.lower)) break;
    if ((current.text.endsWith('.') && current.text.length > 2) || /['’]s$/.test(current.text)) break; // a sentence or a possessive ended
    end += 1;
  }
  return end;
}
