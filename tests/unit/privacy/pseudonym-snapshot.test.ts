import { describe, expect, it } from 'vitest';
import { Pseudonymizer, pseudonymSnapshotSchema, type PseudonymSnapshot } from '../../../electron/core/privacy';

const EMAIL = 'mara.lind@example.net';
const OTHER = 'tom@example.com';

describe('Pseudonymizer store snapshot', () => {
  it('round-trips every placeholder and resumes numbering after the highest one', () => {
    const first = new Pseudonymizer();
    const a = first.placeholderFor('EMAIL', EMAIL);
    const p = first.placeholderFor('PERSON', 'Mara Lind');
    const c = first.placeholderFor('CUSTOM', 'Project Falcon');
    const snapshot = pseudonymSnapshotSchema.parse(JSON.parse(JSON.stringify(first.toStoreSnapshot())));

    const again = Pseudonymizer.fromStoreSnapshot(snapshot);
    expect([a, p, c]).toEqual(['[EMAIL_1]', '[PERSON_1]', '[REDACTED_1]']);
    expect(again.placeholderFor('EMAIL', EMAIL)).toBe(a);
    expect(again.placeholderFor('PERSON', 'Mara Lind')).toBe(p);
    expect(again.placeholderFor('CUSTOM', 'Project Falcon')).toBe(c);
    expect(again.placeholderFor('EMAIL', OTHER)).toBe('[EMAIL_2]');
    expect(again.restore('Write to [EMAIL_1] and [EMAIL_2].')).toBe(`Write to ${EMAIL} and ${OTHER}.`);
  });

  it('keeps toJSON to counts: JSON.stringify never shows a value or a mapping', () => {
    const p = new Pseudonymizer();
    p.placeholderFor('EMAIL', EMAIL);
    expect(JSON.stringify({ p })).toBe('{"p":{"placeholders":1}}');
    expect(JSON.stringify(p.toStoreSnapshot())).toContain(EMAIL);
  });

  it('drops stored entries that do not fit instead of trusting them', () => {
    const snapshot: PseudonymSnapshot = {
      version: 1,
      entries: [
        { type: 'EMAIL', value: EMAIL, placeholder: '[EMAIL_3]' },
        { type: 'EMAIL', value: OTHER, placeholder: '[PHONE_1]' },
        { type: 'PERSON', value: 'Ann', placeholder: '[EMAIL_3]' },
        { type: 'EMAIL', value: EMAIL, placeholder: '[EMAIL_4]' },
        { type: 'PHONE', value: '+44 20 7946 0958', placeholder: '[PHONE_0]' },
      ],
    };
    const p = Pseudonymizer.fromStoreSnapshot(snapshot);
    expect(p.size).toBe(1);
    expect(p.valueOf('[EMAIL_3]')).toBe(EMAIL);
    expect(p.valueOf('[PHONE_1]')).toBeUndefined();
    expect(p.placeholderFor('EMAIL', OTHER)).toBe('[EMAIL_4]');
    expect(p.placeholderFor('PHONE', '+44 20 7946 0958')).toBe('[PHONE_1]');
  });

  it('refuses a malformed stored map at the schema', () => {
    expect(pseudonymSnapshotSchema.safeParse({ version: 2, entries: [] }).success).toBe(false);
    expect(pseudonymSnapshotSchema.safeParse({ version: 1, entries: [{ type: 'EMAIL', value: EMAIL, placeholder: 'EMAIL_1' }] }).success).toBe(false);
    expect(pseudonymSnapshotSchema.safeParse({ version: 1, entries: [{ type: 'EMAIL', value: '', placeholder: '[EMAIL_1]' }] }).success).toBe(false);
  });
});
