import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanInputTooLargeError, cheapDetectors, defaultDetectors, learnedPiiDetector, resolveOverlaps, scanText, type Detector } from '../../../electron/core/privacy';
import { sharedDir } from '../../helpers/fixtures';

const throwing: Detector = { name: 'broken', detect: () => { throw new Error('boom'); } };

describe('scanner', () => {
  it('fails closed when a detector throws, and still reports the others', () => {
    const result = scanText('mail sam@example.org', { detectors: [throwing, ...defaultDetectors] });
    expect(result.failedClosed).toBe(true);
    expect(result.failedDetectors).toEqual(['broken']);
    expect(result.spans.map((s) => s.type)).toEqual(['EMAIL']);
  });

  it('refuses inputs above the limit with a clear error', () => {
    expect(() => scanText('x'.repeat(2048), { maxBytes: 1024 })).toThrow(ScanInputTooLargeError);
    expect(() => scanText('x'.repeat(2048), { maxBytes: 1024 })).toThrow(/limit is 1024 bytes/);
  });

  it('resolves overlaps to the most specific, then most confident span', () => {
    const spans = resolveOverlaps([
      { type: 'PHONE', start: 0, end: 19, confidence: 0.9 },
      { type: 'CREDIT_CARD', start: 0, end: 19, confidence: 0.85 },
      { type: 'PERSON', start: 25, end: 30, confidence: 0.5 },
      { type: 'PERSON', start: 27, end: 35, confidence: 0.8 },
      { type: 'HEALTH', start: 26, end: 31, confidence: 0.7 },
    ]);
    expect(spans.map((s) => `${s.type}@${s.start}`)).toEqual(['CREDIT_CARD@0', 'HEALTH@26', 'PERSON@27']);
  });

  it('reports a card rather than a phone for a grouped card number', () => {
    expect(scanText('charge 4111 1111 1111 1111 please').spans.map((s) => s.type)).toEqual(['CREDIT_CARD']);
  });

  // Generous bounds: these guard against super-linear behaviour (which would take minutes), not speed. The rule
  // detectors here; the learned tagger (slower per token, linear by construction) has its own bound below.
  it('scans a 1 MB run of digits in under 2 s', () => {
    const started = performance.now();
    scanText('1'.repeat(1_000_000), { detectors: cheapDetectors });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  // 128 KB of each junk shape: quadratic work here would be ~10^10 steps; linear scans take well under a second.
  it.each([
    ['1 MB of digit groups', '1234 '.repeat(200_000)],
    ['1 MB of @', '@'.repeat(1_000_000)],
    ['1 MB of a@a', 'a@a'.repeat(333_333)],
    ['1 MB of dots', '.'.repeat(1_000_000)],
    ['1 MB of dotted digits', '1.2.'.repeat(250_000)],
    ['1 MB of colons and hex', 'ab:'.repeat(333_333)],
    ['1 MB of sk- tokens', 'sk-'.repeat(333_333)],
    ['1 MB of eyJ', 'eyJ.'.repeat(250_000)],
    ['1 MB of key=', 'password='.repeat(111_111)],
    ['1 MB of Capitalised Words', 'Anna Street '.repeat(83_333)],
    ['1 MB of phone punctuation', '(1) 2-3.4 '.repeat(100_000)],
    ['1 MB of address cues', 'sent to 12 A. lives at 3 B, '.repeat(36_000)],
    ['1 MB of names after cues', 'Dear Anna Maria Lopez '.repeat(45_000)],
    ['1 MB of findings of two types', 'a@b.io call 312-555-0186 '.repeat(40_000)],
    ['1 MB of dotted quads', '1.1.1.1. '.repeat(111_111)],
    ['1 MB of key headers without footers', '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(31_000)],
    ['1 MB of binary junk', String.fromCharCode(...Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 65_536)).repeat(16)],
  ])('scans %s (first 128 KB) in under 2 s', (_name, text) => {
    const sample = text.slice(0, 128 * 1024);
    const started = performance.now();
    scanText(sample, { detectors: cheapDetectors });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  // The tagger does a fixed amount of work per token (features, 5-tag Viterbi): ~0.2–1 s for 128 KB of the densest
  // token shapes on a loaded 2-core machine; quadratic work would take hours.
  it.each([
    ['a@a', 'a@a '.repeat(40_000)],
    ['Capitalised Words', 'Anna Street '.repeat(12_000)],
    ['digits and punctuation', '(1) 2-3.4 '.repeat(14_000)],
    ['binary junk', String.fromCharCode(...Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 65_536)).repeat(2)],
  ])('the learned tagger scans 128 KB of %s in under 8 s', (_name, text) => {
    const sample = text.slice(0, 128 * 1024);
    const started = performance.now();
    scanText(sample, { detectors: [learnedPiiDetector] });
    expect(performance.now() - started).toBeLessThan(8000);
  });
});

const devFile = join(sharedDir, 'eval-dev', 'pii-dev.jsonl');
describe.skipIf(!existsSync(devFile))('pii-dev.jsonl cases (../shared/eval-dev)', () => {
  const cases = existsSync(devFile)
    ? readFileSync(devFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; text: string; entities: { type: string; start: number; end: number }[] })
    : [];
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const entities = scanText(c.text).spans.map(({ type, start, end }) => ({ type, start, end }));
    expect(entities).toEqual(c.entities.map(({ type, start, end }) => ({ type, start, end })));
  });
});

describe('scanner with very many findings', () => {
  it('reports 300,000 e-mail addresses without failing closed', () => {
    const result = scanText('a@b.io '.repeat(300_000));
    expect(result.failedClosed).toBe(false);
    expect(result.spans).toHaveLength(300_000);
  });
});
