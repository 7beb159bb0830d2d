import { eachMatch } from '../text-context';
import type { Detector, Span } from '../types';
import { isPlaceholder, looksRandom } from './secret-shape';

const KEY_MAX = 49;
/**
 * Key characters: ASCII letters (2), digits, '_', '.', '-' (1). A table read in the per-character walk, not
 * imported helpers, which unbundled ES modules load through a binding on every call.
 */
const keyKind = new Uint8Array(128);
for (const ch of '0123456789_.-') keyKind[ch.charCodeAt(0)] = 1;
for (let code = 65; code <= 90; code += 1) keyKind[code] = keyKind[code + 32] = 2;
const isKeyCode = (c: number): boolean => c < 128 && keyKind[c] !== 0;
const isAsciiLetterCode = (c: number): boolean => c < 128 && keyKind[c] === 2;
const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';
const operators = /[=:]/g;

/**
 * Calls `onAssignment` for `key = value`, `key: value`, `"key": "value"`, `key := value`, `key => value`, found from
 * each '=' or ':' by walking left over at most 4 blanks, a quote and a key of at most 49 characters. Comparisons
 * (`==`, `!=`, `<=`), URLs (`://`) and scopes (`::`) are skipped.
 */
function eachAssignment(text: string, onAssignment: (key: string, valueStart: number) => number): void {
  operators.lastIndex = 0;
  // test(), not exec(): the position is all that is needed, and no match array is made per operator.
  while (operators.test(text)) {
    const at = operators.lastIndex - 1;
    const op = text[at];
    const next = text[at + 1];
    let valueStart = at + 1;
    if (op === '=') {
      if (next === '=' || '!<>='.includes(text[at - 1] ?? ' ')) continue;
      if (next === '>') valueStart += 1;
    } else {
      if (next === ':' || text[at - 1] === ':' || (next === '/' && text[at + 2] === '/')) continue;
      if (next === '=') valueStart += 1;
    }
    let k = at;
    while (k > 0 && at - k < 4 && isBlank(text[k - 1])) k -= 1;
    if (text[k - 1] === '"' || text[k - 1] === "'") k -= 1;
    const keyEnd = k;
    while (k > 0 && keyEnd - k <= KEY_MAX && isKeyCode(text.charCodeAt(k - 1))) k -= 1;
    if (keyEnd === k || keyEnd - k > KEY_MAX || !isAsciiLetterCode(text.charCodeAt(k))) continue;
    while (valueStart < text.length && valueStart - at <= 5 && isBlank(text[valueStart])) valueStart += 1;
    operators.lastIndex = Math.max(operators.lastIndex, onAssignment(text.slice(k, keyEnd), valueStart));
  }
}

// In prose: "my password is hunter2", "the passcode: 4471", "with password Qr7!dke#39".
const prose = /(?<![\w])(?:password|passcode|passphrase|pin code|passwort|mot de passe|contraseña)(?:[ \t]{0,4}(?:is|was|=|:))?[ \t]{1,4}/gi;
const proseHint = /pass|pin code|contrase/i;
const passwordKey = /(?:^|[_.-])(?:password|passwd|passphrase|pwd|pass|pw)$|password/i;
const credentialKey = /secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|client[_.-]?secret|auth|credential|bearer|session[_.-]?id|signing[_.-]?key/i;
// scheme://user:password@host
const connection = /(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,128}:([^\s@/]{1,256})@[\w.-]{1,253}/g;
const bearer = /(?<![\w])(?:Bearer|Basic|Token)[ ]{1,4}([A-Za-z0-9._~+/=-]{16,2000})/g;

