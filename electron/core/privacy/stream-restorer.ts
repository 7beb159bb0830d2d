import type { Pseudonymizer } from './pseudonymizer';

// The longest type name (MEDICAL_RECORD_NUMBER) plus brackets and a six-digit number fits.
const MAX_PLACEHOLDER = 40;
const placeholderAt = /\[[A-Z_]{1,32}_\d{1,6}\]/y;

/**
 * Maps placeholders in a streamed answer back to their values, also when a placeholder is split across chunks.
 * Only a tail that could still become one of our placeholders is held back; everything else is passed on at
 * once. Call flush() when the stream ends.
 */
export class StreamRestorer {
  #pending = '';

  constructor(private readonly mapping: Pseudonymizer) {}

  push(chunk: string): string {
    const text = this.#pending + chunk;
    this.#pending = '';
    let out = '';
    let from = 0;
    for (let open = text.indexOf('['); open !== -1; open = text.indexOf('[', open + 1)) {
      placeholderAt.lastIndex = open;
      const match = placeholderAt.exec(text);
      const value = match ? this.mapping.valueOf(match[0]) : undefined;
      if (match && value !== undefined) {
        out += text.slice(from, open) + value;
        from = open + match[0].length;
        open = from - 1;
        continue;
      }
      const tail = text.slice(open);
      if (tail.length < MAX_PLACEHOLDER && !tail.includes(']') && this.mapping.couldStartPlaceholder(tail)) {
        this.#pending = tail;
        return out + text.slice(from, open);
      }
    }
    return out + text.slice(from);
  }

  /** Whatever is still held back (an unfinished placeholder is passed on as it is). */
  flush(): string {
    const rest = this.#pending;
    this.#pending = '';
    return rest;
  }
}
