import type { Mode } from '../../../shared/decision';
import { clientMatches, type ClientInfo } from '../../../shared/client';
import type { PrivacyUserRule } from '../../../shared/settings/privacy';
import { checkUserRegex } from '../../../shared/settings/regex-safety';
import { isWordChar } from './text-context';
import type { Detector, Span } from './types';

/**
 * Lower case with the same length, so offsets found in it hold for the original (a few characters, such as
 * 'İ', grow when lower-cased; those stay as they are).
 */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}

type ContentRule = Extract<PrivacyUserRule, { kind: 'keyword' | 'regex' }>;

/** A keyword or regex rule as a detector of CUSTOM spans named after the rule. */
export function userRuleDetector(rule: ContentRule): Detector {
  if (rule.kind === 'keyword') {
    const needles = rule.keywords.map((keyword) => (rule.caseSensitive ? keyword : keyword.toLowerCase()));
    return {
      name: `rule:${rule.name}`,
      detect(text) {
        const haystack = rule.caseSensitive ? text : lowerSameLength(text);
        const spans: Span[] = [];
        for (const needle of needles) {
          for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
            // Whole words only, so the keyword "ann" does not fire inside "annual".
            if (isWordChar(haystack[at - 1]) || isWordChar(haystack[at + needle.length])) continue;
            spans.push({ type: 'CUSTOM', start: at, end: at + needle.length, confidence: 1, rule: rule.name });
          }
        }
        return spans;
      },
    };
  }
  // Settings were validated, but rules may also come from code: refuse an unsafe pattern here too (fail closed).
  // Compiled as the check says it runs: leading (?i) read as a flag, unbounded quantifiers capped (regex-safety.ts).
  const check = checkUserRegex(rule.pattern, rule.flags);
  if (!check.ok) throw new Error(`privacy rule '${rule.name}': regex refused: ${check.problem}`);
  const regex = new RegExp(check.source, `${check.flags}g`);
  return {
    name: `rule:${rule.name}`,
    detect(text) {
      const spans: Span[] = [];
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        if (match[0].length === 0) {
          regex.lastIndex += 1;
          continue;
        }
        spans.push({ type: 'CUSTOM', start: match.index, end: match.index + match[0].length, confidence: 1, rule: rule.name });
      }
      return spans;
    },
  };
}

export interface CompiledUserRules {
  detectors: Detector[];
  /** Action of each content rule by name. */
  actions: Map<string, 'redact' | 'never-cloud'>;
  /** Names of enabled rules that keep this request local because of its client or mode. */
  matchRequest(ctx: { mode: Mode; client?: ClientInfo }): { rule: string; reason: string }[];
}

const cache = new WeakMap<readonly PrivacyUserRule[], CompiledUserRules>();

/** Compiles the enabled user rules once per rules array (settings objects are replaced, not mutated). */
export function compileUserRules(rules: readonly PrivacyUserRule[]): CompiledUserRules {
  const cached = cache.get(rules);
  if (cached) return cached;
  const enabled = rules.filter((rule) => rule.enabled);
  const content = enabled.filter((rule): rule is ContentRule => rule.kind === 'keyword' || rule.kind === 'regex');
  const compiled: CompiledUserRules = {
    detectors: content.map(userRuleDetector),
    actions: new Map(content.map((rule) => [rule.name, rule.action])),
    matchRequest(ctx) {
      const hits: { rule: string; reason: string }[] = [];
      for (const rule of enabled) {
        if (rule.kind === 'client' && clientMatches(rule.client, ctx.client)) {
          hits.push({ rule: rule.name, reason: `everything from client '${rule.client}' stays local → kept local (rule '${rule.name}')` });
        } else if (rule.kind === 'mode' && ctx.mode === rule.mode) {
          hits.push({ rule: rule.name, reason: `everything in ${rule.mode} mode stays local → kept local (rule '${rule.name}')` });
        }
      }
      return hits;
    },
  };
  cache.set(rules, compiled);
  return compiled;
}
