import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { forbiddenHost, forbiddenOrigin, unauthorized } from './http-errors';

export interface GuardOptions {
  /** Host names accepted besides the loopback names (e.g. the one passed to --host). */
  extraHosts: readonly string[];
  corsOrigins: readonly string[];
  /** When set, requests must carry `Authorization: Bearer <token>`. */
  token: string | undefined;
}

const loopbackNames = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Host without port; IPv6 literals keep their brackets. */
export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

export function isAllowedHost(hostHeader: string | undefined, extraHosts: readonly string[]): boolean {
  if (hostHeader === undefined || hostHeader === '') return false;
  const name = hostName(hostHeader);
  return loopbackNames.has(name) || name.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(name) || extraHosts.includes(name);
}

/**
 * DNS-rebinding and cross-site defences, then CORS and the token. Throws the refusal; on success sets
 * CORS headers for an allowed origin. Browsers always send Origin on cross-origin requests, so a request
 * from a web page that is not allowed is refused outright, even a "simple" one without a preflight.
 */
export function checkRequest(req: IncomingMessage, res: ServerResponse, options: GuardOptions): void {
  if (!isAllowedHost(req.headers.host, options.extraHosts)) throw forbiddenHost();
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    if (!options.corsOrigins.includes(origin) && !options.corsOrigins.includes('*')) throw forbiddenOrigin();
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-allow-headers', 'authorization, content-type, x-stainless-os, x-stainless-lang, x-stainless-package-version, x-stainless-runtime, x-stainless-runtime-version, x-stainless-arch, x-stainless-retry-count, x-stainless-timeout, openai-organization, openai-project, x-switchyard-conversation');
    res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS');
    res.setHeader('access-control-expose-headers', 'x-switchyard-target, x-switchyard-model, x-switchyard-routing-us, x-switchyard-decision');
  } else if (origin === 'null') {
    throw forbiddenOrigin();
  }
  if (req.method === 'OPTIONS') return;
  if (options.token !== undefined && !tokenMatches(req.headers.authorization, options.token)) throw unauthorized();
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (match?.[1] === undefined) return false;
  const given = Buffer.from(match[1].trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
