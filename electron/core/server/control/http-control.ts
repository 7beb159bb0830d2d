import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isInvokeChannel, invokeChannels, type ChatPartEvent } from '../../../../shared/ipc';
import { toSwitchyardError } from '../../../../shared/errors';
import { methodNotAllowed, notFound } from '../http/http-errors';
import { readJsonBody } from '../http/read-body';
import { sendJson } from '../http/respond';
import { checkSameOrigin, presentedToken, sessionCookie, tokenEquals, uiUnauthorized } from './auth';
import { callChannel, type ContractHandlers } from './handlers';
import { readStatic, UI_CSP } from './static-files';

/** What openai-server.ts dispatches every non-/v1 request to. */
export interface ControlHandler {
  handle(req: IncomingMessage, res: ServerResponse, url: URL, signal: AbortSignal): Promise<void>;
}

export interface ControlOptions {
  handlers: ContractHandlers;
  /** The UI token printed in the start-up URL. */
  token: string;
  /** The built renderer (renderer/dist). */
  staticDir: string;
}

/**
 * The headless control API, generated from shared/ipc: POST /api/<channel> with the channel's JSON input;
 * the answer is its JSON output, or for a streaming channel an event stream of its events ending in
 * `event: result` (or `event: failure`). Also serves the built renderer with a strict CSP.
 */
export function createControlHandler(options: ControlOptions): ControlHandler {
  const limits = { maxBytes: 4 * 1024 * 1024, idleMs: 10_000 };
  const security = { 'content-security-policy': UI_CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY', 'cache-control': 'no-store' };

  async function api(req: IncomingMessage, res: ServerResponse, name: string, signal: AbortSignal): Promise<void> {
    checkSameOrigin(req);
    if (!tokenEquals(presentedToken(req), options.token)) throw uiUnauthorized();
    if (!isInvokeChannel(name)) throw notFound(req.method ?? '', `/api/${name}`);
    if (req.method !== 'POST') throw methodNotAllowed(req.method ?? '', `/api/${name}`);
    const body = await readJsonBody(req, limits);
    if (!('events' in invokeChannels[name])) {
      sendJson(res, 200, await callChannel(options.handlers, name, body, { emit: () => {}, signal }), security);
      return;
    }
    res.writeHead(200, { ...security, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    const emit = (event: ChatPartEvent): void | Promise<void> => {
      if (res.destroyed || res.write(`event: chat:part\ndata: ${JSON.stringify(event)}\n\n`)) return undefined;
      return new Promise<void>((resolve) => {
        const done = (): void => {
          res.off('drain', done).off('close', done);
          resolve();
        };
        res.on('drain', done).on('close', done);
      });
    };
    try {
      const result = await callChannel(options.handlers, name, body, { emit, signal });
      res.end(`event: result\ndata: ${JSON.stringify(result)}\n\n`);
    } catch (error) {
      res.end(`event: failure\ndata: ${JSON.stringify(toSwitchyardError(error).toBody())}\n\n`);
    }
  }

  function page(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req.method ?? '', url.pathname);
    const fromQuery = url.searchParams.get('token');
    if (url.pathname === '/' && fromQuery !== null && tokenEquals(fromQuery, options.token)) {
      // Trade the token in the address bar for a cookie the page cannot read, and drop it from the URL.
      res.writeHead(303, { ...security, 'set-cookie': sessionCookie(options.token), location: '/' }).end();
      return;
    }
    if (!tokenEquals(presentedToken(req), options.token)) throw uiUnauthorized();
    if (!existsSync(join(options.staticDir, 'index.html'))) {
      res.writeHead(503, { ...security, 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The web UI is not built (${options.staticDir} is missing). Run: npm run build:renderer\n`);
      return;
    }
    const file = readStatic(options.staticDir, url.pathname);
    if (file === undefined) throw notFound(req.method, url.pathname);
    res.writeHead(200, { ...security, 'content-type': file.type, 'content-length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  return {
    async handle(req, res, url, signal) {
      if (url.pathname.startsWith('/api/')) await api(req, res, url.pathname.slice('/api/'.length), signal);
      else page(req, res, url);
    },
  };
}