/** Values that are code, not a secret: env lookups, config reads, calls, interpolations, empties, literals. */
const codeReference = /^(?:process\.env|os\.environ|os\.getenv|getenv|env\b|ENV\[|System\.getenv|config\b|settings\b|secrets\b|self\.|this\.|import\.meta|new |await |function|\(|\[|\{|\$|%|@|<|None$|null$|undefined$|true$|false$|nil$)/;
const identifierOnly = /^[A-Za-z_][A-Za-z_.]{0,80}(?:\(\))?$/;

/**
 * SECRET in assignments: passwords under a password-like key (quoted, or unquoted with a digit or symbol), and
 * high-entropy values under credential keys; connection-string passwords and bearer tokens. Code that merely
 * names a key (`api_key = os.environ[...]`, `process.env.OPENAI_API_KEY`) and placeholders do not fire.
 */
export const secretAssignmentDetector: Detector = {
  name: 'secret-assignments',
  detect(text) {
    const spans: Span[] = [];
    const push = (start: number, end: number, confidence: number): void => {
      if (end > start) spans.push({ type: 'SECRET', start, end, confidence });
    };
    eachAssignment(text, (key, valueStart) => {
      const isPassword = passwordKey.test(key);
      if (!isPassword && !credentialKey.test(key)) return valueStart;
      const value = readValue(text, valueStart);
      if (value === null) return valueStart;
      const read = value.end; // a value is never read twice
      if (codeReference.test(value.text) || isPlaceholder(value.text)) return read;
      if (isPassword ? plausiblePassword(value.text, value.quoted) : looksRandom(value.text)) push(value.start, value.end, isPassword ? 0.9 : 0.85);
      return read;
    });
    if (proseHint.test(text)) eachMatch(prose, text, (match) => {
      const value = readValue(text, match.index + match[0].length);
      if (value !== null) prose.lastIndex = Math.max(prose.lastIndex, value.end);
      if (value !== null && !isPlaceholder(value.text) && plausiblePassword(value.text, value.quoted) && passwordLike(value.text)) push(value.start, value.end, 0.8);
    });
    if (hasSchemeSeparator(text)) eachMatch(connection, text, (match) => {
      const password = match[1]!;
      if (isPlaceholder(password) || /^(?:password|pass|pwd|secret)$/i.test(password)) return;
      const start = match.index + match[0].lastIndexOf(`:${password}@`) + 1;
      push(start, start + password.length, 0.95);
    });
    // 'B' (Bearer, Basic) or 'T' and 'k' (Token): one-character searches, cheaper than the pattern's own pass.
    if (text.includes('B') || (text.includes('T') && text.includes('k'))) eachMatch(bearer, text, (match) => {
      const token = match[1]!;
      if (looksRandom(token, 16)) push(match.index + match[0].length - token.length, match.index + match[0].length, 0.9);
    });
    return spans;
  },
};

/** Contains '://': found from each ':' (a one-character search), cheaper than a three-character one. */
function hasSchemeSeparator(text: string): boolean {
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    if (text.charCodeAt(at + 1) === 47 && text.charCodeAt(at + 2) === 47) return true;
  }
  return false;
}

function plausiblePassword(value: string, quoted: boolean): boolean {
  if (value.length < 4 || value.length > 200 || value.includes('(')) return false;
  if (quoted) return !identifierOnly.test(value) || /\d/.test(value) || value.length >= 8;
  return !identifierOnly.test(value);
}

// \p{…} patterns at module level: some transpilers rebuild such a literal on every evaluation.
const anyLetter = /\p{L}/u;
const lettersOnly = /^\p{L}+$/u;

/** In prose, a word after "password" is a password only when it mixes letters with digits or symbols. */
function passwordLike(value: string): boolean {
  const trimmed = value.replace(/[.,;:!?]$/, '');
  return trimmed.length >= 6 && anyLetter.test(trimmed) && /[\d\W_]/u.test(trimmed.replace(lettersOnly, '')) && !/^(?:reset|policy|manager|field|hash|protected|required|changes?)$/i.test(trimmed);
}

/** A quoted string or a bare token (up to 256 characters) starting at `from`. */
function readValue(text: string, from: number): { text: string; start: number; end: number; quoted: boolean } | null {
  const quote = text[from];
  if (quote === '"' || quote === "'" || quote === '`') {
    const inside = text.slice(from + 1, from + 258).split(quote, 2);
    if (inside.length < 2 || inside[0]!.includes('\n')) return null;
    const value = inside[0]!;
    return { text: value, start: from + 1, end: from + 1 + value.length, quoted: true };
  }
  let end = from;
  while (end < text.length && end - from < 256 && !/[\s,;'"`)}\]]/.test(text[end]!)) end += 1;
  // A full stop or colon that ends the sentence is not part of the value.
  while (end > from && /[.:]/.test(text[end - 1]!) && (end === text.length || /\s/.test(text[end]!))) end -= 1;
  if (end === from) return null;
  return { text: text.slice(from, end), start: from, end, quoted: false };
}
