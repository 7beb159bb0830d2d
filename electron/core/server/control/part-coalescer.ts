import type { ChatPartEvent } from '../../../../shared/ipc';

type Part = Extract<ChatPartEvent, { part: unknown }>['part'];

/** One display frame: text arriving within it reaches the UI as one event. */
export const FRAME_MS = 16;

/**
 * Chat events for the UI, as the OpenAI port's SSE sends them: the first text at once (time to first token is
 * what people feel), later text merged per display frame, anything else (tool calls, finish, error) after the
 * text before it. `emit` may return a promise while its transport is full; the caller awaits `push`, so a slow
 * UI slows the reading of the answer instead of piling events up in memory.
 */
export class PartCoalescer {
  private text = '';
  private sentText = false;
  private lastSent = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private waiting: Promise<void> | undefined;

  constructor(private readonly requestId: string, private readonly emit: (event: ChatPartEvent) => void | Promise<void>) {}

  async push(part: Part): Promise<void> {
    if (part.type === 'text-delta') {
      if (part.text === '') return;
      this.text += part.text;
      if (!this.sentText || performance.now() - this.lastSent >= FRAME_MS) await this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), FRAME_MS);
      await this.waiting;
      return;
    }
    await this.flush();
    await this.send({ requestId: this.requestId, part });
  }

  /** Sends the text held back, if any. */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.text === '') return;
    const text = this.text;
    this.text = '';
    this.sentText = true;
    this.lastSent = performance.now();
    await this.send({ requestId: this.requestId, part: { type: 'text-delta', text } });
  }

  private async send(event: ChatPartEvent): Promise<void> {
    const result = this.emit(event);
    if (result instanceof Promise) {
      this.waiting = result;
      await result;
      this.waiting = undefined;
    }
  }
}
