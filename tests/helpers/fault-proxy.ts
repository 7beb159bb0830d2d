import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP proxy on 127.0.0.1 in front of an upstream, injecting one fault per request: a status
 * (429 with retry-after, 5xx), a connection reset before the response or after N body bytes, a stall, or
 * a malformed event stream. Faults come from a script (one per request, in order) or at random with a
 * seeded RNG; with neither, or when the script has run out, requests pass through byte for byte.
 */

export type Fault =
  | { kind: 'pass' }
  | { kind: 'status'; status: number; retryAfterSeconds?: number; retryAfterMs?: number }
  | { kind: 'reset-before' }
  | { kind: 'reset-after'; bytes: number }
  | { kind: 'stall'; ms: number; afterBytes?: number }
  | { kind: 'malformed-sse' };

export interface RandomFaults {
  /** Chance in [0,1] that a request gets a fault. */
  probability: number;
  seed: number;
  /** Picked uniformly when a request is faulted. */
  faults: Fault[];
}

export interface ProxyRecord {
  fault: Fault['kind'];
  /** Request body bytes the proxy received from the client. */
  bytesIn: number;
  /** Response body bytes it passed on from the upstream. */
  bytesOut: number;
}

export interface FaultProxy {
  /** The proxy's origin plus the upstream URL's path, e.g. `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** One record per request, in arrival order. */
  log: ProxyRecord[];
  script(faults: Fault[]): void;
  random(options: RandomFaults | null): void;
  close(): Promise<void>;
}

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'host', 'content-length']);

function forwardHeaders(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  return out;
}

/** Sends a RST once the bytes already written have reached the client (a reset can discard unread data). */
async function resetSoon(res: ServerResponse): Promise<void> {
  await sleep(20);
  res.socket?.resetAndDestroy();
}

export async function startFaultProxy(upstreamUrl: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamUrl);
  const log: ProxyRecord[] = [];
  let scripted: Fault[] = [];
  let randomFaults: { options: RandomFaults; next: () => number } | null = null;

  function nextFault(): Fault {
    const fromScript = scripted.shift();
    if (fromScript !== undefined) return fromScript;
    if (randomFaults === null) return { kind: 'pass' };
    const { options, next } = randomFaults;
    if (next() >= options.probability) return { kind: 'pass' };
    return options.faults[Math.floor(next() * options.faults.length)] ?? { kind: 'pass' };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const fault = nextFault();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const record: ProxyRecord = { fault: fault.kind, bytesIn: body.length, bytesOut: 0 };
    log.push(record);

    switch (fault.kind) {
      case 'reset-before':
        req.socket.resetAndDestroy();
        return;
      case 'status': {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
        const type = fault.status === 429 ? 'rate_limit_error' : 'server_error';
        res.writeHead(fault.status, headers).end(JSON.stringify({ error: { message: `injected ${fault.status}`, type, param: null, code: null } }));
        return;
      }
      case 'malformed-sse':
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end('data: {"id":"x","choices":[{"delta":{"content":\n\ndata: [DONE]\n\n');
        return;
      case 'stall':
        if (fault.afterBytes === undefined) {
          await sleep(fault.ms);
          if (res.destroyed || req.socket.destroyed) return;
        }
        break;
      default:
        break;
    }
    await pipe(req, res, body, fault, record);
  }

  function pipe(req: IncomingMessage, res: ServerResponse, body: Buffer, fault: Fault, record: ProxyRecord): Promise<void> {
    const target = new URL(req.url ?? '/', upstream);
    return new Promise<void>((resolve) => {
      const outgoing = httpRequest(target, { method: req.method, headers: { ...forwardHeaders(req.headers), 'content-length': String(body.length) } }, (incoming) => {
        res.writeHead(incoming.statusCode ?? 502, forwardHeaders(incoming.headers));
        let paused = false;
        incoming.on('data', (chunk: Buffer) => {
          const limit = fault.kind === 'reset-after' ? fault.bytes : fault.kind === 'stall' && fault.afterBytes !== undefined && !paused ? fault.afterBytes : Infinity;
          if (record.bytesOut + chunk.length <= limit) {
            record.bytesOut += chunk.length;
            res.write(chunk);
            return;
          }
          const head = chunk.subarray(0, Math.max(0, limit - record.bytesOut));
          const rest = chunk.subarray(head.length);
          record.bytesOut += head.length;
          if (head.length > 0) res.write(head);
          if (fault.kind === 'reset-after') {
            incoming.destroy();
            void resetSoon(res).then(resolve);
            return;
          }
          // stall mid-stream: hold the rest back for `ms`, then carry on.
          paused = true;
          incoming.pause();
          setTimeout(() => {
            if (res.destroyed) return;
            record.bytesOut += rest.length;
            res.write(rest);
            incoming.resume();
          }, fault.kind === 'stall' ? fault.ms : 0);
        });
        incoming.on('end', () => {
          if (!res.destroyed) res.end();
          resolve();
        });
        incoming.on('error', () => {
          res.destroy();
          resolve();
        });
      });
      outgoing.on('error', () => {
        res.destroy();
        resolve();
      });
      // The client went away (its attempt timed out or was cancelled): drop the upstream request too.
      res.on('close', () => {
        outgoing.destroy();
        resolve();
      });
      outgoing.end(body);
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname.replace(/\/$/, '')}`,
    log,
    script: (faults) => {
      scripted = [...faults];
    },
    random: (options) => {
      randomFaults = options === null ? null : { options, next: seededRandom(options.seed) };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
