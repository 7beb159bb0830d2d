import type { IncomingMessage } from 'node:http';
import { InvalidRequestError } from '../../../../shared/errors';
import { bodyTimeout, payloadTooLarge } from './http-errors';

export interface BodyLimits {
  maxBytes: number;
  /** Longest gap allowed between two chunks of the body. */
  idleMs: number;
}

/** Reads a JSON body within size and time limits; rejects invalid UTF-8 and malformed JSON with 4xx errors. */
export async function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) throw payloadTooLarge(limits.maxBytes);
  const bytes = await collect(req, limits);
  if (bytes.length === 0) throw new InvalidRequestError('Request body is empty; send a JSON object.', null, 'invalid_json');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidRequestError('Request body is not valid UTF-8.', null, 'invalid_encoding');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError(`Request body is not valid JSON: ${(error as Error).message.slice(0, 200)}`, null, 'invalid_json');
  }
}

function collect(req: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer = setTimeout(onIdle, limits.idleMs);
    function onIdle(): void {
      cleanup();
      reject(bodyTimeout());
    }
    function onData(chunk: Buffer): void {
      size += chunk.length;
      if (size > limits.maxBytes) {
        cleanup();
        reject(payloadTooLarge(limits.maxBytes));
        return;
      }
      chunks.push(chunk);
      clearTimeout(timer);
      timer = setTimeout(onIdle, limits.idleMs);
    }
    function onEnd(): void {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    }
    function onError(error: Error): void {
      cleanup();
      reject(error);
    }
    function cleanup(): void {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError);
    }
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** Bodies up to this size are read and discarded after an early error, so the connection can serve the next request. */
const DRAIN_MAX_BYTES = 1024 * 1024;
const DRAIN_MS = 1_000;

/**
 * After a request was refused before its body was read (405, 401, 404…): reads what is left of a small body and
 * throws it away, resolving true once the connection is clean for the next request. False (and the caller closes
 * the connection) for a body that is large, declared larger than we drain, or slower than a second.
 */
export function drainBody(req: IncomingMessage): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > DRAIN_MAX_BYTES) return Promise.resolve(false);
  return new Promise((resolve) => {
    let size = 0;
    const timer = setTimeout(() => finish(false), DRAIN_MS);
    function onData(chunk: Buffer): void {
      size += chunk.length;
      if (size > DRAIN_MAX_BYTES) finish(false);
    }
    function finish(clean: boolean): void {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError);
      if (!clean) req.pause();
      resolve(clean);
    }
    const onEnd = (): void => finish(true);
    const onError = (): void => finish(false);
    req.on('data', onData).on('end', onEnd).on('error', onError);
    req.resume();
  });
}
