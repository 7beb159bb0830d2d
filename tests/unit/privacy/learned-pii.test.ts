import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectRequest, learnedPiiDetector, scanText, type Detector } from '../../../electron/core/privacy';
import { createLearnedPiiDetector, defaultPiiModelDir } from '../../../electron/core/privacy/detectors/learned-pii';
import { loadTaggerModel } from '../../../electron/core/privacy/detectors/tagger-model';
import { defaultPrivacySettings } from '../../../shared/settings/privacy';
import type { ChatRequest } from '../../../shared/chat';

/** What the learned tagger alone finds, as "TYPE:text". */
const tagged = (text: string): string[] => learnedPiiDetector.detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const people = (text: string): string[] => tagged(text).filter((f) => f.startsWith('PERSON:')).map((f) => f.slice(7));
const addresses = (text: string): string[] => tagged(text).filter((f) => f.startsWith('STREET_ADDRESS:')).map((f) => f.slice(15));

describe('learned tagger: names without cue words', () => {
  it.each([
    ['Anglo', 'Can you help Kevin Walsh with his essay?', 'Kevin Walsh'],
    ['German', 'Please forward this to Jürgen Hoffmann before noon.', 'Jürgen Hoffmann'],
    ['French', 'The slides were made by Amélie Rousseau.', 'Amélie Rousseau'],
    ['Spanish', 'Invite Alejandro Gutiérrez to the review.', 'Alejandro Gutiérrez'],
    ['Italian', 'Yesterday Giulia Esposito sent the contract.', 'Giulia Esposito'],
    ['Dutch', 'Ask Sanne de Vries whether the invoice was paid.', 'Sanne de Vries'],
    ['Nordic', 'can you email Lars Øberg about the invoice?', 'Lars Øberg'],
    ['Slavic', 'Remind me to thank Katarzyna Nowak for the flowers.', 'Katarzyna Nowak'],
    ['Arabic', 'Write a birthday message for Youssef Haddad.', 'Youssef Haddad'],
    ['Turkish', 'Draft a reply to Mehmet Yilmaz saying yes.', 'Mehmet Yilmaz'],
    ['Persian', 'Send the minutes to Shirin Tehrani and the team.', 'Shirin Tehrani'],
    ['Indian', 'How do I tell Ananya Iyer that the trip is cancelled?', 'Ananya Iyer'],
    ['Chinese pinyin', 'Wang Wei will present the results on Monday.', 'Wang Wei'],
    ['Japanese', 'Schedule a call with Haruka Yamamoto next week.', 'Haruka Yamamoto'],
    ['Korean', 'Thank you note for Park Jiwoo, please.', 'Park Jiwoo'],
    ['Vietnamese', 'Nguyen Thanh Hung asked about the refund.', 'Nguyen Thanh Hung'],
    ['African', 'Send the documents to Ngozi Okafor.', 'Ngozi Okafor'],
  ])('%s', (_culture, text, name) => {
    expect(people(text).join(' | ')).toContain(name);
  });

  it.each([
    ['hi my name is aisha khan and i need a visa letter', 'aisha khan'],
    ['write a birthday message for maria garcia', 'maria garcia'],
    ['remind me to call john tomorrow', 'john'],
  ])('lower case: %s', (text, name) => {
    expect(people(text).join(' | ')).toContain(name);
  });

  it('a possessive is not part of the name', () => {
    expect(people("I borrowed Emily's car yesterday.")).toEqual(['Emily']);
    expect(people("Can you pick up Daniel's keys?")).toEqual(['Daniel']);
  });
});

describe('learned tagger: addresses by country format', () => {
  it.each([
    ['US', 'Ship it to 742 Evergreen Terrace, Springfield, IL 62704 please.', '742 Evergreen Terrace'],
    ['US PO box', 'my mailing address is PO Box 1182, Austin, TX 78701', 'PO Box 1182'],
    ['UK', 'I live at Flat 3, 27 Alder Road, Leeds LS6 2AB now.', '27 Alder Road'],
    ['DE', 'Die Rechnung geht an Lindenstraße 14, 10969 Berlin.', 'Lindenstraße 14'],
    ['FR', 'Envoyez le colis au 18 rue des Lilas, 69003 Lyon.', '18 rue des Lilas'],
    ['ES', 'La oficina está en Calle de Alcalá, 42, 28014 Madrid.', 'Calle de Alcalá, 42'],
    ['IT', 'The venue is Via Garibaldi 21, 10122 Torino.', 'Via Garibaldi 21'],
    ['NL', 'Our new office: Keizersgracht 221, 1016 DV Amsterdam.', 'Keizersgracht 221'],
    ['IN', 'Deliver to Flat 402, Lotus Residency, 12th Main Road, Indiranagar, Bengaluru 560038.', '12th Main Road'],
    ['JP', 'Please send it to 3-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001.', '3-14-7 Jingumae'],
  ])('%s', (_country, text, part) => {
    expect(addresses(text).join(' | ')).toContain(part);
  });
});

