import { describe, expect, it } from 'vitest';
import { categoryDetector, personDetector, streetAddressDetector, type Detector } from '../../../electron/core/privacy';

const found = (detector: Detector, text: string): string[] => detector.detect(text).map((s) => text.slice(s.start, s.end));

describe('PERSON (best effort)', () => {
  it.each([
    ['My name is Rubija Okafor and I need help.', ['Rubija Okafor']],
    ['Dear Ms. Kowalczyk, thank you.', ['Kowalczyk']],
    ['Dr. Helena Shaw uploaded it', ['Helena Shaw']],
    ['I asked Michael J. Tran about it', ['Michael J. Tran']],
    ["Hi, I'm Naomi Ryan from sales", ['Naomi Ryan']],
    ['Please forward this to Priya.', ['Priya']],
  ])('finds %j', (text, names) => expect(found(personDetector, text)).toEqual(names));
  it.each([
    'The Quick Brown Fox', 'Write a Python function', 'See you on Monday', 'Dear team, hello', 'New York City Hall',
    'It may rain', 'The API Key Is Missing',
  ])('ignores %j', (text) => expect(found(personDetector, text)).toEqual([]));
});

describe('STREET_ADDRESS (best effort)', () => {
  it.each([
    ['Ship it to 1600 Pennsylvania Avenue, Washington, DC 20500 please', '1600 Pennsylvania Avenue, Washington, DC 20500'],
    ['I live at 42 Elm St. Apt 4 now', '42 Elm St. Apt 4'],
    ['Send it to P.O. Box 1234', 'P.O. Box 1234'],
    ['Wohnung: Hauptstraße 12, Berlin', 'Hauptstraße 12'],
    ['office at 12 Rue Lafayette', '12 Rue Lafayette'],
  ])('finds %j', (text, value) => expect(found(streetAddressDetector, text)).toEqual([value]));
  it.each(['We drove 500 miles down the road', 'Chapter 3 Way Forward', 'It took 12 Days', 'version 2 Drive'])('ignores %j', (text) => {
    expect(found(streetAddressDetector, text)).toEqual([]);
  });
});

describe('HEALTH, FINANCIAL, LEGAL', () => {
  const types = (text: string): string[] => categoryDetector.detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
  it.each([
    ['My mother has dementia and I need advice.', ['HEALTH:dementia']],
    ["I'm pregnant and was prescribed insulin.", ['HEALTH:pregnant', 'HEALTH:prescribed', 'HEALTH:insulin']],
    ['He filed for bankruptcy after the divorce.', ['FINANCIAL:bankruptcy', 'LEGAL:divorce']],
    ['My son got a DUI last night.', ['LEGAL:DUI']],
  ])('finds %j', (text, expected) => expect(types(text)).toEqual(expected));
  it.each([
    'Explain how insulin works.', 'Write an essay about the history of bankruptcy law.', 'What causes migraines?',
    'The patient table has a diagnosis column.'.replace('patient', 'orders'), 'Divorce rates rose in the 1970s.',
  ])('ignores %j', (text) => expect(types(text)).toEqual([]));
});

describe('PERSON: accents, possessives, identifiers', () => {
  it.each([
    ['Ask Éva Szabó about it', ['Éva Szabó']],
    ["Rachel Cusk's Writing Style", ['Rachel Cusk']],
    ['Mr. Altman, you stand accused', ['Altman']],
  ])('finds %j', (text, names) => expect(found(personDetector, text)).toEqual(names));
  it.each([':param pred_name: Prediction column name', 'Per the docs, use Taylor series', 'Write Julia code for Pascal triangles'])('ignores %j', (text) => {
    expect(found(personDetector, text)).toEqual([]);
  });
});

describe('STREET_ADDRESS after a cue', () => {
  it.each([
    ['My new address is 30497 Ibirapita 8057, Dolores, Uruguay.', '30497 Ibirapita 8057, Dolores, Uruguay'],
    ['Eva lives at Tungata 11 Rott Crossroad, Höfn, Iceland', 'Tungata 11 Rott Crossroad, Höfn, Iceland'],
    ['Please ship to 12 Rue de Rivoli, 75001 Paris for the event', '12 Rue de Rivoli, 75001 Paris'],
  ])('finds %j', (text, value) => expect(found(streetAddressDetector, text)).toEqual([value]));
  it.each(['The report was sent to 5 people.', 'We moved to London in 2019', 'My address is private', 'It is located at line 42 of main.ts'])('ignores %j', (text) => {
    expect(found(streetAddressDetector, text)).toEqual([]);
  });
});
