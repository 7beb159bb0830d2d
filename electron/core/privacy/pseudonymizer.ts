import { StreamRestorer } from './stream-restorer';
import type { SpanType } from './types';

/**
 * Stable placeholders for redacted values: the same value gets the same `[TYPE_n]` for as long as this object
 * lives (one request, or a whole conversation when the caller keeps it). The mapping lives only in this
 * process's memory: it is never serialised (toJSON shows counts only) and never logged.
 */
export class Pseudonymizer {
  readonly #byValue = new Map<string, string>();
  readonly #byPlaceholder = new Map<string, string>();
  readonly #counters = new Map<string, number>();

  placeholderFor(type: SpanType, value: string): string {
    const key = `${type}\u0000${value}`;
    const existing = this.#byValue.get(key);
    if (existing !== undefined) return existing;
    const label = type === 'CUSTOM' ? 'REDACTED' : type;
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
}
