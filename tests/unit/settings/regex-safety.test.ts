import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUserRegex, compileUserRegex, regexSafetyProblem, userRegexLimits } from '../../../shared/settings/regex-safety';
import { ruleSchema, rulesSchema } from '../../../shared/settings/rules';
import { repoRoot } from '../../helpers/fixtures';
import { compileRule, contentSpans } from '../../../electron/core/rules';

/** Realistic user patterns (README examples, the UI's placeholder, rules in tests and benches): all must pass. */
const valid: [string, string][] = [
  ['[\\w.+-]+@[\\w-]+\\.[\\w.]+', 'i'], // email
  ['[a-z]+@[a-z]+\\.com', 'i'],
  ['JIRA-\\d+', ''], // ticket ids
  ['\\bTICKET-\\d+', 'i'],
  ['ticket-\\d+', 'i'],
  ['TCK-\\d{4,8}', 'i'],
  ['PRJ-\\d{4}', 'i'],
  ['\\bproject\\s+(?:falcon|osprey)\\b', 'i'], // codenames
  ['project\\s{1,5}falcon', 'i'],
  ['\\b(?:acme|globex)\\b', 'i'],
  ['\\b(salary|payroll)\\b', 'i'],
  ['(?i)\\bconfidential\\b', ''], // leading inline flag
  ['(?im)^secret:', ''],
  ['password\\s*[:=]|api[_-]?key', 'i'],
  ['^refactor\\b', 'i'],
  ['\\b(?:invoice|receipt)s?\\b', 'i'],
  ['(?:Mr|Mrs|Ms)\\.?\\s[A-Z][a-z]+', ''],
  ['[A-Z]{2}\\d{6,10}', ''],
  ['\\d{3}-\\d{2}-\\d{4}', ''],
  ['(?:ab){1,3}c', ''],
  ['\\p{Lu}{2,4}', 'u'],
  ['colou?r', 'i'],
  ['foo(bar)+baz', 'i'],
  ['(ab)?c+', 'i'],
  ['\\(a+\\)+', 'i'],
  ['[(+*]+', 'i'],
  ['a{2}b{1,3}', 'i'],
  ['.*secret', 'i'],
  ['(?=.*x)y', 'i'], // lookarounds are allowed, their quantifiers count like any other
  ['(?<![\\w-])sk-[A-Za-z0-9]{20,100}', ''],
  ['\\d+x', ''],
  ['\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b', ''], // an IPv4 address, written out
];

/** One pattern per refusal reason, with the words the message must contain. */
const refused: [string, string, RegExp][] = [
  ['a'.repeat(userRegexLimits.maxLength + 1), 'i', /301 characters long, over the limit of 300: shorten it/],
  ['a', 'gy', /flags 'gy' not allowed: use only i, m, s or u/],
  ['a', 'ii', /flag 'i' not allowed.*each once/],
  ['(?x)a', '', /inline flag 'x' .* may hold only i, m and s/],
  ['a(?i)b', 'i', /inline flags inside the pattern are not supported.*move it to the start/],
  ['(?i:a)b', 'i', /inline flags inside the pattern are not supported/],
  ['[unclosed', 'i', /not a valid regular expression \(Unterminated character class\): check that brackets/],
  ['([a-z', 'i', /not a valid regular expression/],
  ['*a', 'i', /not a valid regular expression \(Nothing to repeat\)/],
  ['(a)\\1', 'i', /backreferences \(\\1\) are not allowed.*repeat the text/],
  ['(?<q>a)\\k<q>', 'i', /backreferences \(\\k<name>\)/],
  ['(a+)+', 'i', /nested quantifiers.*'\+'.*quantify the inside or the group, not both/],
  ['(a+)+$', 'i', /nested quantifiers/],
  ['(a*)*b', 'i', /nested quantifiers/],
  ['(\\w{2,})+', 'i', /nested quantifiers/],
  ['((ab)+c)*', 'i', /nested quantifiers/],
  ['(a{1,5}){1,5}', 'i', /nested quantifiers/],
  ['(a?a)+b', 'i', /nested quantifiers/],
  ['(?:\\d{1,3}\\.){3}\\d{1,3}', 'i', /nested quantifiers.*write a fixed repetition out in full, e.g. \\d\{1,3\}\\\.\\d\{1,3\}/],
  ['(a|ab)*c', 'i', /alternation inside a repeated group.*repeat a character class instead/],
  ['(a|a)*', 'i', /alternation inside a repeated group/],
  ['(?:x|y)+', 'i', /alternation inside a repeated group/],
  ['(a|aa){2,}', 'i', /alternation inside a repeated group/],
  ['((a|b)c)*', 'i', /alternation inside a repeated group/],
  ['a{1,1000}', 'i', /quantifier '\{1,1000\}' repeats more than 100 times: use a bound of at most 100/],
  ['a{101,}', 'i', /repeats more than 100 times/],
  ['.*a.*b', 'i', /too many variable repetitions: up to 10302 steps per position, over the limit of 1000.*bound the quantifiers/],
  ['.*a.*b.*c.*d.*e', 'i', /too many variable repetitions/],
  ['.{0,100}.{0,100}', 'i', /too many variable repetitions/],
  ['\\d+\\d+x', 'i', /too many variable repetitions/],
];

