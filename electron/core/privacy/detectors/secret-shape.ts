import { shannonEntropy } from '../text-context';

/** Bits per character above which a credential-context value counts as random (hex tops out at 4.0). */
export const ENTROPY_THRESHOLD = 3.0;

const placeholderWords = /your|placeholder|redacted|changeme|change_me|replace|insert|dummy|<|>|\{\{|\$\{|\.\.\.|xxxx|\*\*\*|####/i;

/** Documentation stand-ins such as `sk-...`, `YOUR_API_KEY`, `xxxx`, `<token>`, `${TOKEN}`. */
export function isPlaceholder(value: string): boolean {
  if (placeholderWords.test(value)) return true;
  return new Set(value).size < 5;
}

/** Random-looking: long enough, mixed letters and digits, and above the entropy threshold. */
export function looksRandom(value: string, minLength = 16): boolean {
  return value.length >= minLength && /\d/.test(value) && /[A-Za-z]/.test(value) && shannonEntropy(value) >= ENTROPY_THRESHOLD && !isPlaceholder(value);
}
