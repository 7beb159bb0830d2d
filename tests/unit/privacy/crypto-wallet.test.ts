import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  keccak256, scanText, sponge256, toChecksumAddress, validBase58Address, validBech32Address, validEthereumAddress,
} from '../../../electron/core/privacy';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const wallets = (text: string): string[] =>
  scanText(text).spans.filter((s) => s.type === 'CRYPTO_WALLET').map((s) => text.slice(s.start, s.end));

// Test-side encoders, from BIP 173/350 and the Bitcoin base58check description.
const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58check(version: number, payload: Uint8Array): string {
  const body = Buffer.concat([Buffer.from([version]), payload]);
  const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
  const full = Buffer.concat([body, sha(sha(body)).subarray(0, 4)]);
  let n = BigInt(`0x${full.toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = base58[Number(n % 58n)]! + out;
    n /= 58n;
  }
  for (const byte of full) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}
const charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    gen.forEach((g, i) => {
      if ((b >>> i) & 1) chk = (chk ^ g) >>> 0;
    });
  }
  return chk;
}
function segwit(version: number, program: Uint8Array, constant: number): string {
  const data = [version];
  let acc = 0;
  let bits = 0;
  for (const byte of program) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const mod = polymod([3, 3, 0, 2, 3, ...data, 0, 0, 0, 0, 0, 0]) ^ constant;
  const check = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `bc1${[...data, ...check].map((v) => charset[v]).join('')}`;
}
const BECH32 = 1;
const BECH32M = 0x2bc830a3;

describe('keccak-256', () => {
  it('matches the published Keccak-256 vectors', () => {
    expect(hex(keccak256(new Uint8Array()))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(hex(keccak256(new TextEncoder().encode('abc')))).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });
  it('is the same permutation as node:crypto SHA3-256 over lengths around the block size', () => {
    for (const length of [0, 1, 40, 135, 136, 137, 271, 272, 500]) {
      const data = randomBytes(length);
      expect(hex(sponge256(data, 0x06)), `length ${length}`).toBe(createHash('sha3-256').update(data).digest('hex'));
    }
  });
});

describe('Ethereum addresses (EIP-55)', () => {
  const eip55 = ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb'];
  it('accepts the EIP-55 examples and rebuilds their spelling', () => {
    for (const address of eip55) {
      expect(validEthereumAddress(address)).toBe(true);
      expect(toChecksumAddress(address.toLowerCase())).toBe(address);
    }
  });
  it('rejects a mixed-case address with one letter in the wrong case', () => {
    for (const address of eip55) {
      const i = address.search(/[a-f]/);
      const flipped = address.slice(0, i) + address[i]!.toUpperCase() + address.slice(i + 1);
      expect(validEthereumAddress(flipped), flipped).toBe(false);
      expect(wallets(`send to ${flipped}`)).toEqual([]);
    }
  });
  it('finds checksummed and one-case addresses in text', () => {
    for (let i = 0; i < 20; i += 1) {
      const address = toChecksumAddress(`0x${randomBytes(20).toString('hex')}`);
      expect(wallets(`Please send 0.1 ETH to ${address}.`)).toEqual([address]);
      expect(wallets(`wallet: ${address.toLowerCase()}`)).toEqual([address.toLowerCase()]);
    }
  });
  it('ignores placeholders, 32-byte hashes and 0x values of other lengths', () => {
    expect(wallets('to 0x0000000000000000000000000000000000000000')).toEqual([]);
    expect(wallets('to 0xdeaddeaddeaddeaddeaddeaddeaddeaddeaddead')).toEqual([]);
    expect(wallets(`tx 0x${randomBytes(32).toString('hex')}`)).toEqual([]);
    expect(wallets(`key 0x${randomBytes(19).toString('hex')}`)).toEqual([]);
  });
});

describe('Bitcoin addresses', () => {
  it('accepts published base58check addresses and rejects a changed character', () => {
    expect(validBase58Address('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe(true); // the genesis block's
    expect(validBase58Address('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(true);
    expect(validBase58Address('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toBe(false);
  });
  it('finds random P2PKH and P2SH addresses; a corrupted one is not found', () => {
    for (let i = 0; i < 30; i += 1) {
      const address = base58check(i % 2 === 0 ? 0x00 : 0x05, randomBytes(20));
      expect(wallets(`BTC: ${address}`)).toEqual([address]);
      const last = address.at(-1)!;
      const corrupt = address.slice(0, -1) + (last === 'z' ? 'y' : base58[base58.indexOf(last) + 1]!);
      expect(wallets(`BTC: ${corrupt}`)).toEqual([]);
    }
    // A testnet version byte (0x6f) on a body that starts with another character is not mainnet.
    expect(validBase58Address(base58check(0x6f, randomBytes(20)))).toBe(false);
  });
  it('accepts the BIP 173/350 mainnet vectors', () => {
    for (const address of [
      'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
      'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
      'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y',
      'BC1SW50QGDZ25J',
    ]) expect(validBech32Address(address), address).toBe(true);
  });
  it('checks the bech32 / bech32m constant per witness version, the program length and one case', () => {
    const p2wpkh = randomBytes(20);
    const taproot = randomBytes(32);
    expect(validBech32Address(segwit(0, p2wpkh, BECH32))).toBe(true);
    expect(validBech32Address(segwit(0, p2wpkh, BECH32M))).toBe(false); // v0 must use bech32
    expect(validBech32Address(segwit(1, taproot, BECH32M))).toBe(true);
    expect(validBech32Address(segwit(1, taproot, BECH32))).toBe(false); // v1+ must use bech32m
    expect(validBech32Address(segwit(0, randomBytes(25), BECH32))).toBe(false); // v0 holds 20 or 32 bytes
    const mixed = segwit(0, p2wpkh, BECH32).replace(/[a-z]/, (c) => c.toUpperCase());
    expect(validBech32Address(mixed)).toBe(false);
    const address = segwit(1, taproot, BECH32M);
    expect(wallets(`pay ${address} please`)).toEqual([address]);
    expect(wallets(`pay ${address.slice(0, -1)}${address.endsWith('q') ? 'p' : 'q'} please`)).toEqual([]);
  });
});

describe('look-alikes are no wallets', () => {
  it.each([
    'commit 9fceb02d0ae598e95dc970b74767f19372d61af8a not a wallet',
    'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'uuid 123e4567-e89b-12d3-a456-426614174000',
    'base64 aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRlc3Q=',
    'const id = "1abcdefghijkmnopqrstuvwxyz12345"',
    'bc1qnotarealaddressatallbutlookslikeone0000',
  ])('%j', (text) => expect(wallets(text)).toEqual([]));
});
