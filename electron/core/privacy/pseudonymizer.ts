import { MAX_SNAPSHOT_ENTRIES, type PseudonymSnapshot } from './pseudonym-snapshot';
import { StreamRestorer } from './stream-restorer';
import type { SpanType } from './types';

/**
 * Stable placeholders for redacted values: the same value gets the same `[TYPE_n]` for as long as this object
 * lives (one request, or a whole conversation: see PseudonymRegistry). The mapping is never logged and never
 * serialised implicitly (toJSON shows counts only); only the conversation store asks for it, explicitly, through
 * toStoreSnapshot().
 */
export class Pseudonymizer {
  readonly #byValue = new Map<string, string>();
  readonly #byPlaceholder = new Map<string, string>();
  readonly #counters = new Map<string, number>();

  placeholderFor(type: SpanType, value: string): string {
    const key = `${type}\u0000${value}`;
    const existing = this.#byValue.get(key);
    if (existing !== undefined) return existing;
    const label = labelOf(type);
    const n = (this.#counters.get(label) ?? 0) + 1;
    this.#counters.set(label, n);
    const placeholder = `[${label}_${n}]`;
    this.#byValue.set(key, placeholder);
    this.#byPlaceholder.set(placeholder, value);
    return placeholder;
  }

  /** The original value of a placeholder this object minted, if any. */
  valueOf(placeholder: string): string | undefined {
    return this.#byPlaceholder.get(placeholder);
  }

  /** True when `prefix` could still grow into one of our placeholders. */
  couldStartPlaceholder(prefix: string): boolean {
    for (const placeholder of this.#byPlaceholder.keys()) if (placeholder.startsWith(prefix)) return true;
    return false;
  }

  get size(): number {
    return this.#byPlaceholder.size;
  }

  /** Puts the original values back into a complete text. */
  restore(text: string): string {
    const restorer = this.createStreamRestorer();
    return restorer.push(text) + restorer.flush();
  }

  /** A restorer for one streamed field (answer text, or one tool call's arguments). */
  createStreamRestorer(): StreamRestorer {
    return new StreamRestorer(this);
  }

  toJSON(): { placeholders: number } {
    return { placeholders: this.size };
  }

  /**
   * The whole mapping, values included, for the conversation's local store only (never a log, an error or the
   * renderer). Oldest first, at most MAX_SNAPSHOT_ENTRIES: a map past that keeps working in memory.
   */
  toStoreSnapshot(): PseudonymSnapshot {
    const entries: PseudonymSnapshot['entries'] = [];
    for (const [key, placeholder] of this.#byValue) {
      if (entries.length >= MAX_SNAPSHOT_ENTRIES) break;
      const cut = key.indexOf('\u0000');
      entries.push({ type: key.slice(0, cut), value: key.slice(cut + 1), placeholder });
    }
    return { version: 1, entries };
  }

  /**
   * A map as the store kept it. Entries that do not fit (a placeholder of another type, a number minted twice)
   * are dropped rather than trusted; counters resume after the highest number, so new values never reuse one.
   */
  static fromStoreSnapshot(snapshot: PseudonymSnapshot): Pseudonymizer {
    const out = new Pseudonymizer();
    for (const { type, value, placeholder } of snapshot.entries) {
      const label = labelOf(type);
      const match = /^\[([A-Z_]+)_(\d+)\]$/.exec(placeholder);
      const n = match?.[1] === label ? Number(match[2]) : NaN;
      const key = `${type}\u0000${value}`;
      if (!Number.isInteger(n) || n < 1 || out.#byValue.has(key) || out.#byPlaceholder.has(placeholder)) continue;
      out.#byValue.set(key, placeholder);
      out.#byPlaceholder.set(placeholder, value);
      out.#counters.set(label, Math.max(out.#counters.get(label) ?? 0, n));
    }
    return out;
  }
}

/** User-rule matches are CUSTOM spans; their placeholders say REDACTED, which reads better to a model. */
function labelOf(type: string): string {
  return type === 'CUSTOM' ? 'REDACTED' : type;
}
