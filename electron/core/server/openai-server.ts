import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidRequestError, UnavailableError } from '../../../shared/errors';
import type { Gateway, RequestOrigin } from '../gateway';
import type { ControlHandler } from './control';
import { checkRequest, isAllowedHost } from './http/guards';
import { forbiddenHost, methodNotAllowed, notFound } from './http/http-errors';
import { drainBody, readJsonBody } from './http/read-body';
import { sendError } from './http/respond';
import { chatCompletions } from './routes/chat-completions';
import { createEmbeddings } from './routes/embeddings';
import { listModels } from './routes/models';
import { routingLogEntries, routingStats } from './routes/routing';
import { getFeedback, postFeedback, resetFeedback, type FeedbackService } from './routes/routing-feedback';
import type { RoutingLog } from '../log';
import { localApiOffError } from './local-api-off';

export interface ServerOptions {
  host: string;
  port: number;
  token?: string | undefined;
  corsOrigins?: readonly string[];
  maxBodyBytes?: number;
  /** Longest pause allowed while a request body arrives. */
  bodyIdleMs?: number;
  /** Serves GET /v1/routing/stats and /v1/routing/log when given. */
  routingLog?: RoutingLog;
  /** Serves POST/GET/DELETE /v1/routing/feedback when given (the engine's `feedback`). */
  feedback?: FeedbackService;
  /** The headless control API and web UI: every path outside /v1/ goes to it (its own token and origin checks). */
  control?: ControlHandler;
  /** The Local API switch: while it returns false, /v1/* answers 503 and the control API keeps working. */
  apiEnabled?: () => boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting, ends in-flight streams with an error chunk, waits for them (bounded), closes sockets. */
  close(): Promise<void>;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1']);

/** The OpenAI-compatible port (DESIGN.md §4), bound to loopback unless told otherwise. */
export async function startOpenAiServer(gateway: Gateway, options: ServerOptions): Promise<RunningServer> {
  const inFlight = new Set<{ controller: AbortController; done: Promise<void> }>();
  let shuttingDown = false;
  const extraHosts = loopbackHosts.has(options.host) || options.host === '0.0.0.0' || options.host === '::' ? [] : [options.host.toLowerCase()];
  const guard = { extraHosts, corsOrigins: options.corsOrigins ?? [], token: options.token };
  const limits = { maxBytes: options.maxBodyBytes ?? 4 * 1024 * 1024, idleMs: options.bodyIdleMs ?? 10_000 };

  const server: Server = createServer((req, res) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new Error('client disconnected'));
    });
    const signal = controller.signal;
    const done = handle(req, res, signal).catch(async (error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // A body left unread would be parsed as the next request on a keep-alive connection: read a small one to its
      // end first; close the connection after the error when it is large, slow or broken.
      if (!req.complete && !(await drainBody(req))) res.setHeader('connection', 'close');
      if (!res.headersSent && !res.destroyed) {
        sendError(res, shuttingDown && signal.aborted ? new UnavailableError('Switchyard is shutting down; retry when it is back.', 5) : error);
      }
    });
    const entry = { controller, done };
    inFlight.add(entry);
    void done.finally(() => inFlight.delete(entry));
  });
  // Body timing is ours (JSON 408); keep Node's own limits as a backstop only.
  server.requestTimeout = 0;
  server.headersTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  async function handle(req: IncomingMessage, res: ServerResponse, signal: AbortSignal): Promise<void> {
    // Prefixing keeps a request target like '//host/path' from being read as a host.
    const url = new URL(`http://localhost${req.url ?? '/'}`);
    const path = url.pathname;
    if (options.control !== undefined && !path.startsWith('/v1/')) {
      if (!isAllowedHost(req.headers.host, extraHosts)) throw forbiddenHost();
      await options.control.handle(req, res, url, signal);
      return;
    }
    checkRequest(req, res, guard);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (options.apiEnabled?.() === false) throw localApiOffError();
    const origin = originOf(req);
    switch (path) {
      case '/v1/models':
        if (req.method !== 'GET') throw methodNotAllowed(req.method ?? '', path);
        listModels(res, gateway);
        return;
      case '/v1/chat/completions':
        if (req.method !== 'POST') throw methodNotAllowed(req.method ?? '', path);
        await chatCompletions(req, res, { gateway, body: await readJsonBody(req, limits), origin, signal, shuttingDown: () => shuttingDown });
        return;
      case '/v1/embeddings':
        if (req.method !== 'POST') throw methodNotAllowed(req.method ?? '', path);
        await createEmbeddings(res, gateway, await readJsonBody(req, limits), origin, signal);
        return;
      case '/v1/routing/stats':
      case '/v1/routing/log':
        if (options.routingLog === undefined) throw notFound(req.method ?? '', path);
        if (req.method !== 'GET') throw methodNotAllowed(req.method ?? '', path);
        if (path === '/v1/routing/stats') routingStats(res, options.routingLog);
        else routingLogEntries(res, options.routingLog, url.searchParams);
        return;
      case '/v1/routing/feedback':
        if (options.feedback === undefined) throw notFound(req.method ?? '', path);
        if (req.method === 'POST') postFeedback(res, options.feedback, await readJsonBody(req, limits));
        else if (req.method === 'GET') getFeedback(res, options.feedback);
        else if (req.method === 'DELETE') resetFeedback(res, options.feedback);
        else throw methodNotAllowed(req.method ?? '', path);
        return;
      default:
        throw notFound(req.method ?? '', path);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${urlHost(options.host)}:${port}`,
    port,
    async close() {
      shuttingDown = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const entry of inFlight) entry.controller.abort(new Error('shutting down'));
      await Promise.race([Promise.allSettled([...inFlight].map((e) => e.done)), delay(5_000)]);
      server.closeAllConnections();
      await closed;
    },
  };
}

/** The host as a client should use it in a URL: a wildcard bind is reached on loopback, IPv6 in brackets. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function originOf(req: IncomingMessage): RequestOrigin {
  const origin: RequestOrigin = { channel: 'openai-port' };
  const userAgent = req.headers['user-agent'];
  if (userAgent !== undefined) origin.userAgent = userAgent;
  const key = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
  if (key !== undefined && key !== '') origin.apiKey = key;
  const conversation = req.headers[CONVERSATION_HEADER];
  if (conversation !== undefined) origin.conversationId = conversationIdOf(conversation);
  return origin;
}

/** Names the client's conversation, so its turns share one pseudonym map (in memory, per API key). */
const CONVERSATION_HEADER = 'x-switchyard-conversation';

function conversationIdOf(value: string | string[]): string {
  if (typeof value === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(value)) return value;
  // The value is not quoted back: a client might have put anything in it.
  throw new InvalidRequestError(`${CONVERSATION_HEADER} must be one id of 1–128 letters, digits, '.', '_', ':' or '-'.`, CONVERSATION_HEADER, 'invalid_conversation');
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());
