import { z } from 'zod';
import type { ProviderSettings } from '../../../../shared/settings';
import type { SecretsPort } from '../../config/secrets';
import { anthropicVersion } from './anthropic/anthropic-protocol';
import { clip, redact } from './cloud-errors';
import { apiKeyAccount, apiKeyEnvVar, baseUrlOf } from './provider-defaults';

export interface ConnectionTestResult {
  ok: boolean;
  latencyMs: number;
  models?: string[];
  message: string;
}

export interface ConnectionTestDeps {
  secrets: SecretsPort;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Both OpenAI's and Anthropic's model lists: `{data: [{id}]}`. */
const modelListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

/**
 * "Test connection": one real, cheap request to the provider — GET its models list with the key — under a
 * timeout. Every outcome becomes a sentence; none holds the key (upstream text is scrubbed of it, and the
 * body of a refusal, which OpenAI fills with part of the key, is never quoted).
 */
export async function testProviderConnection(provider: ProviderSettings, deps: ConnectionTestDeps): Promise<ConnectionTestResult> {
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const name = `'${provider.id}'`;
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  let key: string | undefined;
  try {
    key = await deps.secrets.get(apiKeyAccount(provider));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    return { ok: false, latencyMs: 0, message: `The key for ${name} could not be read (${reason}). Unlock the keychain or set ${apiKeyEnvVar(provider)}.` };
  }
  if (key === undefined && provider.requiresApiKey) {
    return { ok: false, latencyMs: 0, message: `No key is set for ${name}: set a key first (or the environment variable ${apiKeyEnvVar(provider)}).` };
  }
  const { url, headers } = modelsRequest(provider, key);
  const where = new URL(url).origin;
  let response: Response;
  try {
    response = await (deps.fetch ?? globalThis.fetch)(url, { headers: { accept: 'application/json', ...headers }, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return { ok: false, latencyMs: elapsed(), message: `${name} did not answer within ${Math.round(timeoutMs / 1000)} s (${where}).` };
    }
    return { ok: false, latencyMs: elapsed(), message: `Could not reach ${name} at ${where} (${causeOf(error)}). Check the base URL and the network.` };
  }
  const latencyMs = elapsed();
  const text = await response.text().catch(() => '');
  if (response.status === 401 || response.status === 403) {
    return { ok: false, latencyMs, message: `The key was refused by ${name} (HTTP ${response.status}). Set a valid key and test again.` };
  }
  if (!response.ok) {
    const detail = upstreamMessage(text);
    const hint = response.status === 404 ? ` Check the base URL (${url} was not found).` : '';
    return { ok: false, latencyMs, message: `${name} answered HTTP ${response.status}${detail === '' ? '' : `: ${clip(redactAll(detail, key), 200)}`}.${hint}` };
  }
  const list = safeJson(text, modelListSchema);
  if (list === undefined) {
    return { ok: false, latencyMs, message: `${name} answered, but not with a models list; check that the base URL points at its API (${where}).` };
  }
  const models = list.data.map((m) => m.id).slice(0, 500);
  return { ok: true, latencyMs, models, message: `Connected to ${name} in ${latencyMs} ms; it offers ${models.length} model${models.length === 1 ? '' : 's'}.` };
}

function modelsRequest(provider: ProviderSettings, key: string | undefined): { url: string; headers: Record<string, string> } {
  const base = baseUrlOf(provider);
  if (provider.kind === 'anthropic') {
    return { url: `${base}/v1/models`, headers: { 'anthropic-version': anthropicVersion, ...(key === undefined ? {} : { 'x-api-key': key }) } };
  }
  return { url: `${base}/models`, headers: key === undefined ? {} : { authorization: `Bearer ${key}` } };
}

function upstreamMessage(text: string): string {
  const body = safeJson(text, z.object({ error: z.object({ message: z.string() }) }));
  return body?.error.message ?? '';
}

function safeJson<T>(text: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Upstream text quoting the key, or any 8 characters of it (servers echo "sk-…abcd" fragments), is withheld. */
function redactAll(text: string, key: string | undefined): string {
  if (key === undefined || key.length < 8) return redact(text, key);
  for (let i = 0; i + 8 <= key.length; i++) {
    if (text.includes(key.slice(i, i + 8))) return 'its message quoted the key and is withheld';
  }
  return text;
}

function causeOf(error: unknown): string {
  const inner = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (inner instanceof Error && 'code' in inner && typeof inner.code === 'string') return inner.code;
  return 'network error';
}
