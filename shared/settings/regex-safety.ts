/**
 * The one safety check for regular expressions that users write: routing rules (`router.rules[].match.regex`)
 * and privacy regex rules (`privacy.rules[]` of kind `regex`) both validate with it, and both runtimes compile
 * through `compileUserRegex`, so a pattern is accepted in both places or refused in both, for the same reason.
 *
 * A rule runs synchronously on user text (the router on the first 4,096 characters of every request, the
 * privacy engine on the whole text, up to megabytes), and a JavaScript RegExp cannot be time-boxed. So the
 * policy is that every accepted pattern runs in time linear in the text, with a small constant per position:
 *   1. at most 300 characters (the longer of the two earlier limits, so no saved privacy rule stops loading);
 *   2. flags only from i, m, s, u; a leading inline `(?i)` (or `(?m)`, `(?s)`, `(?ims)`…) is read as those flags,
 *      inline flags anywhere else (or scoped, `(?i:…)`) are refused;
 *   3. valid JavaScript syntax;
 *   4. no backreferences (`\1`, `\k<name>`): they make matching NP-hard;
 *   5. a group repeated more than once (`*`, `+`, `{n,m}` with m > 1) may contain no quantifier (not even `?`)
 *      and no `|`, at any depth: `(a+)+`, `(a?a)+` and `(a|ab)*` backtrack exponentially; `(…)?` is fine;
 *   6. every quantifier repeats at most 100 times: `*`, `+` and `{n,}` are read as `{0,100}`, `{1,100}` and
 *      `{n,100}` when the pattern runs (so `\d+` matches up to 100 digits; a longer run is matched in pieces);
 *      an explicit bound above 100 is refused;
 *   7. the worst-case steps per start position stay at most 1,000: each quantifier costs (max + 1) each time it
 *      is reached, and it is reached once per combination of counts the quantifiers before it can back off to
 *      (the product of their ranges, max − min + 1). A quantifier on a single character, class or escape that is
 *      followed by a literal character it cannot match (`[a-z]+@`, `\d+x`, `\w+\.`) gives up at once when backed
 *      off, so it multiplies nothing. This keeps `.*a.*b` (101 + 101 × 101; cubic as written: ~10 s on 4,096
 *      "a"s) and `\d+\d+x` out, and `[\w.+-]+@[\w-]+\.[\w.]+` (3 × 101) in;
 *   8. lookarounds are allowed (they are atomic in JavaScript); their quantifiers count in rules 5–7 like any other.
 * It is a single left-to-right scan of the pattern (plus one compile, and one-character tests of an atom for
 * rule 7); the user's pattern is never run on text to decide. It over-refuses on purpose: a false refusal costs
 * a rewrite, a false acceptance a frozen app. Messages say what is wrong and how to fix it; they quote at most a
 * quantifier or a flag, never the pattern.
 */
export const userRegexLimits = { maxLength: 300, maxRepeat: 100, maxWork: 1000 } as const;
export const userRegexFlags = 'imsu';

export type UserRegexCheck =
  | { ok: true; /** The pattern as it runs: leading inline flags removed, unbounded quantifiers capped. */ source: string; flags: string }
  | { ok: false; problem: string };

/** Null when the pattern is acceptable, else a sentence saying what is wrong and how to fix it. */
export function regexSafetyProblem(pattern: string, flags = ''): string | null {
  const check = checkUserRegex(pattern, flags);
  return check.ok ? null : check.problem;
}

/**
 * The RegExp a rule runs, with `extraFlags` (e.g. 'g') added. Throws when the pattern is refused, so rules that
 * reach a runtime without going through settings validation fail closed.
 */
export function compileUserRegex(pattern: string, flags = '', extraFlags = ''): RegExp {
  const check = checkUserRegex(pattern, flags);
  if (!check.ok) throw new Error(`regex refused: ${check.problem}`);
  const all = [...new Set(check.flags + extraFlags)].join('');
  return new RegExp(check.source, all);
}

const INLINE_FLAGS_FIX = 'JavaScript has no inline flags except a leading (?i), (?m) or (?s) for the whole pattern; move it to the start or set the rule\'s flags';

