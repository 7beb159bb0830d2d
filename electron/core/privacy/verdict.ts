import type { ChatRequest } from '../../../shared/chat';
import type { ClientInfo } from '../../../shared/client';
import type { Mode, PrivacyFinding } from '../../../shared/decision';
import { PrivacyBlockedError } from '../../../shared/errors';
import type { PrivacyAction, PrivacySettings } from '../../../shared/settings/privacy';
import type { Rule } from '../../../shared/settings/rules';
import { requestFacts, type RequestFacts } from '../rules';
import { cheapDetectors, deferredDetectors } from './detectors';
import { findingLabels } from './labels';
import { Pseudonymizer } from './pseudonymizer';
import { mapRequestTexts, requestTexts, textBytes } from './request-texts';
import { resolveOverlaps } from './overlaps';
import { assertScanSize, scanText } from './scanner';
import { spanAction } from './span-action';
import type { Detector, ScanResult, Span, SpanType } from './types';
import { privacyRuleMatches, type PrivacyRuleMatches } from './rule-detectors';

export interface PrivacyContext {
  mode: Mode;
  /** Who sent the request; rules' `clients` match it (shared/client.ts). */
  client?: ClientInfo;
  conversationId?: string;
  /** The request's task type and prompt tokens for rules with task or token conditions; rules/request-facts.ts by default. */
  facts?: () => RequestFacts;
  /** Keep one per conversation so the same value keeps the same placeholder across turns. */
  pseudonymizer?: Pseudonymizer;
}

export interface InspectOptions {
  /** Replaces the built-in cheap detectors (tests); user-rule detectors are always added. */
  detectors?: readonly Detector[];
  /**
   * Run only when the cheap detectors' verdict still lets the request reach a cloud (then redaction needs their
   * spans). Default: the learned tagger, unless `detectors` replaces the built-ins (then none).
   */
  deferredDetectors?: readonly Detector[];
}

/** What a cloud send gets: the redacted request, and the mapping to restore the answer with. */
export interface CloudRequest {
  request: ChatRequest;
  restorer: Pseudonymizer;
  redactions: PrivacyFinding[];
}

export interface PrivacyVerdict {
  /** Types and counts found, never values. */
  findings: PrivacyFinding[];
  /** True: this request must not reach any cloud backend. */
  neverCloud: boolean;
  /** A detector threw: the request is treated as sensitive. */
  failedClosed: boolean;
  /** Human sentences naming the rule, e.g. "contains a credit card number → kept local (rule 'CREDIT_CARD: never-cloud')". */
  reasons: string[];
  /** Names of the rules that applied (for Decision.rules). */
  rules: string[];
  /** Types and counts that are replaced by placeholders on the cloud path. */
  redactions: PrivacyFinding[];
  /** The request to send to a cloud backend. Throws PrivacyBlockedError when neverCloud. */
  forCloud(): CloudRequest;
}

interface TypeTally {
  count: number;
  action: PrivacyAction;
  rule: string;
}

/** What the privacy stage applies: the per-type actions and the user's rules (settings `privacy` and `rules`). */
export interface PrivacyPolicy {
  privacy: PrivacySettings;
  rules: readonly Rule[];
}

/** Who and how, as plain data: what a scan needs of the context (a worker thread gets this). */
export type ScanContext = Pick<PrivacyContext, 'mode' | 'client' | 'conversationId'>;

/** The heavy half of inspectRequest: every detector over every text, allow rules applied. */
export interface RequestScan {
  scans: ScanResult[];
  /** How many findings each allow rule dropped. */
  allowed: { rule: string; count: number }[];
}

/**
 * The gateway's privacy hook: scans every content string of the request, applies the user's rules, and says
 * whether the request may go to a cloud model and in what (redacted) form. Throws ScanInputTooLargeError for
 * requests over `privacy.maxScanBytes`. scan-pool.ts runs the scan half in a worker for large requests.
 */
export function inspectRequest(request: ChatRequest, ctx: PrivacyContext, policy: PrivacyPolicy, options: InspectOptions = {}): PrivacyVerdict {
  // Both halves use the same rule matches (and so work out the request's facts once).
  const user = userRules(request, ctx, policy);
  return verdictOf(request, ctx, policy, scanRequest(request, ctx, policy, options, user), user);
}

