import type { ClientInfo } from '../../../shared/client';

/** Where a request came from: used by per-client rules, the routing log and the privacy audit. */
export interface RequestOrigin {
  channel: 'openai-port' | 'desktop-chat' | 'control-api' | 'cli';
  /** The label of the API key the client authenticated with (never the key), when keys have labels. */
  apiKeyLabel?: string;
  userAgent?: string;
  /** The API key the client sent; matched by per-client rules, never logged or stored. */
  apiKey?: string;
  /**
   * The chat this request belongs to: set by the UI chat, or by an OpenAI-port client with the
   * `x-switchyard-conversation` header. Requests of one conversation share one pseudonym map.
   */
  conversationId?: string;
}

/**
 * The one client identity rules see (shared/client.ts): the desktop window, the web UI, the CLI, or an
 * OpenAI-port client by API key label and User-Agent. The raw API key never reaches a rule.
 */
export function clientOf(origin: RequestOrigin): ClientInfo {
  if (origin.channel === 'desktop-chat') return { kind: 'desktop' };
  if (origin.channel === 'control-api') return { kind: 'web', userAgent: origin.userAgent };
  if (origin.channel === 'cli') return { kind: 'cli' };
  return { kind: 'api', apiKeyLabel: origin.apiKeyLabel, userAgent: origin.userAgent };
}
