import { createHash } from 'node:crypto';

const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const base58Values = new Int8Array(128).fill(-1);
for (let i = 0; i < base58.length; i += 1) base58Values[base58.charCodeAt(i)] = i;

/** Base58 (Bitcoin alphabet) to bytes, or null for a character outside it. Leading '1's are zero bytes. */
export function base58Decode(value: string): Uint8Array | null {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    let carry = code < 128 ? base58Values[code]! : -1;
    if (carry < 0) return null;
    for (let j = 0; j < bytes.length; j += 1) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  for (let i = 0; i < value.length && value[i] === '1'; i += 1) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** Legacy (P2PKH, "1…") and script (P2SH, "3…") mainnet addresses: version byte, 20-byte hash, 4-byte double-SHA-256 check. */
export function validBase58Address(value: string): boolean {
  if (value.length < 26 || value.length > 35 || (value[0] !== '1' && value[0] !== '3')) return false;
  const bytes = base58Decode(value);
  if (bytes === null || bytes.length !== 25 || bytes[0] !== (value[0] === '1' ? 0x00 : 0x05)) return false;
  const check = sha256(sha256(bytes.subarray(0, 21)));
  return check[0] === bytes[21] && check[1] === bytes[22] && check[2] === bytes[23] && check[3] === bytes[24];
}

const charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32 = 1;
const BECH32M = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i += 1) if ((top >>> i) & 1) chk = (chk ^ generators[i]!) >>> 0;
  }
  return chk;
}

/**
 * Native SegWit mainnet addresses (BIP 173 / BIP 350): "bc1" + data, one case throughout; witness version 0
 * with bech32 and a 20- or 32-byte program, versions 1–16 with bech32m and 2–40 bytes.
 */
export function validBech32Address(value: string): boolean {
  if (value.length < 14 || value.length > 74) return false;
  const lower = value.toLowerCase();
  if (value !== lower && value !== value.toUpperCase()) return false;
  if (!lower.startsWith('bc1')) return false;
  const data: number[] = [];
  for (let i = 3; i < lower.length; i += 1) {
    const v = charset.indexOf(lower[i]!);
    if (v === -1) return false;
    data.push(v);
  }
  const version = data[0];
  if (version === undefined || version > 16) return false;
  const constant = polymod([3, 3, 0, 2, 3, ...data]); // "bc" expanded: high bits 3 3, a 0, low bits 2 3
  if (constant !== (version === 0 ? BECH32 : BECH32M)) return false;
  const program = fromFiveBits(data.slice(1, -6));
  if (program === null || program.length < 2 || program.length > 40) return false;
  return version !== 0 || program.length === 20 || program.length === 32;
}

/** 5-bit groups to bytes; null when the padding is longer than 4 bits or not zero. */
function fromFiveBits(groups: readonly number[]): number[] | null {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  for (const g of groups) {
    acc = ((acc << 5) | g) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 0xff);
    }
  }
  return bits >= 5 || ((acc << (8 - bits)) & 0xff) !== 0 ? null : out;
}
