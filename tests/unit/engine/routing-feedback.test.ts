import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/decision';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { defaultSettings } from '../../../shared/settings';
import { FEEDBACK_MAX_AGE_MS, RoutingFeedback } from '../../../electron/core/engine';
import { RoutingLog } from '../../../electron/core/log';
import { FeedbackStore } from '../../../electron/core/router/feedback';

const NOW = 1_800_000_000_000;
const decision = (id: string, over: Partial<Decision> = {}): Decision => ({
  id, target: 'local', model: 'tiny', provider: 'local', taskType: 'qa', score: 0.3, confidence: 0.8, mode: 'balanced',
  reasons: [], rules: [], privacy: [], fallbacks: [], rung: 0, ladder: ['tiny', 'big-1'], routingMicros: 100, ...over,
});
const entry = (d: Decision, over: Partial<RoutingLogEntry> = {}): RoutingLogEntry => ({
  id: d.id, time: NOW - 1000, channel: 'openai-port', client: null, decision: d,
  servedBy: d.target === 'tier0' ? null : { model: d.model, provider: d.provider, target: d.target }, fallbackUsed: false,
  firstTokenMs: 5, totalMs: 10, promptTokens: 3, completionTokens: 4, costUsd: 0, baselineCostUsd: 0, topRungCostUsd: 0,
  outcome: 'ok', error: null, audit: [], ...over,
});

describe('the engine\'s feedback path', () => {
  let dir: string;
  let log: RoutingLog;
  let feedback: RoutingFeedback;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sy-routing-feedback-'));
    log = new RoutingLog(undefined, () => defaultSettings().log);
    feedback = new RoutingFeedback({ store: new FeedbackStore(join(dir, 'feedback.json')), decisions: log, now: () => NOW });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('learns from a 👎 on a local answer, persists it, and a new engine reads it back', () => {
    log.record(entry(decision('dec_a')));
    const before = feedback.adjust(0.3, 'qa');
    const out = feedback.record('dec_a', 'bad');
    expect(out).toMatchObject({ recorded: true, label: 'stronger-needed', status: { labels: 1, updatedAt: NOW } });
    expect(feedback.adjust(0.3, 'qa').score).toBeGreaterThan(before.score);
    const reopened = new RoutingFeedback({ store: new FeedbackStore(join(dir, 'feedback.json')), decisions: log, now: () => NOW });
    expect(reopened.status()).toEqual(feedback.status());
  });

  it('learns from the shipped score, not the adjusted one the decision routed by', () => {
    log.record(entry(decision('dec_a', { score: 0.9, scoreBeforeFeedback: 0.3 })));
    log.record(entry(decision('dec_b', { score: 0.3 })));
    const other = new RoutingFeedback({ store: new FeedbackStore(undefined), decisions: log, now: () => NOW });
    feedback.record('dec_a', 'bad');
    other.record('dec_b', 'bad');
    expect(feedback.status()).toEqual({ ...other.status(), updatedAt: NOW });
  });

  it('judges who served after fallbacks: a local decision answered by the cloud fallback is a cloud answer', () => {
    log.record(entry(decision('dec_f'), { servedBy: { model: 'big-1', provider: 'acme', target: 'cloud' }, fallbackUsed: true }));
    expect(feedback.record('dec_f', 'bad')).toMatchObject({ recorded: false, label: null });
    expect(feedback.record('dec_f', 'run-again-local')).toMatchObject({ recorded: true, label: 'cheaper-enough' });
  });

  it('ignores failed requests, tier-0 and a second label on one answer', () => {
    log.record(entry(decision('dec_e'), { outcome: 'error', error: 'boom', servedBy: null }));
    log.record(entry(decision('dec_t', { target: 'tier0', model: 'tier0', provider: 'switchyard', rung: null })));
    log.record(entry(decision('dec_a')));
    expect(feedback.record('dec_e', 'bad').recorded).toBe(false);
    expect(feedback.record('dec_t', 'bad').recorded).toBe(false);
    expect(feedback.record('dec_a', 'good').recorded).toBe(true);
    expect(feedback.record('dec_a', 'run-again-cloud')).toMatchObject({ recorded: false, reason: expect.stringMatching(/already/) });
    expect(feedback.status().labels).toBe(1);
  });

  it('refuses unknown and expired decisions with 404s', () => {
    log.record(entry(decision('dec_old'), { time: NOW - FEEDBACK_MAX_AGE_MS - 1 }));
    expect(() => feedback.record('dec_nope', 'bad')).toThrow(expect.objectContaining({ status: 404, code: 'decision_not_found' }));
    expect(() => feedback.record('dec_old', 'bad')).toThrow(expect.objectContaining({ status: 404, code: 'decision_expired' }));
  });

  it('reset forgets every label and the labelled ids', () => {
    log.record(entry(decision('dec_a')));
    feedback.record('dec_a', 'bad');
    expect(feedback.reset()).toMatchObject({ labels: 0, weight: 1, bias: 0, taskBias: {} });
    expect(feedback.adjust(0.3, 'qa')).toEqual({ score: 0.3, delta: 0 });
    expect(feedback.record('dec_a', 'bad').recorded).toBe(true);
  });
});
