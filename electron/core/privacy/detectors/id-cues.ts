import { idTokens } from './id-tokens';
import { wordFilter, words, type Word } from './words';

export type CueKind = 'DATE_OF_BIRTH' | 'MEDICAL_RECORD_NUMBER' | 'PASSPORT' | 'DRIVER_LICENSE';

/**
 * Words and phrases after which a date is a birth date, or a code is a record, passport or licence number; in
 * English, German, French, Spanish, Italian, Dutch and Portuguese. Written as the tokenizer reads them (lower
 * case, apostrophes and hyphens inside a word, a trailing dot dropped). `weak` cues ("DL") count only when a
 * number word or sign follows them ("DL#", "DL no.").
 */
const cueLists: Record<CueKind, readonly string[]> = {
  DATE_OF_BIRTH: [
    'dob', 'd o b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'birth', 'born', 'b-day',
    'geboren', 'geb', 'geburtsdatum', 'geburtstag', 'geb-datum', 'geboortedatum',
    'né le', 'née le', 'ne le', 'nee le', 'naissance', 'date de naissance', 'ddn',
    'fecha de nacimiento', 'nacimiento', 'nacido', 'nacida', 'nací el', 'naci el', 'nació el', 'nacio el', 'f nac', 'fec nac',
    // Not "nato" alone: NATO.
    'data di nascita', 'nascita', 'nato il', 'nata il', 'nato a', 'nata a', 'data de nascimento', 'nascimento', 'nascido', 'nascida',
  ],
  MEDICAL_RECORD_NUMBER: [
    'mrn', 'medical record', 'medical records', 'med rec', 'patient id', 'patient number', 'patient no', 'patient nr',
    'hospital number', 'hospital no', 'chart number', 'health record number', 'nhs number', 'nhs no',
    'patientennummer', 'patienten-id', 'patienten-nr', 'patientenid', 'fallnummer', 'krankenakte', 'aktenzeichen patient',
    'dossier médical', 'dossier medical', 'numéro de dossier', 'numéro de dossier médical', 'numéro patient', 'numéro de patient',
    'ipp', 'identifiant patient', 'historia clínica', 'historia clinica', 'número de historia', 'número de historia clínica', 'nhc', 'número de paciente', 'expediente médico', 'id de paciente',
    'cartella clinica', 'patiëntnummer', 'patientnummer',
  ],
  PASSPORT: [
    'passport', 'passports', 'passport-nr', 'reisepass', 'reisepassnummer', 'passnummer', 'pass-nr', 'passeport',
    'pasaporte', 'passaporto', 'paspoort', 'paspoortnummer', 'passaporte',
  ],
  DRIVER_LICENSE: [
    'driver license', "driver's license", 'drivers license', "driver's licence", 'driver licence', 'drivers licence',
    'driving licence', 'driving license', 'dl', 'dln', 'führerschein', 'führerscheinnummer',
    'fuehrerschein', 'führerschein-nr', 'permis de conduire', 'numéro de permis', 'permiso de conducir',
    'carnet de conducir', 'carné de conducir', 'licencia de conducir', 'licencia de conducción', 'patente di guida',
    'rijbewijs', 'rijbewijsnummer', 'carta de condução',
  ],
};
const weakCues = new Set(['dl', 'dln']);

export interface Cue {
  kind: CueKind;
  /** Index of the cue's first character. */
  start: number;
  /** Index just after the cue phrase (after its trailing dot, if any). */
  end: number;
  weak: boolean;
}

/**
 * Each phrase is looked up by its key word: its longest word that starts and ends with a-z. Words outside a-z at
 * either end ("né", but also every number) share one filter slot, so keying a phrase by such a word would send
 * every number in the text to a lookup.
 */
interface Phrase {
  kind: CueKind;
  parts: string[];
  key: number;
}
const plainEnds = /^[a-z](?:.*[a-z])?$/;
const phrases = new Map<string, Phrase[]>();
for (const [kind, list] of Object.entries(cueLists) as [CueKind, readonly string[]][]) {
  for (const phrase of list) {
    const parts = phrase.split(' ');
    let key = -1;
    parts.forEach((part, i) => {
      if (plainEnds.test(part) && (key === -1 || part.length > parts[key]!.length)) key = i;
    });
    if (key === -1) throw new Error(`cue phrase without a plain key word: ${phrase}`);
    const keyWord = parts[key]!;
    phrases.set(keyWord, [...(phrases.get(keyWord) ?? []), { kind, parts, key }].sort((a, b) => b.parts.length - a.parts.length));
  }
}
const keyWordFilter = wordFilter(phrases.keys());
/** Between two words of a phrase: at most two spaces or hyphens (none after a word's own trailing dot). */
const phraseGap = /^[ \t-]{0,2}$/;

let memo: { text: string; cues: Cue[] } | undefined;
/** Every value a cue can announce holds a token of two digits or more; cues are looked for only this close to one. */
const BEFORE = 56;
const AFTER = 16;

/**
 * The cue phrases near numbers in a text, found from the word list the other word detectors share. Only words
 * within BEFORE characters before (or AFTER after, for "… 1979 geboren") a token of two or more digits are
 * looked at, each at most once, and a filter bit rules most of them out before any lookup: prose without numbers
 * costs nothing. A phrase is matched around its key word, so "date of birth" is found at "birth".
 */
export function idCues(text: string): Cue[] {
  if (memo?.text === text) return memo.cues;
  const cues: Cue[] = [];
  let list: Word[] | undefined;
  let i = 0;
  for (const token of idTokens(text)) {
    if (token.digits < 2) continue;
    list ??= words(text);
    const from = token.start - BEFORE;
    const to = token.end + AFTER;
    if (i < list.length && list[i]!.end <= from) i = firstEndingAfter(list, from, i);
    for (; i < list.length && list[i]!.start < to; i += 1) {
      const word = list[i]!;
      if (!word.mayBeIn(keyWordFilter)) continue;
      const candidates = phrases.get(word.lower);
      if (candidates !== undefined) i = matchPhrase(text, list, i, candidates, cues);
    }
  }
  memo = { text, cues };
  return cues;
}

/** Index of the first word from `from` on whose end lies after `offset` (binary search: words are in order). */
function firstEndingAfter(list: readonly Word[], offset: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tries the phrases keyed by word i, longest first; records the first that fits and returns its last word's index. */
function matchPhrase(text: string, list: readonly Word[], i: number, candidates: readonly Phrase[], cues: Cue[]): number {
  for (const { kind, parts, key } of candidates) {
    const first = i - key;
    if (first < 0 || first + parts.length > list.length || (cues.length > 0 && list[first]!.start < cues[cues.length - 1]!.end)) continue;
    let k = 0;
    for (; k < parts.length; k += 1) {
      const at = list[first + k]!;
      if (k !== key && at.lower !== parts[k]) break;
      if (k > 0 && !phraseGap.test(text.slice(list[first + k - 1]!.end, at.start))) break;
    }
    if (k < parts.length) continue;
    cues.push({ kind, start: list[first]!.start, end: list[first + parts.length - 1]!.end, weak: parts.length === 1 && weakCues.has(parts[0]!) });
    return first + parts.length - 1;
  }
  return i;
}
