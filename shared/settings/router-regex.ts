/**
 * Conservative static check for user-written regex rules. A routing rule runs on every request, so a
 * pattern that can backtrack catastrophically would stall the engine; rather than time-boxing a
 * synchronous RegExp (impossible in JS), we refuse the shapes that cause super-linear backtracking:
 *   - backreferences (\1, \k<name>): matching becomes NP-hard;
 *   - a repeated group that itself contains a repeat, e.g. (a+)+, (a*b?)*, (\w{2,})+ ;
 *   - a repeated group containing an alternation, e.g. (a|ab)*, since alternatives may overlap;
 *   - more than MAX_UNBOUNDED unbounded quantifiers in total (bounds polynomial blow-up like .*a.*b.*c.*d).
 * It over-refuses on purpose: false refusals cost a rewrite, false acceptances cost a frozen app.
 * Returns null when the pattern is acceptable, else a sentence saying why it is refused.
 */
export const MAX_REGEX_LENGTH = 200;
const MAX_UNBOUNDED = 4;

interface Frame { repeats: boolean; alternation: boolean }

export function regexRefusal(pattern: string): string | null {
  if (pattern.length > MAX_REGEX_LENGTH) return `pattern is longer than ${MAX_REGEX_LENGTH} characters`;
  try {
    new RegExp(pattern, 'i');
  } catch (error) {
    return `not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
  const stack: Frame[] = [{ repeats: false, alternation: false }];
  let unbounded = 0;
  // What the next quantifier applies to: nothing, a single atom, or the group that just closed.
  let last: { kind: 'none' } | { kind: 'atom' } | { kind: 'group'; frame: Frame } = { kind: 'none' };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const top = stack[stack.length - 1] as Frame;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'backreferences are not allowed';
      i += 1;
      last = { kind: 'atom' };
    } else if (c === '[') {
      i = skipClass(pattern, i);
      last = { kind: 'atom' };
    } else if (c === '(') {
      stack.push({ repeats: false, alternation: false });
      if (pattern[i + 1] === '?') i = skipGroupPrefix(pattern, i + 1);
      last = { kind: 'none' };
    } else if (c === ')') {
      const frame = stack.pop() as Frame;
      const parent = stack[stack.length - 1] as Frame;
      if (frame.repeats) parent.repeats = true;
      last = { kind: 'group', frame };
    } else if (c === '|') {
      top.alternation = true;
      last = { kind: 'none' };
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      const q = readQuantifier(pattern, i);
      if (q === null) { last = { kind: 'atom' }; continue; } // a literal '{'
      i = q.end;
      if (pattern[i + 1] === '?' || pattern[i + 1] === '+') i += 1; // lazy marker
      if (!q.repeats) continue;
      if (q.unbounded) unbounded += 1;
      if (last.kind === 'group') {
        if (last.frame.repeats) return 'nested quantifiers (a repeated group containing a repeat, like (a+)+) can backtrack catastrophically';
        if (last.frame.alternation) return 'an alternation inside a repeated group (like (a|ab)*) can backtrack catastrophically';
      }
      top.repeats = true;
      last = { kind: 'none' };
    } else {
      last = { kind: 'atom' };
    }
  }
  if (unbounded > MAX_UNBOUNDED) return `more than ${MAX_UNBOUNDED} unbounded quantifiers (*, +, {n,})`;
  return null;
}

function skipClass(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i += 1;
    else if (pattern[i] === ']' && i > start + 1) return i;
  }
  return pattern.length;
}

/** Skips `?:`, `?=`, `?!`, `?<=`, `?<!` and `?<name>` after an opening parenthesis. */
function skipGroupPrefix(pattern: string, q: number): number {
  const next = pattern[q + 1];
  if (next === ':' || next === '=' || next === '!') return q + 1;
  if (next === '<') {
    if (pattern[q + 2] === '=' || pattern[q + 2] === '!') return q + 2;
    const close = pattern.indexOf('>', q);
    return close === -1 ? q : close;
  }
  return q;
}

function readQuantifier(pattern: string, i: number): { end: number; repeats: boolean; unbounded: boolean } | null {
  const c = pattern[i];
  if (c === '*' || c === '+') return { end: i, repeats: true, unbounded: true };
  if (c === '?') return { end: i, repeats: false, unbounded: false };
  const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 16));
  if (m === null) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
  return { end: i + m[0].length - 1, repeats: max > 1, unbounded: max === Infinity };
}