describe('user regex safety (one policy for routing and privacy rules)', () => {
  it.each(valid)('accepts %j (flags %j)', (pattern, flags) => expect(regexSafetyProblem(pattern, flags)).toBeNull());

  it.each(refused)('refuses %j (flags %j)', (pattern, flags, why) => expect(regexSafetyProblem(pattern, flags)).toMatch(why));

  it("accepts the README's valid examples", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const line = /Valid examples: ([\s\S]*?)\. A refused pattern/.exec(readme)?.[1] ?? '';
    const examples = [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) expect(regexSafetyProblem(example, 'i'), example).toBeNull();
  });

  it('never quotes the pattern in a message (patterns may name secrets)', () => {
    const secret = 'sk-live-0123456789abcdef';
    for (const pattern of [`${secret}[`, `(${secret}+)+`, `${secret}\\1`, `${secret}(?i)x`, `.*${secret}.*b`, `${secret}{1,1000}`]) {
      const problem = regexSafetyProblem(pattern, 'i');
      expect(problem).not.toBeNull();
      expect(problem).not.toContain(secret);
    }
  });

  it('reads a leading (?i) as the flag and caps unbounded quantifiers in the pattern that runs', () => {
    expect(checkUserRegex('(?i)JIRA-\\d+', '')).toEqual({ ok: true, source: 'JIRA-\\d{1,100}', flags: 'i' });
    expect(checkUserRegex('a*?b+c{2,}[*+]', '')).toEqual({ ok: true, source: 'a{0,100}?b{1,100}c{2,100}[*+]', flags: '' });
    expect(compileUserRegex('(?i)jira-\\d+', '', 'g').flags).toBe('gi');
    expect(compileUserRegex('(?i)jira-\\d+').test('see JIRA-42')).toBe(true);
    expect(() => compileUserRegex('(a+)+')).toThrow(/regex refused: nested quantifiers/);
  });

  it('checks in bounded time: a linear scan, even for the longest pattern', () => {
    const start = performance.now();
    for (let n = 0; n < 200; n += 1) regexSafetyProblem('[a-z]+@'.repeat(28), 'i');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('the rule schema refuses exactly what the check refuses', () => {
  const schemaVerdict = (pattern: string): string | null => {
    const result = rulesSchema.safeParse([{ name: 'r', action: 'never-cloud', match: { regex: pattern } }]);
    return result.success ? null : result.error.issues.map((issue) => issue.message).join('; ');
  };

  it.each([...valid.map(([pattern]) => pattern).filter((pattern) => !pattern.includes('\\p')), ...refused.filter(([, flags]) => flags === 'i').map(([pattern]) => pattern)])(
    '%j',
    (pattern) => {
      // Rules run case-insensitively unless caseSensitive: the check sees flag 'i'.
      const problem = regexSafetyProblem(pattern, 'i');
      expect(schemaVerdict(pattern)).toBe(problem === null ? null : `regex refused: ${problem}`);
    },
  );
});

describe('rules run the checked pattern', () => {
  const spans = (regex: string, text: string, caseSensitive = false) =>
    contentSpans(compileRule(ruleSchema.parse({ name: 'r', action: 'redact', match: { regex, ...(caseSensitive ? { caseSensitive } : {}) } })), text).map((s) => [s.start, s.end]);

  it('finds ticket ids with a leading (?i), and stays linear on a pathological text', () => {
    expect(spans('(?i)jira-\\d+', 'fix JIRA-123 and jira-7', true)).toEqual([[4, 12], [17, 23]]);
    const start = performance.now();
    expect(spans('\\d+x', '1'.repeat(200_000), true)).toEqual([]); // uncapped \d+x: ~13 s here
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('matches case-insensitively unless the rule says otherwise', () => {
    expect(spans('ticket-\\d+', 'About TICKET-42')).toEqual([[6, 15]]);
    expect(spans('ticket-\\d+', 'About TICKET-42', true)).toEqual([]);
    expect(spans('ticket-\\d+', 'no ticket here')).toEqual([]);
  });
});
