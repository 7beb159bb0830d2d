import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** Same path as the upstream URL, e.g. http://127.0.0.1:PORT/v1 */
  url: string;
  /** Every byte each request carried (headers and body), as received. */
  received: Buffer[];
  /** All received bytes as one UTF-8 string, for "never contains" assertions. */
  allText(): string;
  close(): Promise<void>;
}

/**
 * A pass-through HTTP proxy on 127.0.0.1 that keeps every byte it is sent: the "cloud" side of privacy
 * tests asserts on exactly what left the engine.
 */
export async function startRecordingProxy(upstreamUrl: string): Promise<RecordingProxy> {
  const upstream = new URL(upstreamUrl);
  const received: Buffer[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [Buffer.from(`${req.method} ${req.url}\n${JSON.stringify(req.headers)}\n`)];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks.slice(1));
      received.push(Buffer.concat(chunks));
      const headers = { ...req.headers, host: upstream.host, 'content-length': String(body.length) };
      const out = httpRequest({ hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      out.on('error', () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname.replace(/\/$/, '')}`,
    received,
    allText: () => Buffer.concat(received).toString('utf8'),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
