import { z } from 'zod';
import { InvalidRequestError } from '../../../shared/errors';

/** Where a model download comes from, checked before any request is made. */
export interface DownloadSource {
  /** What node-llama-cpp's downloader is given: an http(s) URL or an `hf:` URI. */
  uri: string;
  /** The host named in messages ("Could not reach huggingface.co"). */
  host: string;
  /** The sanitised file name for http(s) URLs; `hf:` URIs get theirs from Hugging Face. */
  fileName: string | undefined;
  /** For `hf:` URIs, the Hugging Face endpoint node-llama-cpp will ask (checked before it starts). */
  endpoint?: string;
}

// hf:<user>/<model>[:<quant>] or hf:<user>/<model>/<file>.gguf[#<branch>] (node-llama-cpp's model URIs).
const HF_URI = /^hf:[A-Za-z0-9][\w.-]*\/[\w.-]+(?::[\w.-]+|\/[\w./-]+\.gguf(?:#[\w./-]+)?)?$/;
const GGUF_NAME = /\.gguf(?:\.part\d+of\d+)?$/i;

export const downloadUrlSchema = z.string().trim().min(1, 'Paste a model URL.').max(2048);

/** Accepts http(s) URLs naming a .gguf file and `hf:` URIs; nothing else (no file:, javascript:, data:). */
export function parseDownloadSource(input: string, env: NodeJS.ProcessEnv = process.env): DownloadSource {
  const text = downloadUrlSchema.parse(input);
  if (text.startsWith('hf:')) {
    if (!HF_URI.test(text) || text.split(/[/#:]/).some((segment) => segment === '..')) {
      throw new InvalidRequestError('That hf: URI is not valid; use hf:<user>/<model>:<quant> or hf:<user>/<model>/<file>.gguf.', 'url', 'invalid_model_url');
    }
    const endpoint = huggingFaceEndpoint(env);
    return { uri: text, host: new URL(endpoint).hostname, fileName: undefined, endpoint };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidRequestError('That is not a URL; paste an https:// link to a .gguf file or an hf: URI.', 'url', 'invalid_model_url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidRequestError(`Only https://, http:// and hf: model links can be downloaded, not ${url.protocol}`, 'url', 'invalid_model_url');
  }
  // Credentials in a URL would end up in the job list and logs.
  if (url.username !== '' || url.password !== '') throw new InvalidRequestError('Model URLs must not carry a user name or password.', 'url', 'invalid_model_url');
  rewriteHuggingFacePage(url);
  const last = url.pathname.split('/').pop() ?? '';
  const fileName = sanitizeFileName(safeDecode(last));
  if (fileName === undefined || !GGUF_NAME.test(fileName)) {
    throw new InvalidRequestError('The URL does not name a .gguf file; link to the file itself (on Hugging Face: the file\'s download link).', 'url', 'not_gguf_url');
  }
  return { uri: url.href, host: url.hostname, fileName };
}

/** The endpoint node-llama-cpp resolves `hf:` URIs against: MODEL_ENDPOINT or HF_ENDPOINT (mirrors), else huggingface.co. */
export function huggingFaceEndpoint(env: NodeJS.ProcessEnv): string {
  for (const value of [env['MODEL_ENDPOINT'], env['HF_ENDPOINT']]) {
    if (value === undefined) continue;
    try {
      const url = new URL(value);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not a URL: node-llama-cpp ignores it as well.
    }
  }
  return 'https://huggingface.co/';
}

/** A Hugging Face file page (…/blob/main/x.gguf) is HTML; the file itself is at …/resolve/main/x.gguf. */
function rewriteHuggingFacePage(url: URL): void {
  if (url.hostname !== 'huggingface.co' && url.hostname !== 'www.huggingface.co') return;
  const parts = url.pathname.split('/');
  if (parts[3] === 'blob') {
    parts[3] = 'resolve';
    url.pathname = parts.join('/');
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A file name that stays inside the models folder: the last path component only, characters outside
 * [A-Za-z0-9._-] replaced, no leading dots, at most 160 characters. Undefined when nothing usable is left.
 */
export function sanitizeFileName(name: string): string | undefined {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[.\-_]+/, '').slice(-160);
  return cleaned === '' || /^\.+$/.test(cleaned) ? undefined : cleaned;
}

/** A model id from a file name: "Qwen2.5-0.5B-Q4_K_M.gguf" → "Qwen2.5-0.5B-Q4_K_M". */
export function modelIdFromFileName(fileName: string): string {
  const stem = fileName.replace(/(?:-0*1-of-\d+)?\.gguf(?:\.part\d+of\d+)?$/i, '');
  const id = stem.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^-+|-+$/g, '');
  return id === '' ? 'model' : id.slice(0, 120);
}
