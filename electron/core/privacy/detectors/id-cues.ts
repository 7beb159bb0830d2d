import { wordFilter, words } from './words';

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
    'né', 'née', 'ne le', 'nee le', 'naissance', 'date de naissance', 'ddn',
    'fecha de nacimiento', 'nacimiento', 'nacido', 'nacida', 'f nac', 'fec nac',
    // Not "nato" alone: NATO.
    'data di nascita', 'nascita', 'nato il', 'nata il', 'nato a', 'nata a', 'data de nascimento', 'nascimento', 'nascido', 'nascida',
  ],
  MEDICAL_RECORD_NUMBER: [
    'mrn', 'medical record', 'medical records', 'med rec', 'patient id', 'patient number', 'patient no', 'patient nr',
    'hospital number', 'hospital no', 'chart number', 'health record number', 'nhs number', 'nhs no', 'case number',
    'patientennummer', 'patienten-id', 'patienten-nr', 'patientenid', 'fallnummer', 'krankenakte', 'aktenzeichen patient',
    'dossier médical', 'dossier medical', 'numéro de dossier', 'numéro patient', 'numéro de patient', 'ipp', 'identifiant patient',
    'historia clínica', 'historia clinica', 'número de historia', 'nhc', 'número de paciente', 'expediente médico', 'id de paciente',
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
  /** Index just after the cue phrase (after its trailing dot, if any). */
  end: number;
  weak: boolean;
}

/** First word → the phrases starting with it, longest first. */
const phrases = new Map<string, { kind: CueKind; parts: string[] }[]>();
for (const [kind, list] of Object.entries(cueLists) as [CueKind, readonly string[]][]) {
  for (const phrase of list) {
    const parts = phrase.split(' ');
    phrases.set(parts[0]!, [...(phrases.get(parts[0]!) ?? []), { kind, parts }].sort((a, b) => b.parts.length - a.parts.length));
  }
}
const firstWordFilter = wordFilter(phrases.keys());
/** Between two words of a phrase: at most two spaces or hyphens (none after a word's own trailing dot). */
const phraseGap = /^[ \t-]{0,2}$/;

let memo: { text: string; cues: Cue[] } | undefined;

/**
 * The cue phrases in a text, found from the word list the other word detectors share: each word is ruled out by
 * a filter bit before any lookup, so a text without cues costs one pass over its words.
 */
export function idCues(text: string): Cue[] {
  if (memo?.text === text) return memo.cues;
  const cues: Cue[] = [];
  const list = words(text);
  for (let i = 0; i < list.length; i += 1) {
    const word = list[i]!;
    if (!word.mayBeIn(firstWordFilter)) continue;
    const candidates = phrases.get(word.lower);
    if (candidates === undefined) continue;
    for (const { kind, parts } of candidates) {
      let k = 1;
      for (; k < parts.length; k += 1) {
        const next = list[i + k];
        if (next === undefined || next.lower !== parts[k] || !phraseGap.test(text.slice(list[i + k - 1]!.end, next.start))) break;
      }
      if (k < parts.length) continue;
      cues.push({ kind, end: list[i + parts.length - 1]!.end, weak: parts.length === 1 && weakCues.has(parts[0]!) });
      i += parts.length - 1;
      break;
    }
  }
  memo = { text, cues };
  return cues;
}
