import type { StreamPart } from '../../../shared/chat';
import type { CacheTarget } from './cache-key';
import type { Clock } from './clock';

export interface CacheOptions {
  enabled: boolean;
  ttlMs: number;
  maxEntries: number;
  /** Bound on the stored answers' UTF-8 JSON size. */
  maxBytes: number;
}

export interface CachedAnswer {
  target: CacheTarget;
  parts: StreamPart[];
}

interface Entry extends CachedAnswer {
  expiresAt: number;
  bytes: number;
}

/** Exact-match answers, least recently used first out; bounded by entries and bytes, each entry with a TTL. */
export class ResponseCache {
  // A Map iterates in insertion order; re-inserting on every hit keeps the least recently used first.
  private readonly entries = new Map<string, Entry>();
  private totalBytes = 0;

  constructor(
    private readonly options: CacheOptions,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.clock.now()) {
      this.totalBytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return { target: entry.target, parts: entry.parts };
  }

  set(key: string, answer: CachedAnswer): void {
    const bytes = Buffer.byteLength(JSON.stringify(answer.parts));
    this.delete(key);
    if (bytes > this.options.maxBytes || this.options.maxEntries < 1) return;
    this.entries.set(key, { ...answer, bytes, expiresAt: this.clock.now() + this.options.ttlMs });
    this.totalBytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.totalBytes <= this.options.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}
