import type { PrivacyCategoryType } from '../types';
import type { Detector, Span } from '../types';
import { wordFilter, words, type Word } from './words';

/** Phrases (lower-case, one to three words) that name a matter of health, money trouble or law. */
const phrases: Record<PrivacyCategoryType, string[]> = {
  HEALTH: [
    'diagnosed', 'diagnosis', 'cancer', 'tumor', 'tumour', 'chemotherapy', 'chemo', 'diabetes', 'diabetic', 'hiv',
    'depression', 'depressed', 'anxiety disorder', 'panic attacks', 'bipolar', 'schizophrenia', 'adhd', 'autism', 'autistic',
    'pregnant', 'pregnancy', 'miscarriage', 'abortion', 'herpes', 'hepatitis', 'epilepsy', 'seizures', 'dementia',
    "alzheimer's", 'alzheimers', "parkinson's", 'stroke', 'heart attack', 'surgery', 'medication', 'medications',
    'prescribed', 'prescription', 'antidepressants', 'antidepressant', 'insulin', 'therapist', 'psychiatrist', 'rehab',
    'addiction', 'addicted', 'overdose', 'suicidal', 'self-harm', 'eating disorder', 'anorexia', 'bulimia', 'infertility',
    'ivf', 'chronic pain', 'biopsy', 'mri', 'blood pressure', 'cholesterol', 'ptsd', 'ocd', 'migraines', 'arthritis',
    'lupus', 'multiple sclerosis', 'asthma', 'disability', 'symptoms', 'tested positive', 'covid', 'chlamydia',
    'gonorrhea', 'syphilis', 'hospitalized', 'hospitalised', 'icu', 'oncologist', 'cardiologist', 'relapse',
  ],
  FINANCIAL: [
    'debt', 'debts', 'bankruptcy', 'bankrupt', 'foreclosure', 'overdraft', 'overdrawn', 'credit score', 'salary', 'payday loan',
    'tax return', 'owe', 'owes', 'collections', 'garnished', 'defaulted', 'repossessed', 'evicted', 'eviction',
    'mortgage arrears', 'loan', 'net worth', 'income',
  ],
  LEGAL: [
    'arrested', 'arrest', 'charged with', 'convicted', 'conviction', 'lawsuit', 'sued', 'suing', 'divorce', 'custody',
    'restraining order', 'probation', 'parole', 'dui', 'dwi', 'felony', 'misdemeanor', 'criminal record', 'indicted',
    'court date', 'subpoena', 'plea deal', 'bail', 'deportation', 'immigration status', 'undocumented', 'jail', 'prison',
  ],
};

/** People the matter can be about: the writer, or someone the writer speaks of. */
const personWords = new Set([
  "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'he', "he's", 'she', "she's", 'his', 'her', 'him', 'hers',
  'patient', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mom', 'mum', 'dad', 'brother', 'sister', 'partner',
  'boyfriend', 'girlfriend', 'child', 'kid', 'colleague', 'employee', 'client', 'boss', 'friend', 'grandmother',
  'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'cousin', 'we', 'our', 'us',
]);
/** Words that make the sentence about the subject in general (writing, research) rather than about a person. */
const topicWords = new Set(['research', 'article', 'essay', 'history', 'statistics', 'explain', 'definition', 'define', 'what', 'how', 'symptoms', 'treatments', 'cure']);
const PERSON_WINDOW = 6;

/** Part of a code identifier (`balance_debt`, `std::complex`, `obj.debt`) rather than a word of prose. */
const inIdentifier = (text: string, start: number, end: number): boolean =>
  /[_.:$]/.test(text[start - 1] ?? '') || /[_:$(]/.test(text[end] ?? '');

function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 10) return true; // . ! ? newline
  }
  return false;
}

/**
 * First index of the words before `i` that count: at most six back, not before the start of i's sentence. Found
 * by walking back only for the rare phrase, instead of tracking sentences across every word.
 */
function windowStart(text: string, list: readonly Word[], i: number): number {
  const limit = Math.max(1, i - PERSON_WINDOW);
  for (let j = i; j >= limit; j -= 1) if (endsSentence(text, list[j - 1]!.end - 1, list[j]!.start)) return j;
  return Math.max(0, i - PERSON_WINDOW);
}

const lookup = new Map<string, { category: PrivacyCategoryType; length: number }[]>();
for (const [category, list] of Object.entries(phrases) as [PrivacyCategoryType, string[]][]) {
  for (const phrase of list) {
    const parts = phrase.split(' ');
    const entries = lookup.get(parts[0]!) ?? [];
    entries.push({ category, length: parts.length });
    lookup.set(parts[0]!, entries);
  }
}
const firstWordFilter = wordFilter(lookup.keys());
const phraseSet = new Set(Object.values(phrases).flat());

/**
 * HEALTH, FINANCIAL, LEGAL: a listed phrase with a person word at most six words before it, in the same sentence,
 * and no word that turns the sentence into a general question ("explain what bipolar is").
 */
export const categoryDetector: Detector = {
  name: 'categories',
  detect(text) {
    const spans: Span[] = [];
    const list = words(text);
    for (let i = 0; i < list.length; i += 1) {
      const word = list[i]!;
      const candidates = word.mayBeIn(firstWordFilter) ? lookup.get(word.lower) : undefined;
      if (candidates === undefined) continue;
      for (const { category, length } of candidates) {
        const last = list[i + length - 1];
        if (last === undefined) continue;
        const phrase = list.slice(i, i + length).map((w) => w.lower).join(' ');
        if (!phraseSet.has(phrase)) continue;
        if (inIdentifier(text, word.start, last.end)) continue;
        const window = list.slice(windowStart(text, list, i), i);
        // The pronoun "I" counts only capitalised: a lower-case i is far more often a loop variable.
        const personal = window.some((w) => w.text === 'I' || personWords.has(w.lower));
        if (!personal || window.some((w) => topicWords.has(w.lower))) continue;
        spans.push({ type: category, start: word.start, end: last.end - (last.text.endsWith('.') ? 1 : 0), confidence: 0.7 });
        break;
      }
    }
    return spans;
  },
};
