/**
 * A push/pull async queue: the generator pushes parts as llama.cpp produces them, the consumer pulls them with
 * `for await`. Items wait only while the consumer is slower than generation, which is bounded by max tokens.
 * When the consumer stops early (`break`, `return()`), `onCancel` runs so generation stops too.
 */
export class PartChannel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private readonly pullers: ((result: IteratorResult<T>) => void)[] = [];
  private ended = false;
  private iterated = false;

  /** `onTake` runs as each item reaches the consumer (the inference host's stream acks its batches with it). */
  constructor(
    private readonly onCancel: () => void,
    private readonly onTake?: () => void,
  ) {}

  push(item: T): void {
    if (this.ended) return;
    const puller = this.pullers.shift();
    if (puller !== undefined) {
      this.onTake?.();
      puller({ value: item, done: false });
    } else this.items.push(item);
  }

  /**
   * Ends the stream with `item` as its last part, dropping what the consumer has not taken yet: after a cancel,
   * text already queued (a whole batch from the inference host) must not arrive before the error.
   */
  finishNow(item: T): void {
    if (this.ended) return;
    for (let n = this.items.length; n > 0; n -= 1) this.onTake?.(); // the dropped items count as taken (acks)
    this.items.length = 0;
    this.push(item);
    this.end();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const puller of this.pullers.splice(0)) puller({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.iterated) throw new Error('A stream can be read only once.');
    this.iterated = true;
    return {
      next: () => {
        const item = this.items.shift();
        if (item !== undefined) {
          this.onTake?.();
          return Promise.resolve({ value: item, done: false });
        }
        if (this.ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => this.pullers.push(resolve));
      },
      return: () => {
        this.items.length = 0;
        if (!this.ended) this.onCancel();
        this.end();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
