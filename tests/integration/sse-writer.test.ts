import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { SseWriter, startSse } from '../../electron/core/server/http/sse';

/** Runs `script` as the handler of one real request and returns what the client read, chunk by chunk with arrival times. */
async function serve(script: (sse: SseWriter, res: ServerResponse) => Promise<void>): Promise<{ chunks: { at: number; text: string }[]; server: Server }> {
  const server = createServer((_req, res) => {
    startSse(res, { 'x-test': '1' });
    void script(new SseWriter(res), res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const started = performance.now();
  const chunks = await new Promise<{ at: number; text: string }[]>((resolve, reject) => {
    const seen: { at: number; text: string }[] = [];
    request({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (text: string) => seen.push({ at: performance.now() - started, text }));
      res.on('end', () => resolve(seen));
    })
      .on('error', reject)
      .end();
  });
  return { chunks, server };
}

let open: Server | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

const events = (chunks: { text: string }[]): string[] => chunks.map((c) => c.text).join('').split('\n\n').filter((e) => e !== '');

describe('SseWriter: one display frame of coalescing, never a lost or reordered event', () => {
  it('sends the first event at once and a fast burst in few writes, all events in order', async () => {
    const { chunks, server } = await serve(async (sse) => {
      await sse.send({ n: 0 }, 'now');
      for (let n = 1; n <= 40; n += 1) await sse.send({ n });
      // The burst waits for the frame timer (nothing was written since 'now'), then leaves in one write.
      await delay(40);
      await sse.send('[DONE]');
      await sse.end();
    });
    open = server;
    expect(events(chunks)).toEqual([...Array.from({ length: 41 }, (_, n) => `data: {"n":${n}}`), 'data: [DONE]']);
    expect(chunks.map((c) => events([c]).length)).toEqual([1, 40, 1]);
  });

  it('an event after a quiet spell leaves without waiting; `hold` rides along with the next write', async () => {
    const writesAfter: number[] = [];
    const { chunks, server } = await serve(async (sse, res) => {
      let writes = 0;
      const write = res.write.bind(res) as (chunk: string) => boolean;
      res.write = ((chunk: string) => {
        writes += 1;
        return write(chunk);
      }) as typeof res.write;
      await sse.send('role', 'hold');
      writesAfter.push(writes);
      await sse.send('first', 'now');
      writesAfter.push(writes);
      await delay(40);
      await sse.send('late');
      // Written in the same turn, not held for the frame timer.
      writesAfter.push(writes);
      await sse.end();
    });
    open = server;
    expect(writesAfter).toEqual([0, 1, 2]);
    expect(chunks.map((c) => c.text)).toEqual(['data: role\n\ndata: first\n\n', 'data: late\n\n']);
  });

  it('end() flushes what waits for the frame timer at once', async () => {
    const started = performance.now();
    const { chunks, server } = await serve(async (sse) => {
      await sse.send('a', 'now');
      await sse.send('b');
      await sse.send('c');
      await sse.end();
    });
    open = server;
    expect(events(chunks)).toEqual(['data: a', 'data: b', 'data: c']);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
