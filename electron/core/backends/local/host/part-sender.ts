import type { StreamPart } from '../../../../../shared/chat';
import { BATCH_MS, STREAM_WINDOW } from './host-protocol';

/**
 * The host's side of one stream: the first part goes out at once (time to first token), later ones are
 * gathered for up to BATCH_MS and sent as one message, like the SSE writer's per-frame coalescing. At most
 * `window` batches are unacknowledged; beyond that parts wait here, so a slow reader never floods the IPC
 * channel or the engine's memory (what waits is bounded by max_tokens). The final part flushes at once.
 */
export class PartSender {
  private buffer: StreamPart[] = [];
  private timer: NodeJS.Timeout | undefined;
  private unacked = 0;
  private sentFirst = false;
  private ended = false;
  private unlimited = false;

  constructor(
    private readonly send: (parts: StreamPart[]) => void,
    private readonly window = STREAM_WINDOW,
    private readonly batchMs = BATCH_MS,
  ) {}

  push(part: StreamPart): void {
    if (this.ended) return;
    this.buffer.push(part);
    const terminal = part.type === 'finish' || part.type === 'error';
    if (terminal) this.ended = true;
    if (!this.sentFirst || terminal) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.batchMs);
  }

  /** The engine's reader has taken `batches` more batches. */
  ack(batches: number): void {
    this.unacked = Math.max(0, this.unacked - batches);
    if (this.timer === undefined) this.flush();
  }

  /** The reader is gone (cancelled): nothing will ack any more, so stop holding parts back. */
  release(): void {
    this.unlimited = true;
    this.flush();
  }

  /** True once the final part has left. */
  get done(): boolean {
    return this.ended && this.buffer.length === 0;
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.buffer.length === 0) return;
    if (!this.unlimited && this.unacked >= this.window) return;
    const parts = this.buffer;
    this.buffer = [];
    this.unacked += 1;
    this.sentFirst = true;
    this.send(parts);
  }
}
