/** Generators of valid sensitive values (checksums right), so detectors cannot pass by accident. */

export type Rand = () => number;

const digits = (r: Rand, n: number): string => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const alnum = (r: Rand, n: number, set = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string =>
  Array.from({ length: n }, () => set[Math.floor(r() * set.length)]).join('');

function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i += 1) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

export function creditCard(r: Rand): string {
  const prefix = pick(r, ['4', '51', '52', '53', '54', '55', '2221']);
  const raw = luhnComplete(prefix + digits(r, 15 - prefix.length));
  const sep = pick(r, [' ', '-', '']);
  return raw.match(/.{1,4}/g)?.join(sep) ?? raw;
}

export function ssn(r: Rand): string {
  let area = 1 + Math.floor(r() * 899);
  if (area === 666) area = 667;
  const group = 1 + Math.floor(r() * 99);
  const serial = 1 + Math.floor(r() * 9999);
  return `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;
}

export function iban(r: Rand): string {
  const bban = digits(r, 18);
  const numeric = `${bban}1314` + '00'; // "DE" → 13 14, check digits 00
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  const full = `DE${check}${bban}`;
  return r() < 0.5 ? full : (full.match(/.{1,4}/g)?.join(' ') ?? full);
}

export function secret(r: Rand): string {
  return pick(r, [
    () => `sk-proj-${alnum(r, 48)}`,
    () => `ghp_${alnum(r, 36)}`,
    () => `AKIA${alnum(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    () => `sk_live_${alnum(r, 24)}`,
    () => `glpat-${alnum(r, 20)}`,
  ])();
}

export function email(r: Rand): string {
  return `${pick(r, ['jane', 'omar', 'li.wei', 'k.smith', 'maria'])}${digits(r, 3)}@${pick(r, ['example.org', 'mail.example.com', 'corp.example.net'])}`;
}

export function phone(r: Rand): string {
  return pick(r, [() => `+1 415-555-${digits(r, 4)}`, () => `+44 20 7946 ${digits(r, 4)}`, () => `(312) 555-${digits(r, 4)}`])();
}