describe('learned tagger: negatives', () => {
  it.each([
    ['code', 'def get_user(user_id):\n    return db.query(User).filter(User.id == user_id).first()'],
    ['code with address fields', 'interface Address { street: string; city: string; postcode: string }\nconst home: Address = load();'],
    ['products and companies', 'Should we deploy on Kubernetes or use Google Cloud Run with Terraform?'],
    ['months and places', 'In March we flew from Paris to Tokyo, then spent April in Kyoto.'],
    ['sentence starts', 'Explain how binary search works. Then compare it with linear search.'],
    ['street-like phrases', 'Take the main road north and turn left after the old bridge.'],
    ['numbers', 'Sort [3, 14, 15, 92, 65] and return the median of 1.5, 2.5 and 10.'],
  ])('%s', (_name, text) => {
    expect(tagged(text)).toEqual([]);
  });
});

const modelFiles = (): { header: Record<string, unknown>; weights: Buffer } => ({
  header: JSON.parse(readFileSync(join(defaultPiiModelDir(), 'model.json'), 'utf8')) as Record<string, unknown>,
  weights: readFileSync(join(defaultPiiModelDir(), 'weights.bin')),
});

describe('learned tagger: a model that cannot be loaded fails closed', () => {
  it('refuses a weight file of the wrong size and a header of another format', () => {
    const { header, weights } = modelFiles();
    const cut = mkdtempSync(join(tmpdir(), 'pii-model-'));
    writeFileSync(join(cut, 'model.json'), JSON.stringify(header));
    writeFileSync(join(cut, 'weights.bin'), weights.subarray(0, 1000));
    expect(() => loadTaggerModel(cut)).toThrow(/weights/);
    const other = mkdtempSync(join(tmpdir(), 'pii-model-'));
    writeFileSync(join(other, 'model.json'), JSON.stringify({ ...header, format: 'something-else' }));
    writeFileSync(join(other, 'weights.bin'), weights);
    expect(() => loadTaggerModel(other)).toThrow();
  });

  it('throws on every call when the model is missing, and the scan fails closed', () => {
    let loads = 0;
    const broken = createLearnedPiiDetector(() => {
      loads += 1;
      return loadTaggerModel(join(tmpdir(), 'no-such-pii-model'));
    });
    expect(() => broken.detect('hello Anna')).toThrow('could not be loaded');
    expect(() => broken.detect('hello Anna')).toThrow('could not be loaded');
    expect(loads).toBe(1);
    const result = scanText('Write a note to Anna Berg.', { detectors: [broken] });
    expect(result.failedClosed).toBe(true);
    expect(result.failedDetectors).toEqual(['learned-pii']);
  });

  it('keeps the request local when the tagger throws inside inspectRequest', () => {
    const broken = createLearnedPiiDetector(() => {
      throw new Error('disk on fire at /home/someone/secret-path');
    });
    const request: ChatRequest = { model: 'auto', messages: [{ role: 'user', content: 'Write a note to Anna Berg.' }] };
    const verdict = inspectRequest(request, { mode: 'balanced' }, { privacy: defaultPrivacySettings(), rules: [] }, { deferredDetectors: [broken] });
    expect(verdict.neverCloud).toBe(true);
    expect(verdict.failedClosed).toBe(true);
    expect(verdict.reasons.join(' ')).not.toContain('secret-path');
  });
});

describe('inspectRequest runs the tagger only where the request may still reach a cloud', () => {
  const counting = (): Detector & { calls: number } => {
    const detector = {
      name: 'learned-pii',
      calls: 0,
      detect(text: string) {
        detector.calls += 1;
        return learnedPiiDetector.detect(text);
      },
    };
    return detector;
  };
  const ask = (content: string): ChatRequest => ({ model: 'auto', messages: [{ role: 'user', content }] });

  it('skips it when a cheap detector already keeps the request local', () => {
    const tagger = counting();
    const verdict = inspectRequest(ask('Use key sk-proj-abc123DEF456ghi789JKL012mno345PQR678 for Anna Berg'), { mode: 'balanced' }, { privacy: defaultPrivacySettings(), rules: [] }, { deferredDetectors: [tagger] });
    expect(verdict.neverCloud).toBe(true);
    expect(tagger.calls).toBe(0);
  });

  it('skips it in privacy mode', () => {
    const tagger = counting();
    inspectRequest(ask('Write a note to Kevin Walsh'), { mode: 'privacy' }, { privacy: defaultPrivacySettings(), rules: [] }, { deferredDetectors: [tagger] });
    expect(tagger.calls).toBe(0);
  });

  it('runs it otherwise, and its names are redacted before a cloud send', () => {
    const tagger = counting();
    const verdict = inspectRequest(ask('Can you help Kevin Walsh with his essay?'), { mode: 'balanced' }, { privacy: defaultPrivacySettings(), rules: [] }, { deferredDetectors: [tagger] });
    expect(tagger.calls).toBe(1);
    expect(verdict.neverCloud).toBe(false);
    expect(verdict.findings).toContainEqual({ type: 'PERSON', count: 1 });
    const sent = verdict.forCloud().request.messages[0]!.content;
    expect(sent).not.toContain('Kevin');
    expect(sent).not.toContain('Walsh');
  });
});
