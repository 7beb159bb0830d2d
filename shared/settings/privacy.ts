import { z } from 'zod';
import { modeSchema } from '../decision';

/** Entities the privacy engine finds as spans (DESIGN.md §4, `switchyard scan`). */
export const privacyEntityTypes = [
  'EMAIL', 'PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN', 'IP_ADDRESS', 'SECRET', 'PERSON', 'STREET_ADDRESS',
  'DATE_OF_BIRTH', 'MEDICAL_RECORD_NUMBER', 'PASSPORT', 'DRIVER_LICENSE',
  'UK_NINO', 'DE_TAX_ID', 'FR_NIR', 'ES_DNI', 'IT_FISCAL_CODE', 'NL_BSN', 'IN_AADHAAR', 'CRYPTO_WALLET',
] as const;
export type PrivacyEntityType = (typeof privacyEntityTypes)[number];

/** Sensitive matters about a person, found from phrases in a personal context. */
export const privacyCategoryTypes = ['HEALTH', 'FINANCIAL', 'LEGAL'] as const;
export type PrivacyCategoryType = (typeof privacyCategoryTypes)[number];

export const privacyActionSchema = z.enum(['allow', 'redact', 'never-cloud']);
export type PrivacyAction = z.infer<typeof privacyActionSchema>;

/**
 * Defaults: values that are a key to money or identity (SECRET, CREDIT_CARD, US_SSN, IBAN, the national ids,
 * passport, driver licence and medical record numbers, which open accounts, records and fraud) and health matters
 * (special-category data) never leave; LEGAL (criminal and court matters, also special under GDPR art. 10) is
 * kept local too. Contact details and names are redacted, so a cloud model can still help with the text; a date
 * of birth is redacted too (alone it identifies nobody, with a name it does), and so is a crypto wallet address:
 * it is public on the chain and grants no access, but it links a person to all their payments.
 * FINANCIAL is allowed: the identifiers inside it are caught by their own rules, and the topic alone
 * ("how do I lower my debt") is a large share of what people rightly ask a strong model.
 */
const entityDefaults: Record<PrivacyEntityType, PrivacyAction> = {
  EMAIL: 'redact', PHONE: 'redact', CREDIT_CARD: 'never-cloud', US_SSN: 'never-cloud', IBAN: 'never-cloud',
  IP_ADDRESS: 'redact', SECRET: 'never-cloud', PERSON: 'redact', STREET_ADDRESS: 'redact',
  DATE_OF_BIRTH: 'redact', MEDICAL_RECORD_NUMBER: 'never-cloud', PASSPORT: 'never-cloud', DRIVER_LICENSE: 'never-cloud',
  UK_NINO: 'never-cloud', DE_TAX_ID: 'never-cloud', FR_NIR: 'never-cloud', ES_DNI: 'never-cloud',
  IT_FISCAL_CODE: 'never-cloud', NL_BSN: 'never-cloud', IN_AADHAAR: 'never-cloud', CRYPTO_WALLET: 'redact',
};
const categoryDefaults: Record<PrivacyCategoryType, PrivacyAction> = {
  HEALTH: 'never-cloud', LEGAL: 'never-cloud', FINANCIAL: 'allow',
};

const actionsFor = <K extends string>(defaults: Record<K, PrivacyAction>) =>
  z.object(
    Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, privacyActionSchema.default(value as PrivacyAction)])) as Record<K, z.ZodDefault<typeof privacyActionSchema>>,
  ).strict();

export const entityActionsSchema = actionsFor(entityDefaults);
export const categoryActionsSchema = actionsFor(categoryDefaults);

/** Upper bounds that keep every user pattern's backtracking work per start position small (linear scans). */
export const userRegexLimits = { maxLength: 300, maxRepeat: 100, maxWork: 1000 } as const;

/**
 * Static refusal of patterns that can backtrack catastrophically: every quantifier must be bounded, a quantified
 * group may hold neither a quantifier nor an alternation, backreferences and lookarounds are refused, and the
 * product of all quantifier ranges (the worst-case attempts per start position) stays under `maxWork`.
 * Returns the problem in words, or null when the pattern is safe.
 */
