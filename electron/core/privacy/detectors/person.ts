import { eachMatch } from '../text-context';
import type { Detector, Span } from '../types';
import { firstNames } from './first-names';
import { adjacent, bare, isCapitalized, words, type Word } from './words';

const selfCue = new Set(["i'm", 'im', 'i’m']);
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'madam', 'dame', 'lord', 'lady']);
/** Phrases after which the next capitalised words are a name, whatever they are. */
const strongCue = /(?<![\w])(?:my name is|my name's|name is|i am called|i'm called|call me|named|dear|name:|patient:|attn:?|signed,?|regards,|sincerely,|full name:?)[ \t]{1,3}/gi;
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
    eachMatch(strongCue, text, (match) => {
      const i = wordStartingAt(list, match.index + match[0].length);
      if (i === -1 || !isCapitalized(list[i]!.text) || notSurname.has(bare(list[i]!).toLowerCase()) || titles.has(bare(list[i]!).toLowerCase())) return;
      push(i, extendName(text, list, i), 0.8);
    });
    for (let i = 0; i < list.length; i += 1) {
      const word = list[i]!;
      const lower = bare(word).toLowerCase();
      const next = list[i + 1];
      if (firstNames.has(lower) && isCapitalized(word.text) && !(next !== undefined && adjacent(text, word, next) && isCapitalized(next.text))) {
        push(i, i, 0.55);
        continue;
      }
      if (next === undefined || !adjacent(text, word, next) || !isCapitalized(next.text)) continue;
      if (titles.has(lower) && isCapitalized(word.text)) {
        const end = extendName(text, list, i + 1);
        push(i + 1, end, 0.8);
        i = end;
      } else if (firstNames.has(lower) && isCapitalized(word.text)) {
        const end = extendName(text, list, i);
        push(i, end, end > i ? 0.7 : 0.55);
        i = end;
      } else if (selfCue.has(lower) && isCapitalized(next.text) && !notSurname.has(bare(next).toLowerCase())) {
        // "I'm Naomi Ryan": a self-introduction when two capitalised words (or a known first name) follow.
        const end = extendName(text, list, i + 1);
        if (end > i + 1 || firstNames.has(bare(next).toLowerCase())) push(i + 1, end, 0.75);
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

/** Index of the word that starts exactly at `offset` (binary search), or -1. */
function wordStartingAt(list: Word[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = list[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const nameEnd = (word: Word): number => (word.text.endsWith('.') && word.text.length > 2 ? word.end - 1 : word.end);

/** Index of the last word of a name starting at `i`: up to three more capitalised words or initials. */
function extendName(text: string, list: Word[], i: number): number {
  let end = i;
  while (end - i < 3) {
    const next = list[end + 1];
    const current = list[end]!;
    if (next === undefined || !adjacent(text, current, next) || !isCapitalized(next.text) || notSurname.has(bare(next).toLowerCase())) break;
    if (current.text.endsWith('.') && current.text.length > 2) break; // a sentence ended
    end += 1;
  }
  return end;
}