export function checkUserRegex(pattern: string, flags = ''): UserRegexCheck {
  const refuse = (problem: string): UserRegexCheck => ({ ok: false, problem });
  const { maxLength, maxRepeat, maxWork } = userRegexLimits;
  if (pattern.length > maxLength) {
    return refuse(`the pattern is ${pattern.length} characters long, over the limit of ${maxLength}: shorten it or split it into several rules`);
  }
  const badFlags = [...flags].filter((flag, index) => !userRegexFlags.includes(flag) || flags.indexOf(flag) !== index);
  if (badFlags.length > 0) {
    return refuse(`flag${badFlags.length > 1 ? 's' : ''} '${badFlags.join('')}' not allowed: use only i, m, s or u, each once (the app adds g itself)`);
  }
  let source = pattern;
  let effective = flags;
  const leading = /^\(\?([a-z]+)\)/.exec(pattern);
  if (leading !== null) {
    const letters = leading[1]!;
    const bad = [...letters].filter((flag) => !'ims'.includes(flag));
    if (bad.length > 0) return refuse(`inline flag '${bad.join('')}' in '${leading[0]}' is not supported: a leading (?…) may hold only i, m and s`);
    source = pattern.slice(leading[0].length);
    effective = [...new Set(flags + letters)].join('');
  }
  try {
    new RegExp(source, effective);
  } catch (error) {
    if (/\(\?-?[a-z]+[:)-]/.test(source)) return refuse(`inline flags inside the pattern are not supported: ${INLINE_FLAGS_FIX}`);
    const detail = (error instanceof Error ? error.message : String(error))
      // V8 quotes the whole pattern ("Invalid regular expression: /…/i: Unterminated group"); keep only the reason.
      .replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
    return refuse(`not a valid regular expression (${detail}): check that brackets and parentheses are closed, and escape a literal special character with \\ (e.g. \\. or \\()`);
  }
  return scan(source, effective, maxRepeat, maxWork);
}

interface Frame { quantified: boolean; alternation: boolean }
type Last = { kind: 'none' } | { kind: 'atom'; start: number; end: number } | { kind: 'group'; frame: Frame };

function scan(source: string, flags: string, maxRepeat: number, maxWork: number): UserRegexCheck {
  const refuse = (problem: string): UserRegexCheck => ({ ok: false, problem });
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  let last: Last = { kind: 'none' };
  // Worst-case steps per start position: the sum over quantifiers of (how often it is reached) × (max + 1), where
  // a quantifier is reached once per combination of the counts earlier quantifiers can back off to.
  let entries = 1;
  let work = 0;
  let out = '';
  let copied = 0;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    const top = stack[stack.length - 1]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') {
        return refuse(`backreferences (\\${next}${next === 'k' ? '<name>' : ''}) are not allowed, they can take exponential time: repeat the text the group matches instead`);
      }
      const end = i + 1 + escapeBodyLength(source, i + 1, flags.includes('u'));
      last = { kind: 'atom', start: i, end };
      i = end - 1;
      continue;
    }
    if (ch === '[') {
      const end = skipClass(source, i) + 1;
      last = { kind: 'atom', start: i, end };
      i = end - 1;
      continue;
    }
    if (ch === '(') {
      if (source[i + 1] === '?') {
        const kind = source[i + 2];
        if (kind === ':' || kind === '=' || kind === '!') i += 2;
        else if (kind === '<' && (source[i + 3] === '=' || source[i + 3] === '!')) i += 3;
        else if (kind === '<') i = source.indexOf('>', i);
        else return refuse(`inline flags inside the pattern are not supported: ${INLINE_FLAGS_FIX}`);
      }
      stack.push({ quantified: false, alternation: false });
      last = { kind: 'none' };
      continue;
    }
    if (ch === ')') {
      const frame = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      if (frame.alternation) parent.alternation = true;
      if (frame.quantified) parent.quantified = true;
      last = { kind: 'group', frame };
      continue;
    }
    if (ch === '|') {
      top.alternation = true;
      last = { kind: 'none' };
      continue;
    }
    const q = readQuantifier(source, i);
    if (q === null || last.kind === 'none') {
      // A literal character (or a '{' that starts no quantifier); a quantifier with nothing before it is a syntax
      // error the compile above already reported.
      last = { kind: 'atom', start: i, end: i + 1 };
      continue;
    }
    const token = source.slice(i, i + q.length);
    if (q.min > maxRepeat || (q.max !== Infinity && q.max > maxRepeat)) {
      return refuse(`quantifier '${token}' repeats more than ${maxRepeat} times: use a bound of at most ${maxRepeat}, such as {1,${maxRepeat}}`);
    }
    const max = q.max === Infinity ? maxRepeat : q.max;
    if (last.kind === 'group' && max > 1) {
      if (last.frame.quantified) {
        return refuse(`nested quantifiers: the group before '${token}' is repeated and itself contains a quantifier (like (a+)+), which can backtrack catastrophically: quantify the inside or the group, not both, e.g. (?:ab)+ or a+; write a fixed repetition out in full, e.g. \\d{1,3}\\.\\d{1,3} for (?:\\d{1,3}\\.){2}`);
      }
      if (last.frame.alternation) {
        return refuse(`alternation inside a repeated group: the group before '${token}' contains '|' (like (a|ab)*), which can backtrack catastrophically: repeat a character class instead, e.g. [ab]+, or list the alternatives without repeating the group`);
      }
    }
    const lazy = source[i + q.length] === '?' ? 1 : 0;
    const after = i + q.length + lazy;
    // Each time it is reached the quantifier scans up to `max` characters; unless it gives up at once, every
    // count it can back off to reaches what follows again.
    work += entries * (max + 1);
    if (!(last.kind === 'atom' && givesUpAtOnce(source, last, after, flags))) entries *= max - q.min + 1;
    if (work > maxWork) {
      return refuse(`too many variable repetitions: up to ${work} steps per position, over the limit of ${maxWork} (as in .*a.*b): bound the quantifiers more tightly, e.g. {0,20}, or follow a repeated character or class with a literal character it cannot match, e.g. [a-z]+@`);
    }
    for (const frame of stack) frame.quantified = true;
    if (q.max === Infinity) {
      out += source.slice(copied, i) + `{${q.min},${maxRepeat}}`;
      copied = i + q.length;
    }
    i = after - 1;
    last = { kind: 'none' };
  }
  return { ok: true, source: out + source.slice(copied), flags };
}