export function regexSafetyProblem(pattern: string, flags = ''): string | null {
  if (pattern.length > userRegexLimits.maxLength) return `longer than ${userRegexLimits.maxLength} characters`;
  if (!/^[imsu]{0,4}$/.test(flags)) return 'flags may only be i, m, s, u';
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return `not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
  // Per open group: does it hold a quantifier or an alternation (which a quantifier on it would multiply)?
  const groups: { quantified: boolean; alternation: boolean }[] = [];
  let work = 1;
  let lastAtom: 'none' | 'atom' | 'group' = 'none';
  let lastGroup = { quantified: false, alternation: false };
  const markQuantified = (): void => {
    for (const group of groups) group.quantified = true;
  };
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return 'backreferences are not allowed';
      i += next === 'u' || next === 'x' || next === 'p' || next === 'P' ? skipEscapeBody(pattern, i + 1) : 1;
      lastAtom = 'atom';
      continue;
    }
    if (ch === '[') {
      i = skipClass(pattern, i);
      lastAtom = 'atom';
      continue;
    }
    if (ch === '(') {
      if (pattern.startsWith('(?=', i) || pattern.startsWith('(?!', i) || pattern.startsWith('(?<=', i) || pattern.startsWith('(?<!', i)) {
        return 'lookarounds are not allowed';
      }
      groups.push({ quantified: false, alternation: false });
      if (pattern[i + 1] === '?') i = pattern.indexOf(pattern[i + 2] === '<' ? '>' : ':', i);
      lastAtom = 'none';
      continue;
    }
    if (ch === ')') {
      lastGroup = groups.pop() ?? { quantified: false, alternation: false };
      if (lastGroup.alternation && groups.length > 0) groups[groups.length - 1]!.alternation = true;
      lastAtom = 'group';
      continue;
    }
    if (ch === '|') {
      const top = groups[groups.length - 1];
      if (top) top.alternation = true;
      lastAtom = 'none';
      continue;
    }
    const quantifier = readQuantifier(pattern, i);
    if (quantifier === null) {
      lastAtom = 'atom';
      continue;
    }
    if (lastAtom === 'none') return `quantifier at position ${i} has nothing to repeat`;
    if (quantifier.max === Infinity) return `unbounded quantifier '${pattern.slice(i, i + quantifier.length)}' at position ${i}: use a bound such as {1,${userRegexLimits.maxRepeat}}`;
    if (quantifier.max > userRegexLimits.maxRepeat) return `quantifier at position ${i} repeats more than ${userRegexLimits.maxRepeat} times`;
    if (lastAtom === 'group' && (lastGroup.quantified || lastGroup.alternation)) {
      return `nested or overlapping quantifier at position ${i}: a repeated group may not contain a quantifier or '|'`;
    }
    work *= quantifier.max - quantifier.min + 1;
    if (work > userRegexLimits.maxWork) return `too many variable repetitions (worst case ${work} attempts per position)`;
    markQuantified();
    i += quantifier.length - 1;
    lastAtom = 'none';
  }
  return null;
}

function skipClass(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i += 1) {
    if (pattern[i] === '\\') i += 1;
    else if (pattern[i] === ']' && i > start + 1) return i;
  }
  return pattern.length;
}

/** Length of `\u{…}`, `\uXXXX`, `\xXX`, `\p{…}` bodies after the escape letter, so they count as one atom. */
function skipEscapeBody(pattern: string, letterIndex: number): number {
  if (pattern[letterIndex + 1] === '{') {
    const close = pattern.indexOf('}', letterIndex);
    return close === -1 ? 1 : close - letterIndex + 1;
  }
  return pattern[letterIndex] === 'x' ? 3 : pattern[letterIndex] === 'u' ? 5 : 1;
}

function readQuantifier(pattern: string, i: number): { min: number; max: number; length: number } | null {
  const ch = pattern[i];
  const lazy = (end: number): number => (pattern[end] === '?' ? 1 : 0);
  if (ch === '*') return { min: 0, max: Infinity, length: 1 + lazy(i + 1) };
  if (ch === '+') return { min: 1, max: Infinity, length: 1 + lazy(i + 1) };
  if (ch === '?') return { min: 0, max: 1, length: 1 + lazy(i + 1) };
  if (ch !== '{') return null;
  const match = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(pattern.slice(i, i + 16));
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
  return { min, max, length: match[0].length + lazy(i + match[0].length) };
}

const ruleName = z.string().min(1).max(80);
const ruleAction = z.enum(['redact', 'never-cloud']);

export const privacyUserRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('keyword'), name: ruleName, enabled: z.boolean().default(true), action: ruleAction.default('never-cloud'),
    keywords: z.array(z.string().trim().min(2).max(200)).min(1).max(500),
    caseSensitive: z.boolean().default(false),
  }).strict(),
  z.object({
    kind: z.literal('regex'), name: ruleName, enabled: z.boolean().default(true), action: ruleAction.default('never-cloud'),
    pattern: z.string().min(1), flags: z.string().default('i'),
  }).strict().superRefine((rule, ctx) => {
    const problem = regexSafetyProblem(rule.pattern, rule.flags);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['pattern'], message: `regex refused: ${problem}` });
  }),
  /** "Everything from this client": matched against the caller's client name (User-Agent product or app id). */
  z.object({ kind: z.literal('client'), name: ruleName, enabled: z.boolean().default(true), client: z.string().min(1).max(200) }).strict(),
  /** "Everything in this mode" (privacy mode is always local; this lets a user pin other modes too). */
  z.object({ kind: z.literal('mode'), name: ruleName, enabled: z.boolean().default(true), mode: modeSchema }).strict(),
]);
export type PrivacyUserRule = z.infer<typeof privacyUserRuleSchema>;
export type PrivacyUserRuleInput = z.input<typeof privacyUserRuleSchema>;

export const privacySettingsSchema = z.object({
  entities: entityActionsSchema.default(entityActionsSchema.parse({})),
  categories: categoryActionsSchema.default(categoryActionsSchema.parse({})),
  rules: z.array(privacyUserRuleSchema).max(200).default([]),
  /** Larger inputs are refused rather than scanned (UTF-8 bytes over all texts of a request). */
  maxScanBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(8 * 1024 * 1024),
}).strict();
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;
export type PrivacySettingsInput = z.input<typeof privacySettingsSchema>;

export const defaultPrivacySettings = (): PrivacySettings => privacySettingsSchema.parse({});
