import { describe, expect, it } from 'vitest';
import { Pseudonymizer } from '../../../electron/core/privacy';

const mapping = (): Pseudonymizer => {
  const p = new Pseudonymizer();
  p.placeholderFor('EMAIL', 'sam.lee@example.org');
  p.placeholderFor('PERSON', 'Maria [the] Lopez');
  for (let i = 0; i < 11; i += 1) p.placeholderFor('PHONE', `+1 312 555 01${String(i).padStart(2, '0')}`);
  return p;
};

const answer = 'Dear [PERSON_1], I wrote to [EMAIL_1] and [PHONE_11] (not [PHONE_1]); [EMAIL_9] and [x] stay. [EMAIL_1]';
const expected = 'Dear Maria [the] Lopez, I wrote to sam.lee@example.org and +1 312 555 0110 (not +1 312 555 0100); [EMAIL_9] and [x] stay. sam.lee@example.org';

describe('StreamRestorer', () => {
  it('restores a whole answer', () => expect(mapping().restore(answer)).toBe(expected));

  it('restores when the answer is split into two chunks at every position', () => {
    const p = mapping();
    for (let cut = 0; cut <= answer.length; cut += 1) {
      const restorer = p.createStreamRestorer();
      const out = restorer.push(answer.slice(0, cut)) + restorer.push(answer.slice(cut)) + restorer.flush();
      expect(out, `cut at ${cut}`).toBe(expected);
    }
  });

  it('restores when streamed one character at a time, and holds back only a possible placeholder prefix', () => {
    const restorer = mapping().createStreamRestorer();
    let out = '';
    for (const ch of answer) {
      const emitted = restorer.push(ch);
      out += emitted;
      expect(expected.startsWith(out)).toBe(true);
    }
    expect(out + restorer.flush()).toBe(expected);
    const fresh = mapping().createStreamRestorer();
    expect(fresh.push('price [x] and [')).toBe('price [x] and ');
    expect(fresh.push('E')).toBe('');
    expect(fresh.push('MAIL_2] done')).toBe('[EMAIL_2] done');
  });

  it('passes an unfinished placeholder on at flush', () => {
    const restorer = mapping().createStreamRestorer();
    expect(restorer.push('end [EMAIL_')).toBe('end ');
    expect(restorer.flush()).toBe('[EMAIL_');
  });

  it('restores with random chunkings', () => {
    const p = mapping();
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round += 1) {
      const restorer = p.createStreamRestorer();
      let out = '';
      for (let i = 0; i < answer.length;) {
        const size = 1 + Math.floor(next() * 9);
        out += restorer.push(answer.slice(i, i + size));
        i += size;
      }
      expect(out + restorer.flush()).toBe(expected);
    }
  });
});

describe('StreamRestorer with long type names', () => {
  it('restores a placeholder of the longest type, streamed one character at a time', () => {
    const p = new Pseudonymizer();
    const placeholder = p.placeholderFor('MEDICAL_RECORD_NUMBER', 'MRN 00482913');
    expect(placeholder).toBe('[MEDICAL_RECORD_NUMBER_1]');
    const restorer = p.createStreamRestorer();
    let out = '';
    for (const ch of `Record ${placeholder} is filed.`) out += restorer.push(ch);
    expect(out + restorer.flush()).toBe('Record MRN 00482913 is filed.');
  });
});