function userRules(request: ChatRequest, ctx: PrivacyContext, policy: PrivacyPolicy): PrivacyRuleMatches {
  return privacyRuleMatches(policy.rules, {
    mode: ctx.mode, client: ctx.client, conversationId: ctx.conversationId,
    request: ctx.facts ?? (() => requestFacts(request.messages)),
  });
}

/** `user`: the rule matches, when the caller has them already (inspectRequest). */
export function scanRequest(
  request: ChatRequest, ctx: PrivacyContext, policy: PrivacyPolicy, options: InspectOptions = {}, user = userRules(request, ctx, policy),
): RequestScan {
  const rules = policy.privacy;
  const texts = requestTexts(request);
  assertScanSize(textBytes(texts), rules.maxScanBytes);
  const detectors = [...(options.detectors ?? cheapDetectors), ...user.detectors];
  const scans = texts.map((text) => scanText(text, { detectors, maxBytes: rules.maxScanBytes }));
  const actionOf = (span: Span): PrivacyAction => spanAction(span, rules, user).action;

  // The learned tagger costs far more than the rules: skip it when the request stays local anyway. A never-cloud
  // verdict sends nothing anywhere, so no redaction needs its PERSON / STREET_ADDRESS spans.
  const deferred = options.deferredDetectors ?? (options.detectors === undefined ? deferredDetectors : []);
  const localAlready = ctx.mode === 'privacy' || user.requestHits.length > 0
    || scans.some((scan) => scan.failedClosed || scan.spans.some((span) => actionOf(span) === 'never-cloud'));
  if (deferred.length > 0 && !localAlready) {
    texts.forEach((text, index) => {
      const scan = scans[index]!;
      const more = scanText(text, { detectors: deferred, maxBytes: rules.maxScanBytes });
      scans[index] = {
        spans: resolveOverlaps([...scan.spans, ...more.spans]),
        failedClosed: scan.failedClosed || more.failedClosed,
        failedDetectors: [...scan.failedDetectors, ...more.failedDetectors],
      };
    });
  }
  const allowed = user.allow.length === 0 ? [] : dropAllowed(texts, scans, user.allow, actionOf);
  return { scans, allowed };
}

/** The light half: findings, reasons and the cloud form, from a scan of this request under this policy. */
export function verdictOf(
  request: ChatRequest, ctx: PrivacyContext, policy: PrivacyPolicy, scan: RequestScan, user = userRules(request, ctx, policy),
): PrivacyVerdict {
  const rules = policy.privacy;
  const { scans, allowed } = scan;
  const requestRules = user.requestHits;
  const actionOf = (span: Span): { action: PrivacyAction; rule: string } => spanAction(span, rules, user);

  const tallies = new Map<string, TypeTally & { type: SpanType }>();
  for (const scan of scans) {
    for (const span of scan.spans) {
      // A built-in type's action depends on its type alone: one lookup per type, not per span (a large paste
      // can hold hundreds of thousands of findings).
      const key = tallyKey(span);
      let tally = tallies.get(key);
      if (tally === undefined) {
        const { action, rule } = actionOf(span);
        tally = { type: span.type, count: 0, action, rule };
        tallies.set(key, tally);
      }
      tally.count += 1;
    }
  }

  const reasons: string[] = [];
  const firedRules: string[] = [];
  const failed = scans.flatMap((scan) => scan.failedDetectors);
  let neverCloud = false;
  if (ctx.mode === 'privacy') {
    neverCloud = true;
    firedRules.push('mode: privacy');
    reasons.push("privacy mode → kept local (rule 'mode: privacy')");
  }
  for (const hit of requestRules) {
    neverCloud = true;
    firedRules.push(hit.rule);
    reasons.push(hit.reason);
  }
  if (failed.length > 0) {
    neverCloud = true;
    firedRules.push('fail-closed');
    reasons.push(`a privacy check failed (${[...new Set(failed)].join(', ')}) → kept local to be safe`);
  }
  for (const { rule, count } of allowed) {
    firedRules.push(rule);
    reasons.push(`${count} finding${count > 1 ? 's' : ''} in text matched by rule '${rule}' allowed (rule '${rule}')`);
  }
  // Never-cloud causes first, so the first rule named (the 403's `param`) is one that keeps the request local.
  const ordered = [...tallies.values()].sort((a, b) => Number(b.action === 'never-cloud') - Number(a.action === 'never-cloud'));
  for (const tally of ordered) {
    if (tally.action === 'allow') continue;
    firedRules.push(tally.rule);
    const what = tally.type === 'CUSTOM' ? `text matched by rule '${tally.rule}'` : findingLabels[tally.type];
    const many = tally.count > 1 ? ` (${tally.count}×)` : '';
    if (tally.action === 'never-cloud') {
      neverCloud = true;
      reasons.push(`contains ${what}${many} → kept local (rule '${tally.rule}')`);
    } else {
      reasons.push(`contains ${what}${many} → redacted before any cloud send (rule '${tally.rule}')`);
    }
  }

  const findings = countBy([...tallies.values()]);
  const redactions = countBy([...tallies.values()].filter((t) => t.action === 'redact'));
  return {
    findings,
    neverCloud,
    failedClosed: failed.length > 0,
    reasons,
    rules: [...new Set(firedRules)],
    redactions,
    forCloud() {
      if (neverCloud) throw neverCloudError(reasons, firedRules);
      const restorer = ctx.pseudonymizer ?? new Pseudonymizer();
      const redacted = mapRequestTexts(request, (text, index) => {
        const spans = (scans[index]?.spans ?? []).filter((span) => {
          return (tallies.get(tallyKey(span))?.action ?? actionOf(span).action) === 'redact';
        });
        return redactText(text, spans, restorer);
      });
      return { request: redacted, restorer, redactions };
    },
  };
}

