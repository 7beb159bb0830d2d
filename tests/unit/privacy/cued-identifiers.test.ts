import { describe, expect, it } from 'vitest';
import { scanText, type SpanType } from '../../../electron/core/privacy';

const newTypes = new Set<SpanType>([
  'DATE_OF_BIRTH', 'MEDICAL_RECORD_NUMBER', 'PASSPORT', 'DRIVER_LICENSE', 'UK_NINO', 'DE_TAX_ID', 'FR_NIR', 'ES_DNI',
  'IT_FISCAL_CODE', 'NL_BSN', 'IN_AADHAAR', 'CRYPTO_WALLET',
]);
const found = (text: string, type: SpanType): string[] =>
  scanText(text).spans.filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
/** Every finding of the twelve identifier types, as "TYPE:value". */
const anyNew = (text: string): string[] =>
  scanText(text).spans.filter((s) => newTypes.has(s.type)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('DATE_OF_BIRTH needs a birth cue', () => {
  it.each([
    ['DOB: 12/03/1985', '12/03/1985'],
    ['Patient, d.o.b. 1985-03-12, presents with', '1985-03-12'],
    ['date of birth 3 March 1985', '3 March 1985'],
    ['I was born on March 3, 1985 in Leeds', 'March 3, 1985'],
    ['Geburtsdatum: 03.05.1979', '03.05.1979'],
    ['Er ist am 3. Mai 1979 geboren.', '3. Mai 1979'],
    ['geboren am 03.05.1979 in Köln', '03.05.1979'],
    ['née le 12 mars 1985 à Lyon', '12 mars 1985'],
    ['date de naissance : 12/03/1985', '12/03/1985'],
    ['fecha de nacimiento: 12 de marzo de 1985', '12 de marzo de 1985'],
    ['nacido el 05-11-1990', '05-11-1990'],
  ])('%j', (text, value) => expect(found(text, 'DATE_OF_BIRTH')).toEqual([value]));
  it.each([
    'The meeting is on 12/03/1985.',
    'Released 1985-03-12, version 2.3.1',
    'Invoice dated 3 March 1985',
    'log: 2024-06-01T12:30:00Z started',
    'She was born in a small town. The report is due 12/03/2024.', // a sentence ends between cue and date
    'DOB: 31/31/1985', // no such date
    'born on 12/03/2199', // in the future
    'birthday party on Saturday at 5',
  ])('not in %j', (text) => expect(found(text, 'DATE_OF_BIRTH')).toEqual([]));
});

describe('MRN, PASSPORT and DRIVER_LICENSE need their cue', () => {
  it.each<[string, SpanType, string]>([
    ['MRN: 00123456', 'MEDICAL_RECORD_NUMBER', '00123456'],
    ['medical record number 4711-0815-22', 'MEDICAL_RECORD_NUMBER', '4711-0815-22'],
    ['Patient ID #A2093341', 'MEDICAL_RECORD_NUMBER', 'A2093341'],
    ['Patientennummer 4711-0815', 'MEDICAL_RECORD_NUMBER', '4711-0815'],
    ['numéro de dossier médical 20230045', 'MEDICAL_RECORD_NUMBER', '20230045'],
    ['historia clínica nº 884512', 'MEDICAL_RECORD_NUMBER', '884512'],
    ['passport no. C01X00T47', 'PASSPORT', 'C01X00T47'],
    ['My passport number is 533380006.', 'PASSPORT', '533380006'],
    ['Reisepass: C4J9K7L2M', 'PASSPORT', 'C4J9K7L2M'],
    ['numéro de passeport 12AB34567', 'PASSPORT', '12AB34567'],
    ['pasaporte: PAA123456', 'PASSPORT', 'PAA123456'],
    ["driver's license D123-4567-8901", 'DRIVER_LICENSE', 'D123-4567-8901'],
    ['Führerschein-Nr. B072RRE2I55', 'DRIVER_LICENSE', 'B072RRE2I55'],
    ['permis de conduire n° 123456789012', 'DRIVER_LICENSE', '123456789012'],
    ['permiso de conducir: 12345678', 'DRIVER_LICENSE', '12345678'],
    ['DL# 12345678', 'DRIVER_LICENSE', '12345678'],
  ])('%j', (text, type, value) => expect(found(text, type)).toEqual([value]));
  it.each<[string, SpanType]>([
    ['order 00123456 shipped', 'MEDICAL_RECORD_NUMBER'],
    ['MRN pending', 'MEDICAL_RECORD_NUMBER'],
    ['patient id 2019', 'MEDICAL_RECORD_NUMBER'], // a year
    ['C01X00T47', 'PASSPORT'],
    ['passport is valid until 2030', 'PASSPORT'],
    ['passport photo 35x45 mm', 'PASSPORT'],
    ['D123-4567-8901', 'DRIVER_LICENSE'],
    ['dl 12345678', 'DRIVER_LICENSE'], // "dl" (download, deciliter) counts only as "DL#" / "DL no."
    ['download the file, dl 300 MB', 'DRIVER_LICENSE'],
  ])('not in %j', (text, type) => expect(found(text, type)).toEqual([]));
});

describe('no identifier on look-alikes', () => {
  it.each([
    'Order #123456789 shipped on 2024-05-01; tracking 1Z999AA10123456784.',
    'timestamp 1700000000000 and 1717171717',
    'epoch ms 1712345678901, ns 1712345678901234567',
    'sha1 9fceb02d0ae598e95dc970b74767f19372d61af8, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'git commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 on branch main (abbrev 4b825dc)',
    'uuid 123e4567-e89b-12d3-a456-426614174000 and 550E8400-E29B-41D4-A716-446655440000',
    'version 1.2.3, node v20.11.1, Python 3.12.0, build 20240501.1',
    'Call +44 20 7946 0958 or (415) 555-2671, +91 98765 43210, +33 1 23 45 67 89',
    'The deadline is 12/03/2024 and the event 2024-03-12.',
    'def f(x):\n    return 123456789 * x + 86095742719 % 97',
    'IPv4 192.168.100.200, MAC 00:1A:2B:3C:4D:5E, port 8080',
    'ISBN 978-0-306-40615-7, EAN 4006381333931',
    'matrix = [[255, 255, 255], [123456782, 111222333]]',
    'price 12345678 EUR, qty 2, total 24691356',
    'CSS color #5aaeb6 and rgba(12, 34, 56, 0.5)',
  ])('%j', (text) => expect(anyNew(text)).toEqual([]));
});
