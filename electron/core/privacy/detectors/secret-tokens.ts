import { eachMatch, shannonEntropy } from '../text-context';
import type { Detector, Span } from '../types';
import { isPlaceholder } from './secret-shape';

/**
 * Provider key formats; each starts at a token boundary and every quantifier is bounded. `hints` are literal
 * pieces every match contains: a text with none of them is not searched with the (slower) pattern.
 */
const tokenPatterns: { name: string; hints: readonly string[]; regex: RegExp }[] = [
  { name: 'openai-or-anthropic', hints: ['sk-'], regex: /(?<![\w-])sk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-|admin\d\d-)?)?[A-Za-z0-9_-]{20,300}/g },
  { name: 'aws-access-key-id', hints: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'], regex: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  { name: 'github', hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], regex: /(?<![\w])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})/g },
  { name: 'gitlab', hints: ['glpat-'], regex: /(?<![\w-])glpat-[A-Za-z0-9_-]{20,64}/g },
  { name: 'slack', hints: ['xox', 'xapp-'], regex: /(?<![\w-])(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,250}/g },
  { name: 'stripe', hints: ['_live_', '_test_'], regex: /(?<![\w])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}/g },
  { name: 'google-api-key', hints: ['AIza'], regex: /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g },
  { name: 'hugging-face', hints: ['hf_'], regex: /(?<![\w])hf_[A-Za-z0-9]{30,64}(?![\w])/g },
];
/** Every vendor hint in one pattern: one pass rules out most texts for all the vendor patterns. */
const anyHint = new RegExp(tokenPatterns.flatMap(({ hints }) => hints).join('|'));

// Three base64url parts; the header must decode to JSON with "alg" or "typ" (checked below).
const jwt = /(?<![\w-])eyJ[A-Za-z0-9_-]{5,1000}\.[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{0,2000}/g;
const pemBegin = /-----BEGIN ([A-Z0-9 ]{0,24})PRIVATE KEY( BLOCK)?-----/g;
const PEM_MAX = 20_000;

/**
 * The part after a vendor prefix looks generated: a digit, mixed case, or high entropy. Demanding a digit
 * alone missed real keys (a random 24-character base62 tail has none 1.5% of the time, an AWS id 3.6%).
 */
function randomLooking(tail: string): boolean {
  return /\d/.test(tail) || (/[a-z]/.test(tail) && /[A-Z]/.test(tail)) || shannonEntropy(tail) >= 3.2;
}

/** SECRET (provider tokens, JWTs, private key blocks). */
export const secretTokenDetector: Detector = {
  name: 'secret-tokens',
  detect(text) {
    const spans: Span[] = [];
    const hinted = anyHint.test(text);
    for (const { hints, regex } of tokenPatterns) {
      if (!hinted || !hints.some((hint) => text.includes(hint))) continue;
      eachMatch(regex, text, (match) => {
        let end = match.index + match[0].length;
        while (end > match.index && text[end - 1] === '-') end -= 1;
        const body = text.slice(match.index, end);
        const tail = body.slice(body.lastIndexOf('_') + 1).replace(/^.*?-/, '');
        if (isPlaceholder(tail) || !randomLooking(tail)) return;
        spans.push({ type: 'SECRET', start: match.index, end, confidence: 0.97 });
      });
    }
    // A one-character search is far cheaper than a multi-character one, and 'J' and 'V' are rare in prose.
    if (text.includes('J') && text.includes('eyJ')) {
      eachMatch(jwt, text, (match) => {
        if (jwtHeader(match[0].slice(0, match[0].indexOf('.')))) {
          spans.push({ type: 'SECRET', start: match.index, end: match.index + match[0].length, confidence: 0.95 });
        }
      });
    }
    if (text.includes('V') && text.includes('PRIVATE KEY')) {
      eachMatch(pemBegin, text, (match) => {
        const footer = `-----END ${match[1] ?? ''}PRIVATE KEY${match[2] ?? ''}-----`;
        // Searched only within PEM_MAX characters, so many headers without footers stay linear.
        const window = text.slice(match.index, match.index + PEM_MAX);
        const close = window.indexOf(footer);
        // A pasted key without its footer is still a key: take the body up to a blank line.
        const blank = window.indexOf('\n\n', match[0].length + 1);
        const end = match.index + (close !== -1 ? close + footer.length : blank !== -1 ? blank : window.length);
        spans.push({ type: 'SECRET', start: match.index, end, confidence: 0.99 });
        pemBegin.lastIndex = end;
      });
    }
    return spans;
  },
};

function jwtHeader(part: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && ('alg' in header || 'typ' in header);
  } catch {
    return false;
  }
}
