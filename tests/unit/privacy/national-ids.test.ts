import { describe, expect, it } from 'vitest';
import {
  dniLetter, fiscalCodeCheck, mod11_10, scanText, validAadhaar, validBsn, validDniOrNie, validFiscalCode, validNino,
  validNir, validSteuerId, verhoeffCheckDigit, type SpanType,
} from '../../../electron/core/privacy';

/** The values of one type the whole scanner reports in a text. */
const found = (text: string, type: SpanType): string[] =>
  scanText(text).spans.filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));

/** A seeded generator (mulberry32), so the random bodies are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20261201);
const digit = (from = 0): string => String(from + Math.floor(rnd() * (10 - from)));
const digits = (n: number): string => Array.from({ length: n }, () => digit()).join('');
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

// Generators written here from the published rules, independent of the detectors' code.
function bsn(): string {
  for (;;) {
    const body = digits(8);
    let sum = 0;
    for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(body[i]);
    const check = sum % 11;
    if (check < 10 && sum > 0) return body + String(check);
  }
}
function steuerId(): string {
  // Ten digits, no leading 0, exactly one digit twice: shuffle 0-9, drop one, repeat another.
  for (;;) {
    const pool = [...'0123456789'].sort(() => rnd() - 0.5);
    const body = [...pool.slice(0, 9), pool[Math.floor(rnd() * 9)]!].sort(() => rnd() - 0.5).join('');
    if (body[0] === '0') continue;
    let product = 10;
    for (const ch of body) {
      const sum = (Number(ch) + product) % 10 || 10;
      product = (sum * 2) % 11;
    }
    return body + String((11 - product) % 10);
  }
}
function nir(corsica = false): string {
  const department = corsica ? pick(['2A', '2B']) : String(1 + Math.floor(rnd() * 95)).padStart(2, '0');
  const body = `${pick(['1', '2'])}${digits(2)}${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}${department}${digits(3)}${String(1 + Math.floor(rnd() * 999)).padStart(3, '0')}`;
  const numeric = body.replace('2A', '19').replace('2B', '18');
  return body + String(97 - Number(BigInt(numeric) % 97n)).padStart(2, '0');
}
const dniTable = 'TRWAGMYFPDXBNJZSQVHLCKE';
function dni(): string {
  const n = digits(8).replace(/^0/, '1');
  return n + dniTable[Number(n) % 23]!;
}
function nie(): string {
  const prefix = pick(['X', 'Y', 'Z']);
  const n = digits(7);
  return prefix + n + dniTable[Number(String('XYZ'.indexOf(prefix)) + n) % 23]!;
}
const verhoeffD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
/** Verhoeff by brute force: the one appended digit for which the whole checks to 0. */
function verhoeffValid(value: string): boolean {
  const perm = (pos: number, x: number): number => {
    const p1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
    let out = x;
    for (let k = 0; k < pos % 8; k += 1) out = p1[out]!;
    return out;
  };
  let c = 0;
  [...value].reverse().forEach((ch, i) => (c = verhoeffD[c]![perm(i, Number(ch))]!));
  return c === 0;
}
function aadhaar(): string {
  const body = digit(2) + digits(10);
  for (let check = 0; check < 10; check += 1) if (verhoeffValid(body + String(check))) return body + String(check);
  throw new Error('no Verhoeff digit');
}
const aadhaarSpaced = (value: string): string => `${value.slice(0, 4)} ${value.slice(4, 8)} ${value.slice(8)}`;
function fiscalCode(): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const l = (n: number): string => Array.from({ length: n }, () => pick([...letters])).join('');
  const day = 1 + Math.floor(rnd() * 28) + (rnd() < 0.5 ? 40 : 0);
  const body = `${l(6)}${digits(2)}${pick([...'ABCDEHLMPRST'])}${String(day).padStart(2, '0')}${l(1)}${digits(3)}`;
  return body + fiscalCodeCheck(body);
}
/** Swaps the last `n` digits of a codice fiscale for their omocode letters. */
function omocode(code: string, n: number): string {
  const positions = [14, 13, 12, 10, 9, 7, 6].slice(0, n);
  const chars = [...code.slice(0, 15)];
  for (const i of positions) chars[i] = 'LMNPQRSTUV'[Number(chars[i])]!;
  const body = chars.join('');
  return body + fiscalCodeCheck(body);
}
/** Changes the last character to another of the same kind, which breaks any checksum over it. */
const breakLast = (value: string): string => {
  const last = value.at(-1)!;
  const next = /\d/.test(last) ? String((Number(last) + 1) % 10) : last === 'Z' ? 'A' : String.fromCharCode(last.charCodeAt(0) + 1);
  return value.slice(0, -1) + next;
};

