import { routingLogEntrySchema, type RoutingLogEntry, type RoutingStats } from '../../../shared/routing-log';
import type { LogSettings } from '../../../shared/settings';
import type { Target } from '../../../shared/decision';
import { SegmentFiles } from './segment-files';
import { computeStats } from './stats';

export interface LogQuery {
  limit?: number;
  /** Entries older than this time (ms), for paging back. */
  before?: number;
  target?: Target;
  search?: string;
}

/**
 * The routing log: entries persisted to append-only day files and kept in memory (bounded by maxEntries)
 * for queries and stats. Survives restarts and crashes: the files are read back at start.
 */
export class RoutingLog {
  private readonly files: SegmentFiles | undefined;
  private entries: RoutingLogEntry[] = [];
  private corrupt = 0;

  /** Without a directory the log lives in memory only (tests, throwaway engines). */
  constructor(dir: string | undefined, private readonly settings: () => LogSettings, private readonly now: () => number = Date.now) {
    this.files = dir === undefined ? undefined : new SegmentFiles(dir);
    this.files?.enforce(settings(), now());
    for (const line of this.files?.lines() ?? []) {
      const entry = parseLine(line);
      if (entry === undefined) this.corrupt += 1;
      else this.entries.push(entry);
    }
    this.trim();
  }

  /** Lines that could not be read back (a torn write at a crash, or a hand-edited file). */
  get skippedLines(): number {
    return this.corrupt;
  }

  record(entry: RoutingLogEntry): void {
    const stored = this.settings().storeText ? entry : withoutText(entry);
    this.entries.push(stored);
    this.files?.append(JSON.stringify(stored), this.now());
    if (this.entries.length > this.settings().maxEntries * 1.1) this.trim();
  }

  get(id: string): RoutingLogEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Newest first. */
  query(q: LogQuery = {}): RoutingLogEntry[] {
    const limit = Math.min(Math.max(q.limit ?? 100, 1), 5000);
    const needle = q.search?.toLowerCase();
    const out: RoutingLogEntry[] = [];
    for (let i = this.entries.length - 1; i >= 0 && out.length < limit; i -= 1) {
      const e = this.entries[i];
      if (e === undefined) continue;
      if (q.before !== undefined && e.time >= q.before) continue;
      if (q.target !== undefined && (e.servedBy?.target ?? e.decision.target) !== q.target) continue;
      if (needle !== undefined && !matches(e, needle)) continue;
      out.push(e);
    }
    return out;
  }

  stats(): RoutingStats {
    return computeStats(this.entries, this.settings().baselineModel);
  }

  close(): void {
    this.files?.close();
  }

  private trim(): void {
    const max = this.settings().maxEntries;
    if (this.entries.length > max) this.entries = this.entries.slice(this.entries.length - max);
    this.files?.enforce(this.settings(), this.now());
  }
}

function parseLine(line: string): RoutingLogEntry | undefined {
  try {
    const parsed = routingLogEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function withoutText(entry: RoutingLogEntry): RoutingLogEntry {
  if (entry.text === undefined) return entry;
  const { text: _text, ...rest } = entry;
  return rest;
}

function matches(e: RoutingLogEntry, needle: string): boolean {
  return (
    e.id.includes(needle) ||
    e.decision.model.toLowerCase().includes(needle) ||
    e.decision.taskType.includes(needle) ||
    (e.client ?? '').toLowerCase().includes(needle) ||
    e.decision.reasons.some((r) => r.toLowerCase().includes(needle)) ||
    (e.text ?? '').toLowerCase().includes(needle)
  );
}
