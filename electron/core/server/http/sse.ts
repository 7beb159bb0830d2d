import type { ServerResponse } from 'node:http';

export function startSse(res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();
}

const corked = new WeakSet<ServerResponse>();

/**
 * Writes one `data:` event, waiting for the socket to drain so a slow client never grows our memory. Events
 * written in the same tick leave in one packet (cork until the next tick) instead of one syscall each.
 */
export async function writeSse(res: ServerResponse, data: unknown): Promise<void> {
  if (res.destroyed || res.writableEnded) return;
  if (!corked.has(res)) {
    corked.add(res);
    res.cork();
    process.nextTick(() => {
      corked.delete(res);
      res.uncork();
    });
  }
  const ok = res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
  if (!ok) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        res.off('drain', done).off('close', done);
        resolve();
      };
      res.on('drain', done).on('close', done);
    });
  }
}
