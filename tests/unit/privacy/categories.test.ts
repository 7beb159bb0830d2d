import { describe, expect, it } from 'vitest';
import { categoryDetector, scanText } from '../../../electron/core/privacy';
import { categorySamples } from '../../helpers/category-fixtures';

const found = (text: string): string[] => categoryDetector.detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const types = (text: string): string[] => [...new Set(categoryDetector.detect(text).map((s) => s.type))].sort();

describe('categories: a matter tied to a person', () => {
  it('the clinician request is HEALTH, with the diagnoses as findings', () => {
    const text = "Here is my patient's record: Margaret Ellison, DOB 04/12/1961, MRN 5523109, diagnosed with type 2 diabetes and stage 3 CKD. Draft a detailed referral letter.";
    expect(found(text)).toEqual(['HEALTH:diagnosed', 'HEALTH:diabetes', 'HEALTH:CKD']);
  });

  it.each([
    ['en', 'My dad is on metformin 1000 mg and his HbA1c came back at 8.2 %.', ['HEALTH']],
    ['en', '67-year-old man, hx of MI and T2DM, presents with chest pain.', ['HEALTH']],
    ['en', 'Mr. Okafor was charged with burglary last week.', ['LEGAL']],
    ['en', 'My husband\'s deportation hearing is on Monday.', ['LEGAL']],
    ['en', 'I owe $12,000 and my wages are being garnished.', ['FINANCIAL']],
    ['de', 'Mein Patient, 54 Jahre, hat COPD und nimmt Salbutamol.', ['HEALTH']],
    ['de', 'Frau Müller wurde gestern festgenommen.', ['LEGAL']],
    ['de', 'Ich habe 9.000 € Schulden und muss Privatinsolvenz anmelden.', ['FINANCIAL']],
    ['fr', "Ma patiente, 61 ans, est sous insuline et a de l'hypertension.", ['HEALTH']],
    ['fr', "Mon frère a été arrêté et placé en garde à vue.", ['LEGAL']],
    ['fr', "J'ai des dettes et mon salaire ne suffit plus.", ['FINANCIAL']],
    ['es', 'Me diagnosticaron diabetes y tomo metformina.', ['HEALTH']],
    ['es', 'La Sra. García fue detenida y está acusada de robo.', ['LEGAL']],
    ['es', 'Tengo deudas con el banco y mi sueldo no alcanza.', ['FINANCIAL']],
  ])('%s: %j', (_lang, text, expected) => expect(types(text)).toEqual(expected));

  it('a lab value carries its number into the finding', () => {
    expect(found('My HbA1c came back at 7.9% this week.')).toEqual(['HEALTH:HbA1c came back at 7.9%']);
  });

  it('a French elision is not part of the finding', () => {
    expect(found("Mon fils a de l'asthme.")).toEqual(['HEALTH:asthme']);
  });
});

describe('categories: look-alikes that are about no one', () => {
  it.each([
    'What are the symptoms of diabetes?', 'Explain how metformin works.', 'Write an essay on deportation policy.',
    'How does bankruptcy work in Germany?', 'Was ist Diabetes?', "Qu'est-ce que le diabète ?", '¿Qué es la diabetes?',
    'Write a short story where she is diagnosed with cancer.', 'In my novel the victim had gambling debts.',
    'Help me write an essay about depression in teenagers.', 'My lithium battery drains fast.',
    'Wie funktioniert eine Privatinsolvenz?', 'Explique la différence entre une garde à vue et une détention.',
  ])('%j', (text) => expect(types(text)).toEqual([]));

  it.each([
    'total_debt = sum(a.debt for a in accounts)  # my script', 'const salary = employee.salary * 1.05; // my code',
    'SELECT patient_id, diagnosis FROM my_table', 'if (user.debt > 0) { me.notify(); }',
    '```\nmy_debt = 5  # I owe\n```',
  ])('code: %j', (text) => expect(types(text)).toEqual([]));
});

describe('categories: the labelled fixtures', () => {
  it('hold ≥ 300 texts, half of them look-alikes, ≥ 40 in each of DE, FR, ES', () => {
    const all = [...categorySamples('dev'), ...categorySamples('heldout')];
    expect(all.length).toBeGreaterThanOrEqual(300);
    const positives = all.filter((s) => s.categories.length > 0).length;
    expect(Math.abs(positives / all.length - 0.5)).toBeLessThan(0.05);
    for (const lang of ['de', 'fr', 'es'] as const) expect(all.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('the detector reaches precision and recall ≥ 0.95 on the held-out part', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const sample of categorySamples('heldout')) {
      const predicted = new Set(categoryDetector.detect(sample.text).map((s) => s.type));
      for (const category of ['HEALTH', 'LEGAL', 'FINANCIAL'] as const) {
        const actual = sample.categories.includes(category);
        if (predicted.has(category) && actual) tp += 1;
        else if (predicted.has(category)) fp += 1;
        else if (actual) fn += 1;
      }
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
  });

  it('category spans sit next to entity spans in a scan (a name inside a health sentence is both)', () => {
    const spans = scanText('Mr. Haddad, 81, was admitted with pneumonia.').spans.map((s) => s.type);
    expect(spans).toContain('HEALTH');
  });
});

describe('categories: linear time', () => {
  it.each([
    ['terms inside many code fences', '``` my debt ``` '],
    ['terms next to many ages', 'my patient, 54 Jahre, diabetes; '],
    ['possessive term pairs', 'my diabetes and his arrest, '],
  ])('%s (250 K characters) in under 5 s: no work grows with the square of the findings', (_name, unit) => {
    const text = unit.repeat(Math.ceil(250_000 / unit.length));
    const started = performance.now();
    categoryDetector.detect(text);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
