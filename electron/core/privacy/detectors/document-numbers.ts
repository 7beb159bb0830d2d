import type { Span } from '../types';
import type { Cue, CueKind } from './id-cues';

/**
 * What may stand between a cue and its value: punctuation and number words ("Passport No.:", "MRN #",
 * "numéro de", "número:", "is"). Run on its own (it always matches, possibly empty) so nothing after it can make
 * it backtrack.
 */
const filler = /(?:[ \t:#=(),.-]|\u00a0|n°|nº|no(?![A-Za-z0-9])|nr(?![A-Za-z0-9])|num(?:ber|ero|éro|ber:)?(?![A-Za-z0-9])|número|nummer|is(?![A-Za-z0-9])|was(?![A-Za-z0-9])|id(?![A-Za-z0-9])|de(?![A-Za-z0-9])|del(?![A-Za-z0-9])|du(?![A-Za-z0-9])|ist(?![A-Za-z0-9])|est(?![A-Za-z0-9])|es(?![A-Za-z0-9])|lautet|my(?![A-Za-z0-9])){0,12}/iy;
/** Words or signs that make a weak cue ("DL") a label: "DL#", "DL no.", "DL number". */
const labelled = /[#:]|n°|\bno\b|\bnr\b|\bnum|\bnumber/i;
/** Up to five letter-and-digit groups joined by a hyphen or a space: "C01X00T47", "D123-4567-8901", "123 456 789". */
const valueShape = /[A-Za-z0-9]{1,20}(?:[- ][A-Za-z0-9]{1,20}){0,4}/y;
const lettersPrefix = /^[A-Z]{1,5}$/;
/** Dates and years read as "since 2019" more often than as a record number. */
const dateLike = /^(?:\d{4}-\d{1,2}-\d{1,2}|(?:19|20)\d{2})$/;

/** Lengths (letters and digits, separators not counted) and the least number of digits each kind accepts. */
const rules: Record<Exclude<CueKind, 'DATE_OF_BIRTH'>, { min: number; max: number; digits: number; confidence: number }> = {
  PASSPORT: { min: 6, max: 9, digits: 3, confidence: 0.9 },
  DRIVER_LICENSE: { min: 5, max: 20, digits: 3, confidence: 0.9 },
  MEDICAL_RECORD_NUMBER: { min: 4, max: 15, digits: 4, confidence: 0.9 },
};

const countDigits = (value: string): number => {
  let n = 0;
  for (let i = 0; i < value.length; i += 1) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) n += 1;
  return n;
};

/**
 * The code after a cue, grown group by group: a group joined by a space must hold a digit, so "A1234567 and"
 * stops before "and". Null when what follows is not a code of the kind's shape.
 */
function valueAfter(text: string, at: number, kind: keyof typeof rules): { start: number; end: number } | null {
  valueShape.lastIndex = at;
  const match = valueShape.exec(text);
  if (match === null || /[A-Za-z0-9]/.test(text[at + match[0].length] ?? '')) return null;
  const rule = rules[kind];
  const groups = match[0].split(/(?=[- ])/);
  let value = '';
  let compact = '';
  for (const group of groups) {
    const body = group.replace(/^[- ]/, '');
    const digits = countDigits(body);
    // A letters-only group is a code's prefix ("MORGA 657054…") only in capitals: "in 2019" is no code.
    if (digits === 0 && (value === '' ? !lettersPrefix.test(body) : group.startsWith(' '))) break;
    if (compact.length + body.length > rule.max) break;
    value += group;
    compact += body;
  }
  if (compact.length < rule.min || countDigits(compact) < rule.digits || dateLike.test(value)) return null;
  return { start: at, end: at + value.length };
}

/**
 * MEDICAL_RECORD_NUMBER, PASSPORT or DRIVER_LICENSE: the code right after a cue of that kind ("MRN: 00123456",
 * "passport no. C01X00T47", "Führerschein-Nr. B072RRE2I55", "numéro de passeport 12AB34567"). Their formats
 * differ by country and institution, so without the cue no code counts.
 */
export function documentNumberAt(text: string, cue: Cue & { kind: keyof typeof rules }): Span | null {
  filler.lastIndex = cue.end;
  filler.exec(text);
  const at = filler.lastIndex;
  if (at - cue.end > 30 || (cue.weak && !labelled.test(text.slice(cue.end, at)))) return null;
  const found = valueAfter(text, at, cue.kind);
  return found === null ? null : { type: cue.kind, start: found.start, end: found.end, confidence: rules[cue.kind].confidence };
}
