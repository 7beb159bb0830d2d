import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http/http-errors';

export const COOKIE_NAME = 'switchyard_ui';

/** The UI token from `Authorization: Bearer` or the cookie set when the start-up URL was opened. */
export function presentedToken(req: IncomingMessage): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
  if (bearer !== undefined && bearer !== '') return bearer;
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = pair.trim().split('=');
    if (name === COOKIE_NAME) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function tokenEquals(given: string | undefined | null, expected: string): boolean {
  if (given === undefined || given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionCookie(token: string): string {
  return `${COOKIE_NAME}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * Same-origin only: a browser sends Origin (and Sec-Fetch-Site) on every cross-site or state-changing
 * request; both must name this very server. Clients without a browser send neither and need the bearer token.
 */
export function checkSameOrigin(req: IncomingMessage): void {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw crossOrigin();
  const origin = req.headers.origin;
  if (origin === undefined) return;
  if (origin !== `http://${req.headers.host ?? ''}`) throw crossOrigin();
}

export const uiUnauthorized = (): HttpError =>
  new HttpError(401, 'This Switchyard UI needs its token: open the URL `switchyard serve` printed (http://127.0.0.1:PORT/?token=…).', 'invalid_ui_token', 'authentication_error');

const crossOrigin = (): HttpError =>
  new HttpError(403, 'The control API answers only its own page (same origin).', 'origin_not_allowed', 'permission_error');