/** Findings share an action when they share a type — or, for a rule's CUSTOM spans, the rule. */
const tallyKey = (span: Span): string => (span.type === 'CUSTOM' ? `CUSTOM\u0000${span.rule ?? ''}` : span.type);

/**
 * Drops, in place, the detectors' findings that lie inside text an allow rule matched — except never-cloud ones:
 * an allow rule says "this is not a name", it cannot let a card number out. A finding that reaches beyond the
 * allowed text ("Ada Lovelace" when "Ada" is allowed) stays. Returns how many each rule dropped.
 */
function dropAllowed(
  texts: readonly string[], scans: { spans: Span[] }[], allow: readonly Detector[], actionOf: (span: Span) => PrivacyAction,
): { rule: string; count: number }[] {
  const dropped = new Map<string, number>();
  texts.forEach((text, index) => {
    const scan = scans[index]!;
    const ranges = allow.flatMap((detector) => detector.detect(text));
    if (ranges.length === 0) return;
    scan.spans = scan.spans.filter((span) => {
      if (span.type === 'CUSTOM' || actionOf(span) === 'never-cloud') return true;
      const by = ranges.find((range) => range.start <= span.start && span.end <= range.end);
      if (by === undefined) return true;
      const rule = by.rule ?? '';
      dropped.set(rule, (dropped.get(rule) ?? 0) + 1);
      return false;
    });
  });
  return [...dropped].map(([rule, count]) => ({ rule, count }));
}

/** Replaces each span (sorted, non-overlapping) with its stable placeholder. */
export function redactText(text: string, spans: readonly Span[], pseudonymizer: Pseudonymizer): string {
  let out = '';
  let from = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < from) continue;
    out += text.slice(from, span.start) + pseudonymizer.placeholderFor(span.type, text.slice(span.start, span.end));
    from = span.end;
  }
  return out + text.slice(from);
}

function countBy(tallies: { type: SpanType; count: number }[]): PrivacyFinding[] {
  const counts = new Map<string, number>();
  for (const { type, count } of tallies) counts.set(type, (counts.get(type) ?? 0) + count);
  return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type));
}

/**
 * The one 403 for a request that must stay local: names the first rule that keeps it here and quotes the "kept
 * local" reasons, never a value. `blocked` is the router's account when no local model could serve it either.
 */
export function neverCloudError(reasons: readonly string[], rules: readonly string[], blocked?: { message: string; rule: string }): PrivacyBlockedError {
  const why = reasons.filter((r) => r.includes('kept local')).join('; ');
  const rule = rules[0] ?? blocked?.rule ?? 'never-cloud';
  if (blocked === undefined) return new PrivacyBlockedError(`This request stays on this machine: ${why}.`, rule);
  return new PrivacyBlockedError(why === '' ? blocked.message : `${blocked.message} Why: ${why}.`, rule);
}