const many = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

describe('checksums against published values', () => {
  it('Steuer-ID: BZSt examples pass, MOD 11,10 check digit, repetition rule', () => {
    for (const id of ['86095742719', '47036892816', '65929970489', '57549285017', '25768131411']) expect(validSteuerId(id)).toBe(true);
    expect(mod11_10('8609574271')).toBe(9);
    expect(validSteuerId('86095742718')).toBe(false); // wrong check digit
    expect(validSteuerId('06095742719')).toBe(false); // leading zero
    expect(validSteuerId('12345678903')).toBe(false); // no digit repeated
    expect(validSteuerId('11123456788')).toBe(false); // a digit three times in a row
  });
  it('NIR: key 97 − (n mod 97), Corsica 2A/2B as 19/18', () => {
    expect(validNir('255081416802538')).toBe(true);
    expect(validNir('255081416802539')).toBe(false);
    const corsican = `18505${'2A'}006084`;
    const key = String(97 - Number(BigInt('1850519006084') % 97n)).padStart(2, '0');
    expect(validNir(corsican + key)).toBe(true);
    expect(validNir(`18505${'2B'}006084${key}`)).toBe(false); // 2B counts as 18, so the same key fails
    expect(validNir('255131416802538')).toBe(false); // month 13
  });
  it('DNI/NIE letter table', () => {
    expect(dniLetter(12345678)).toBe('Z');
    expect(validDniOrNie('12345678Z')).toBe(true);
    expect(validDniOrNie('X1234567L')).toBe(true);
    expect(validDniOrNie('12345678A')).toBe(false);
    expect(validDniOrNie('Y1234567L')).toBe(false);
  });
  it('codice fiscale check character, omocodia included', () => {
    expect(validFiscalCode('RSSMRA85T10A562S')).toBe(true);
    expect(validFiscalCode('RSSMRA85T10A562T')).toBe(false);
    expect(validFiscalCode('RSSMRA85T10A56NT'.slice(0, 15) + fiscalCodeCheck('RSSMRA85T10A56N'))).toBe(true);
    expect(validFiscalCode('RSSMRA85Z10A562S')).toBe(false); // Z is no month letter
  });
  it('BSN 11-proof', () => {
    expect(validBsn('111222333')).toBe(true);
    expect(validBsn('123456782')).toBe(true);
    expect(validBsn('123456789')).toBe(false);
    expect(validBsn('000000000')).toBe(false);
  });
  it('Aadhaar Verhoeff, first digit 2-9', () => {
    expect(verhoeffCheckDigit('236')).toBe(3); // Verhoeff's own example
    expect(validAadhaar('234123412346')).toBe(true);
    expect(validAadhaar('234123412347')).toBe(false);
    const body = '12341234123';
    expect(validAadhaar(body + String(verhoeffCheckDigit(body)))).toBe(false); // starts with 1
    expect(validAadhaar('222222222222')).toBe(false);
  });
  it('NINO prefix and suffix rules (no checksum)', () => {
    expect(validNino('AB', '123456', 'C')).toBe(true);
    expect(validNino('QQ', '123456', 'C')).toBe(false); // Q never first
    expect(validNino('AO', '123456', 'C')).toBe(false); // O never second
    expect(validNino('GB', '123456', 'A')).toBe(false); // unallocated pair
    expect(validNino('AB', '123456', 'E')).toBe(false);
  });
});

