/**
 * Keccak-256 as Ethereum uses it (the original Keccak padding 0x01, not SHA3-256's 0x06), for EIP-55 address
 * checks: node:crypto has SHA3 but not this variant. Lanes are BigInts in a BigUint64Array, which keeps the code
 * short; it only ever hashes 40-byte strings, a few per text at most.
 */
const roundConstants = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn,
  0x0000000080000001n, 0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n,
  0x0000000080008009n, 0x000000008000000an, 0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n,
  0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n, 0x000000000000800an, 0x800000008000000an,
  0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
/** ρ rotation offsets and π lane order along the walk that starts at lane 1. */
const rotations = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
const piLanes = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];
const MASK = 0xffffffffffffffffn;
const RATE = 136;

const rotl = (x: bigint, n: number): bigint => ((x << BigInt(n)) | (x >> BigInt(64 - n))) & MASK;

function keccakF(a: BigUint64Array): void {
  const c = new BigUint64Array(5);
  for (const rc of roundConstants) {
    for (let x = 0; x < 5; x += 1) c[x] = a[x]! ^ a[x + 5]! ^ a[x + 10]! ^ a[x + 15]! ^ a[x + 20]!;
    for (let x = 0; x < 5; x += 1) {
      const dx = c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 25; y += 5) a[y + x] = a[y + x]! ^ dx;
    }
    let t = a[1]!;
    for (let i = 0; i < 24; i += 1) {
      const j = piLanes[i]!;
      const next = a[j]!;
      a[j] = rotl(t, rotations[i]!);
      t = next;
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x += 1) c[x] = a[y + x]!;
      for (let x = 0; x < 5; x += 1) a[y + x] = c[x]! ^ (~c[(x + 1) % 5]! & MASK & c[(x + 2) % 5]!);
    }
    a[0] = a[0]! ^ rc;
  }
}

export const keccak256 = (input: Uint8Array): Uint8Array => sponge256(input, 0x01);

/**
 * The 256-bit sponge with a given domain padding byte: 0x01 is Keccak-256, 0x06 is SHA3-256 (which node:crypto
 * has, so tests can check the permutation against it over many block lengths).
 */
export function sponge256(input: Uint8Array, padding: 0x01 | 0x06): Uint8Array {
  const state = new BigUint64Array(25);
  const padded = new Uint8Array((Math.floor(input.length / RATE) + 1) * RATE);
  padded.set(input);
  padded[input.length] = padding;
  padded[padded.length - 1] = padded[padded.length - 1]! | 0x80;
  const view = new DataView(padded.buffer);
  for (let block = 0; block < padded.length; block += RATE) {
    for (let lane = 0; lane < RATE / 8; lane += 1) state[lane] = state[lane]! ^ view.getBigUint64(block + lane * 8, true);
    keccakF(state);
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let lane = 0; lane < 4; lane += 1) outView.setBigUint64(lane * 8, state[lane]!, true);
  return out;
}
