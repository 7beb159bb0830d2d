import { keccak256 } from './keccak256';

const hex40 = /^0x[0-9a-fA-F]{40}$/;

/**
 * EIP-55: in a mixed-case address, hex letter i is upper case exactly when nibble i of keccak-256(lower-case hex
 * without 0x) is 8 or more. One case throughout carries no checksum and is accepted as written.
 */
export function validEthereumAddress(value: string): boolean {
  if (!hex40.test(value)) return false;
  const body = value.slice(2);
  const lower = body.toLowerCase();
  if (body === lower || body === body.toUpperCase()) return true;
  const hash = keccak256(new TextEncoder().encode(lower));
  for (let i = 0; i < 40; i += 1) {
    const ch = body[i]!;
    if (ch >= '0' && ch <= '9') continue;
    const nibble = i % 2 === 0 ? hash[i >> 1]! >> 4 : hash[i >> 1]! & 0xf;
    if ((ch === ch.toUpperCase()) !== nibble >= 8) return false;
  }
  return true;
}

/** The checksummed (EIP-55) spelling of an address, for tests and for building examples. */
export function toChecksumAddress(address: string): string {
  const lower = address.slice(2).toLowerCase();
  const hash = keccak256(new TextEncoder().encode(lower));
  let out = '0x';
  for (let i = 0; i < 40; i += 1) {
    const nibble = i % 2 === 0 ? hash[i >> 1]! >> 4 : hash[i >> 1]! & 0xf;
    out += nibble >= 8 ? lower[i]!.toUpperCase() : lower[i]!;
  }
  return out;
}
