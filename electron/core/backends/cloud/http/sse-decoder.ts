/** One dispatched server-sent event. `event` is 'message' when the stream names none. */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * Incremental parser for the WHATWG event-stream format: bytes in, complete events out, as they arrive.
 * Handles UTF-8 split across chunks, CR, LF and CRLF line ends (also a CR/LF pair split across chunks),
 * comments, multi-line `data`, a leading BOM; a trailing event without its blank line is dropped (spec).
 */
export class SseDecoder {
  readonly #text = new TextDecoder('utf-8');
  #buffer = '';
  #skipLf = false;
  #started = false;
  #event = '';
  #data: string[] = [];
  #id: string | undefined;

  push(bytes: Uint8Array): SseEvent[] {
    return this.#lines(this.#text.decode(bytes, { stream: true }));
  }

  #lines(text: string): SseEvent[] {
    let input = text;
    if (!this.#started && input.length > 0) {
      this.#started = true;
      if (input.startsWith('\uFEFF')) input = input.slice(1);
    }
    if (this.#skipLf && input.startsWith('\n')) input = input.slice(1);
    this.#skipLf = false;
    this.#buffer += input;
    const events: SseEvent[] = [];
    let start = 0;
    for (let i = 0; i < this.#buffer.length; i++) {
      const char = this.#buffer[i];
      if (char !== '\n' && char !== '\r') continue;
      const event = this.#line(this.#buffer.slice(start, i));
      if (event) events.push(event);
      if (char === '\r') {
        if (i + 1 === this.#buffer.length) this.#skipLf = true;
        else if (this.#buffer[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    this.#buffer = this.#buffer.slice(start);
    return events;
  }

  #line(line: string): SseEvent | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
    return undefined;
  }

  #dispatch(): SseEvent | undefined {
    const event = this.#event || 'message';
    const data = this.#data;
    this.#event = '';
    this.#data = [];
    if (data.length === 0) return undefined;
    return this.#id === undefined ? { event, data: data.join('\n') } : { event, data: data.join('\n'), id: this.#id };
  }
}
