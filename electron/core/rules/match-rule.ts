import type { Mode, TaskType } from '../../../shared/decision';
import { hasContentCondition } from '../../../shared/settings/rules';
import { clientMatches, type ClientInfo } from '../../../shared/client';
import { isWordChar } from '../privacy/text-context';
import type { CompiledRule, RuleSet } from './rule-set';

/** What a rule's non-content conditions are checked against. */
export interface RuleFacts {
  mode: Mode;
  client: ClientInfo | undefined;
  conversationId: string | undefined;
  /** The heuristic's task type and prompt tokens; asked for only by rules with task or token conditions. */
  request: () => RequestFacts;
}

export interface RequestFacts {
  taskType: TaskType;
  promptTokens: number;
}

/** A stretch of text a rule's keywords or regex matched. */
export interface RuleSpan {
  start: number;
  end: number;
}

/** Whether every condition other than keywords and regex holds. */
export function contextHolds(compiled: CompiledRule, facts: RuleFacts): boolean {
  const m = compiled.rule.match;
  if (m.modes !== undefined && !m.modes.includes(facts.mode)) return false;
  if (m.conversationIds !== undefined && (facts.conversationId === undefined || !m.conversationIds.includes(facts.conversationId))) return false;
  if (m.clients !== undefined && !m.clients.some((entry) => clientMatches(entry, facts.client))) return false;
  if (!compiled.needsFacts) return true;
  const request = facts.request();
  if (m.taskTypes !== undefined && !m.taskTypes.includes(request.taskType)) return false;
  if (m.minTokens !== undefined && request.promptTokens < m.minTokens) return false;
  if (m.maxTokens !== undefined && request.promptTokens > m.maxTokens) return false;
  return true;
}

export const hasContent = (compiled: CompiledRule): boolean => hasContentCondition(compiled.rule.match);

/**
 * The stretches of `text` the rule's content conditions match: when it has both keywords and a regex, both must
 * match somewhere (AND) and the spans of both are returned; none when either finds nothing.
 */
export function contentSpans(compiled: CompiledRule, text: string): RuleSpan[] {
  const spans: RuleSpan[] = [];
  if (compiled.keywords !== null) {
    const haystack = compiled.rule.match.caseSensitive === true ? text : lowerSameLength(text);
    for (const { needle, prefix } of compiled.keywords) {
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
        // Whole words only, so the keyword "ann" does not fire inside "annual"; a prefix keyword takes the word's rest.
        if (isWordChar(haystack[at - 1])) continue;
        let end = at + needle.length;
        if (prefix) while (isWordChar(haystack[end])) end += 1;
        else if (isWordChar(haystack[end])) continue;
        spans.push({ start: at, end });
      }
    }
    if (spans.length === 0) return spans;
  }
  if (compiled.regex !== null) {
    const regex = compiled.regex;
    const before = spans.length;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
    if (spans.length === before) return [];
  }
  return spans;
}

/** The routing rules that match this turn (`text`: the last user message), in the order they apply. */
export function matchRoutingRules(set: RuleSet, text: string, facts: RuleFacts): CompiledRule[] {
  const once = { ...facts, request: memo(facts.request) };
  return set.routing.filter((compiled) => contextHolds(compiled, once) && (!hasContent(compiled) || contentSpans(compiled, text).length > 0));
}

/** Computes the facts at most once, however many rules ask. */
export function memo<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

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
