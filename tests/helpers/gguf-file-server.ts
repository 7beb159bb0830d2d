import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ServedRequest {
  method: string;
  path: string;
  range: string | undefined;
  /** Body bytes the server has written for this request. */
  bytes: number;
}

export interface GgufFileServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Every request, in arrival order. */
  requests: ServedRequest[];
  /** Body bytes written so far (all requests). */
  bytesSent(): number;
  /** Bytes per second for each response from now on (0: unthrottled). */
  setRate(bytesPerSecond: number): void;
  /** While stalled, open responses send nothing (a connection that hangs). */
  stall(stalled: boolean): void;
  /** The next ranged response of more than 4 bytes is cut (socket destroyed) after `bytes`: a dropped connection. */
  dropNextAfter(bytes: number): void;
  close(): Promise<void>;
}

export interface GgufFileServerOptions {
  /** Path → file contents; any other path gets 404. */
  files: Record<string, Buffer>;
  bytesPerSecond?: number;
}

const TICK_MS = 20;

/**
 * A static file host on loopback that behaves like a CDN for downloads: Content-Length, Accept-Ranges,
 * 206 for a Range, and an optional per-response bandwidth limit so a cancel can land mid-file.
 */
export async function startGgufFileServer(options: GgufFileServerOptions): Promise<GgufFileServer> {
  let rate = options.bytesPerSecond ?? 0;
  let sent = 0;
  let stalled = false;
  let dropAfter: number | undefined;
  const requests: ServedRequest[] = [];
  const sockets = new Set<Socket>();

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const record: ServedRequest = { method: req.method ?? 'GET', path, range: req.headers.range, bytes: 0 };
    requests.push(record);
    const data = options.files[path];
    if (data === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let start = 0;
    let end = data.length - 1;
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (range !== null) {
      start = Number(range[1]);
      if (range[2] !== '' && range[2] !== undefined) end = Math.min(Number(range[2]), data.length - 1);
      if (start > end) {
        res.writeHead(416, { 'content-range': `bytes */${data.length}` }).end();
        return;
      }
      res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${data.length}`, 'content-length': end - start + 1, 'accept-ranges': 'bytes', 'content-type': 'application/octet-stream' });
    } else {
      res.writeHead(200, { 'content-length': data.length, 'accept-ranges': 'bytes', 'content-type': 'application/octet-stream' });
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    let position = start;
    const cutAt = range !== null && end - start + 1 > 4 ? dropAfter : undefined;
    if (cutAt !== undefined) dropAfter = undefined;
    const pump = (): void => {
      if (res.destroyed) return;
      if (stalled) {
        setTimeout(pump, TICK_MS);
        return;
      }
      if (position > end) {
        res.end();
        return;
      }
      if (cutAt !== undefined && record.bytes >= cutAt) {
        res.destroy();
        return;
      }
      const size = rate > 0 ? Math.max(1, Math.floor((rate * TICK_MS) / 1000)) : 1024 * 1024;
      const chunk = data.subarray(position, Math.min(end + 1, position + size));
      position += chunk.length;
      sent += chunk.length;
      record.bytes += chunk.length;
      // Respect back-pressure, so an unread response does not count bytes that never left.
      const flushed = res.write(chunk);
      if (!flushed) res.once('drain', () => setTimeout(pump, rate > 0 ? TICK_MS : 0));
      else setTimeout(pump, rate > 0 ? TICK_MS : 0);
    };
    pump();
  };

  const server = createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    bytesSent: () => sent,
    setRate: (bytesPerSecond) => void (rate = bytesPerSecond),
    stall: (on) => void (stalled = on),
    dropNextAfter: (bytes) => void (dropAfter = bytes),
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
