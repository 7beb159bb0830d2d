import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain HTTP/1.1 request with full control over headers and bytes (fetch forbids setting Host). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; timeoutMs?: number } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error('raw request timed out')));
    req.on('error', reject);
    req.end(options.body);
  });
}

export function expectOpenAiError(body: string): { message: string; type: string; param: string | null; code: string | null } {
  const parsed = JSON.parse(body) as { error?: { message?: unknown; type?: unknown; param?: unknown; code?: unknown } };
  const e = parsed.error;
  if (e === undefined || typeof e.message !== 'string' || typeof e.type !== 'string' || !('param' in e) || !('code' in e)) {
    throw new Error(`not an OpenAI error body: ${body.slice(0, 200)}`);
  }
  return e as { message: string; type: string; param: string | null; code: string | null };
}
