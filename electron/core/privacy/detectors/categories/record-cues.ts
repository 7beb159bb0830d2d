/**
 * Cues that a text is a record about one person. Whole-text cues (DOB, MRN, "72 y/o", "Pt", "hx of") make every
 * health term in the text about that person; ages ("54 Jahre", "61 ans", "aged 54") count near the term only.
 */
const wholeText = /\b(?:DOB|D\.O\.B|MRN|NHS (?:no|number)|date of birth|Geburtsdatum|geb\.|date de naissance|fecha de nacimiento)\b|\b\d{1,3}[- ]?(?:y\/o|y\.o\.|yo\b)|\b\d{1,3}[- ]year[- ]old\b|\b\d{1,3} years old\b|\bPt\b|\b(?:hx|Hx|h\/o|c\/o) /;
const ages = /\b\d{1,3} (?:Jahre\b|J\.)|\b\d{1,3} ans\b|\b\d{1,3} años\b|\b(?:age|aged|âgée?|edad) (?:de )?\d{1,3}\b/g;

export interface RecordCues {
  /** The text holds a whole-text record cue. */
  record: boolean;
  /** Start offsets of ages. */
  ages: number[];
  /** First age not before the window of the last term looked at. */
  nextAge: number;
}

export function recordCues(text: string): RecordCues {
  const found: number[] = [];
  ages.lastIndex = 0;
  for (let m = ages.exec(text); m !== null; m = ages.exec(text)) found.push(m.index);
  return { record: wholeText.test(text), ages: found, nextAge: 0 };
}
