import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RoutingLog } from '../../../electron/core/log';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { logSettingsSchema, type LogSettings } from '../../../shared/settings';


function entry(i: number, over: Partial<RoutingLogEntry> = {}): RoutingLogEntry {
  return {
    id: `dec_${i}`,
    time: 1_700_000_000_000 + i,
    channel: 'openai-port',
    client: 'curl/8',
    decision: {
      id: `dec_${i}`, target: i % 3 === 0 ? 'cloud' : 'local', model: i % 3 === 0 ? 'big-1' : 'tiny', provider: i % 3 === 0 ? 'acme' : 'local',
      taskType: 'qa', score: 0.4, confidence: 0.8, mode: 'balanced', reasons: ['because'], rules: [], privacy: [], fallbacks: [], rung: i % 3 === 0 ? 1 : 0, ladder: ['tiny', 'big-1'], routingMicros: i,
    },
    servedBy: null,
    fallbackUsed: false,
    firstTokenMs: 5,
    totalMs: 20,
    promptTokens: 100,
    completionTokens: 50,
    costUsd: i % 3 === 0 ? 0.001 : 0,
    baselineCostUsd: 0.002,
    topRungCostUsd: 0.004,
    outcome: 'ok',
    error: null,
    audit: [],
    text: `secret prompt ${i}`,
    ...over,
  };
}

const dirOf = (): string => mkdtempSync(join(tmpdir(), 'routing-log-'));
const settings = (over: Partial<LogSettings> = {}): (() => LogSettings) => () => ({ ...logSettingsSchema.parse({}), ...over });

describe('routing log', () => {
  it('survives a restart: entries written are read back, newest first', () => {
    const dir = dirOf();
    const log = new RoutingLog(dir, settings(), () => 1_700_000_000_000);
    for (let i = 0; i < 10; i += 1) log.record(entry(i));
    log.close();
    const reopened = new RoutingLog(dir, settings(), () => 1_700_000_000_000);
    expect(reopened.query({ limit: 3 }).map((e) => e.id)).toEqual(['dec_9', 'dec_8', 'dec_7']);
    expect(reopened.stats().total).toBe(10);
  });

  it('skips a torn last line left by a crash and keeps the rest', () => {
    const dir = dirOf();
    const log = new RoutingLog(dir, settings(), () => 1_700_000_000_000);
    log.record(entry(1));
    log.record(entry(2));
    log.close();
    const [file] = readdirSync(join(dir));
    appendFileSync(join(dir, file ?? ''), '{"id":"dec_3","time":17');
    const reopened = new RoutingLog(dir, settings(), () => 1_700_000_000_000);
    expect(reopened.query().map((e) => e.id)).toEqual(['dec_2', 'dec_1']);
    expect(reopened.skippedLines).toBe(1);
  });

  it('stores no message text unless the user opted in', () => {
    const dir = dirOf();
    const log = new RoutingLog(dir, settings(), () => 1_700_000_000_000);
    log.record(entry(1));
    log.close();
    const [file] = readdirSync(dir);
    expect(readFileSync(join(dir, file ?? ''), 'utf8')).not.toContain('secret prompt');
    const optedIn = new RoutingLog(dirOf(), settings({ storeText: true }), () => 1_700_000_000_000);
    optedIn.record(entry(2));
    expect(optedIn.query()[0]?.text).toBe('secret prompt 2');
  });

  it('deletes day files older than the retention window', () => {
    const dir = dirOf();
    const now = Date.UTC(2026, 10, 21);
    writeFileSync(join(dir, 'routing-2026-01-01.jsonl'), `${JSON.stringify(entry(1))}\n`);
    writeFileSync(join(dir, 'routing-2026-11-20.jsonl'), `${JSON.stringify(entry(2))}\n`);
    const log = new RoutingLog(dir, settings({ maxDays: 30 }), () => now);
    expect(readdirSync(dir)).toEqual(['routing-2026-11-20.jsonl']);
    expect(log.query().map((e) => e.id)).toEqual(['dec_2']);
    log.record(entry(3));
    expect(readdirSync(dir).sort()).toEqual(['routing-2026-11-20.jsonl', 'routing-2026-11-21.jsonl']);
  });

  it('keeps at most maxEntries in memory', () => {
    const log = new RoutingLog(undefined, settings({ maxEntries: 100 }));
    for (let i = 0; i < 250; i += 1) log.record(entry(i));
    expect(log.stats().total).toBeLessThanOrEqual(110);
    expect(log.query({ limit: 1 })[0]?.id).toBe('dec_249');
  });

  it('computes distribution, routing time and savings', () => {
    const log = new RoutingLog(undefined, settings());
    for (let i = 1; i <= 6; i += 1) log.record(entry(i));
    const stats = log.stats();
    expect(stats.byTarget).toEqual({ tier0: 0, local: 4, cloud: 2 });
    expect(stats.byModel).toEqual({ tiny: 4, 'big-1': 2 });
    expect(stats.routingMicros.avg).toBeCloseTo(3.5);
    expect(stats.routingMicros.p99).toBe(6);
    expect(stats.spendUsd).toBeCloseTo(0.002);
    expect(stats.baselineUsd).toBeCloseTo(0.012);
    expect(stats.savingsUsd).toBeCloseTo(0.01);
    // Served rung per entry ('tiny' is rung 0, 'big-1' rung 1), and savings against each decision's top rung.
    expect(stats.byRung).toEqual({ '0': 4, '1': 2 });
    expect(stats.topRungUsd).toBeCloseTo(0.024);
    expect(stats.savingsVsTopRungUsd).toBeCloseTo(0.022);
  });

  it('filters by target and search text', () => {
    const log = new RoutingLog(undefined, settings());
    for (let i = 1; i <= 6; i += 1) log.record(entry(i));
    expect(log.query({ target: 'cloud' }).map((e) => e.id)).toEqual(['dec_6', 'dec_3']);
    expect(log.query({ search: 'BIG-1' })).toHaveLength(2);
  });
});
