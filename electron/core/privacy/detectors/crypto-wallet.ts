import type { Span } from '../types';
import { validBase58Address, validBech32Address } from './bitcoin-address';
import { validEthereumAddress } from './ethereum-address';
import type { IdToken } from './id-tokens';

/** Fewer distinct characters than this is a placeholder (0x000…0, 0xdead…dead, 0xffff…), not someone's wallet. */
const MIN_DISTINCT = 8;

function distinct(value: string): number {
  return new Set(value.toLowerCase()).size;
}

/**
 * CRYPTO_WALLET at a digit token of 26 characters or more: Bitcoin addresses with their checksums (base58check
 * "1…"/"3…", bech32/bech32m "bc1…") and Ethereum addresses (0x + 40 hex, EIP-55 checked when mixed case). A 0x
 * value of another length (a 32-byte transaction hash or key) is not an address.
 */
export function walletAt(text: string, token: IdToken): Span | null {
  const length = token.end - token.start;
  const first = text.charCodeAt(token.start);
  const value = text.slice(token.start, token.end);
  let confidence = 0;
  if (first === 48 && length === 42 && (value[1] === 'x' || value[1] === 'X')) {
    const body = value.slice(2);
    if (validEthereumAddress(`0x${body}`) && distinct(body) >= MIN_DISTINCT) {
      confidence = body === body.toLowerCase() || body === body.toUpperCase() ? 0.8 : 0.95;
    }
  } else if ((first === 49 || first === 51) && length <= 35) {
    if (validBase58Address(value)) confidence = 0.95;
  } else if ((first === 98 || first === 66) && (value[1] === 'c' || value[1] === 'C') && value[2] === '1') {
    if (validBech32Address(value)) confidence = 0.95;
  }
  return confidence > 0 ? { type: 'CRYPTO_WALLET', start: token.start, end: token.end, confidence } : null;
}