/**
 * True when the quantified single atom cannot match the literal character right after the quantifier (itself not
 * quantified): then backtracking into the quantifier fails at once, as the next character is one the atom matched.
 */
function givesUpAtOnce(source: string, atom: { start: number; end: number }, at: number, flags: string): boolean {
  const literal = literalAt(source, at);
  if (literal === null) return false;
  // The literal itself may repeat, but must be there at least once: `\d+x+` yes, `\d+x?` or `\d+x*` no.
  const following = source[literal.end];
  if (following === '?' || following === '*') return false;
  if (following === '{' && (readQuantifier(source, literal.end)?.min ?? 1) === 0) return false;
  const c = literal.char;
  try {
    const atomRegex = new RegExp(`^(?:${source.slice(atom.start, atom.end)})$`, flags);
    return ![c, c.toLowerCase(), c.toUpperCase()].some((variant) => atomRegex.test(variant));
  } catch {
    return false;
  }
}

/** The literal character at `at` (plain, or an escaped punctuation mark like \. or \-), and where it ends. */
function literalAt(source: string, at: number): { char: string; end: number } | null {
  const ch = source[at];
  if (ch === undefined) return null;
  if (ch === '\\') {
    const next = source[at + 1] ?? '';
    return /^[^\w\s]$/.test(next) ? { char: next, end: at + 2 } : null;
  }
  if ('^$.|?*+()[]{}'.includes(ch)) return null;
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? null : { char: ch, end: at + 1 };
}

function skipClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']') return i; // in JavaScript the first unescaped ']' closes the class ([] is empty)
  }
  return source.length - 1;
}

/**
 * Characters after the backslash that belong to the escape: `\uXXXX`, `\xXX`, `\cX`, with the u flag also
 * `\u{…}` and `\p{…}` (without it `\p{2}` is a repeated 'p'), else one.
 */
function escapeBodyLength(source: string, letterIndex: number, unicode: boolean): number {
  const letter = source[letterIndex];
  if (unicode && (letter === 'u' || letter === 'p' || letter === 'P') && source[letterIndex + 1] === '{') {
    const close = source.indexOf('}', letterIndex);
    return close === -1 ? 1 : close - letterIndex + 1;
  }
  if (letter === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(letterIndex + 1, letterIndex + 5))) return 5;
  if (letter === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(letterIndex + 1, letterIndex + 3))) return 3;
  if (letter === 'c' && /^[a-zA-Z]$/.test(source[letterIndex + 1] ?? '')) return 2;
  return 1;
}

function readQuantifier(source: string, i: number): { min: number; max: number; length: number } | null {
  const ch = source[i];
  if (ch === '*') return { min: 0, max: Infinity, length: 1 };
  if (ch === '+') return { min: 1, max: Infinity, length: 1 };
  if (ch === '?') return { min: 0, max: 1, length: 1 };
  if (ch !== '{') return null;
  const match = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(source.slice(i, i + 16));
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
  return { min, max, length: match[0].length };
}