describe('random valid ids are found, the same with a broken checksum are not', () => {
  const cases: [SpanType, string, () => string][] = [
    ['NL_BSN', 'BSN: ', bsn],
    ['DE_TAX_ID', 'Steuer-ID ', steuerId],
    ['FR_NIR', 'numéro de sécurité sociale ', () => nir()],
    ['FR_NIR', 'n° sécu ', () => nir(true)],
    ['FR_NIR', 'my number is ', () => nir()], // the key alone is enough for a NIR
    ['ES_DNI', 'DNI ', dni],
    ['ES_DNI', 'my id is ', dni],
    ['ES_DNI', 'NIE: ', nie],
    ['IN_AADHAAR', 'Aadhaar no. ', aadhaar],
    ['IN_AADHAAR', 'the number printed on it: ', () => aadhaarSpaced(aadhaar())],
    ['IT_FISCAL_CODE', 'codice fiscale ', fiscalCode],
    ['IT_FISCAL_CODE', 'CF: ', () => omocode(fiscalCode(), 2)],
  ];
  it.each(cases)('%s after %j', (type, prefix, make) => {
    for (const id of many(40, make)) {
      expect(found(`${prefix}${id}, thanks`, type), id).toEqual([id]);
      const broken = breakLast(id);
      expect(found(`${prefix}${broken}, thanks`, type), broken).toEqual([]);
    }
  });

  it('finds spaced and dotted forms', () => {
    expect(found('BSN 1234.56.782', 'NL_BSN')).toEqual(['1234.56.782']);
    expect(found('Steuer-ID 86 095 742 719', 'DE_TAX_ID')).toEqual(['86 095 742 719']);
    expect(found('NIR 2 55 08 14 168 025 38', 'FR_NIR')).toEqual(['2 55 08 14 168 025 38']);
    const corsican = nir(true);
    const spaced = `${corsican[0]} ${corsican.slice(1, 3)} ${corsican.slice(3, 5)} ${corsican.slice(5, 7)} ${corsican.slice(7, 10)} ${corsican.slice(10, 13)} ${corsican.slice(13)}`;
    expect(found(`carte vitale ${spaced}`, 'FR_NIR')).toEqual([spaced]);
    expect(found('DNI 12.345.678-Z and NIE X-1234567-L', 'ES_DNI')).toEqual(['12.345.678-Z', 'X-1234567-L']);
    expect(found('NI number AB 12 34 56 C', 'UK_NINO')).toEqual(['AB 12 34 56 C']);
    expect(found('national insurance ab123456c', 'UK_NINO')).toEqual(['ab123456c']);
    expect(found('codice fiscale rssmra85t10a562s', 'IT_FISCAL_CODE')).toEqual(['rssmra85t10a562s']);
  });
});

describe('context where a number alone is too common', () => {
  it('BSN, Steuer-ID and a bare 12-digit Aadhaar need their word', () => {
    expect(found('reference 111222333 attached', 'NL_BSN')).toEqual([]);
    expect(found('call 86095742719 tomorrow', 'DE_TAX_ID')).toEqual([]);
    expect(found('order 234123412346 shipped', 'IN_AADHAAR')).toEqual([]);
    expect(found('order 2341 2341 2346 shipped', 'IN_AADHAAR')).toEqual([]);
  });
  it('a NINO without its suffix, in lower case or after a product-code word needs its word', () => {
    expect(found('AB123456C', 'UK_NINO')).toEqual(['AB123456C']);
    expect(found('code AB123456C', 'UK_NINO')).toEqual([]);
    expect(found('sku AB123456C', 'UK_NINO')).toEqual([]);
    expect(found('ticket ab123456c', 'UK_NINO')).toEqual([]);
    expect(found('see AB123456 for details', 'UK_NINO')).toEqual([]);
    expect(found('NINO AB123456', 'UK_NINO')).toEqual(['AB123456']);
  });
  it('a lower-case DNI letter needs its word', () => {
    expect(found('hash 12345678z', 'ES_DNI')).toEqual([]);
    expect(found('dni 12345678z', 'ES_DNI')).toEqual(['12345678z']);
  });
  it('a NIR after an order or IMEI word is that, not a NIR', () => {
    expect(found('commande 255081416802538', 'FR_NIR')).toEqual([]);
    expect(found('IMEI 255081416802538', 'FR_NIR')).toEqual([]);
  });
});
