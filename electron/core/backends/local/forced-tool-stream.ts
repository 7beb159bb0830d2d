import type { StreamPart } from '../../../../shared/chat';

/** The start the tool-call grammar forces: `{"name": "<function>", "arguments": ` (properties in schema order). */
const HEADER = /^\s*\{\s*"name"\s*:\s*"([^"\\]*)"\s*,\s*"arguments"\s*:\s*/;

/**
 * Streams a grammar-forced `{"name", "arguments"}` object as tool-call deltas while it is generated: the
 * name once the header is complete, then the arguments text as it grows. The closing `}` of the outer
 * object can only be told apart from the arguments' own braces at the end, so a trailing run of `}` and
 * whitespace is held back until `finish`.
 */
export class ForcedToolStream {
  private buffer = '';
  private started = false;
  private held = '';

  constructor(
    private readonly id: string,
    private readonly push: (part: StreamPart) => void,
  ) {}

  /** True once the name has been streamed, i.e. a tool call is under way. */
  get hasCall(): boolean {
    return this.started;
  }

  write(text: string): void {
    if (!this.started) {
      this.buffer += text;
      const header = HEADER.exec(this.buffer);
      // Wait for the first character of the arguments so the header's trailing whitespace is complete.
      if (header === null || this.buffer.length === header[0].length) return;
      this.started = true;
      this.push({ type: 'tool-call-delta', index: 0, id: this.id, name: header[1] ?? '', argumentsDelta: '' });
      text = this.buffer.slice(header[0].length);
      this.buffer = '';
    }
    const pending = this.held + text;
    const tail = /[\s}]*$/.exec(pending)?.[0] ?? '';
    this.held = tail;
    this.emit(pending.slice(0, pending.length - tail.length));
  }

  /** The generation ended complete: release the held tail without the outer object's closing brace. */
  finish(): void {
    this.emit(this.held.replace(/\s*\}\s*$/, ''));
    this.held = '';
  }

  private emit(text: string): void {
    if (text !== '') this.push({ type: 'tool-call-delta', index: 0, argumentsDelta: text });
  }
}
