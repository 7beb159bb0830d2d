/**
 * Who sent a request — one identity for routing rules and privacy rules alike. Never holds an API key itself:
 * only the label a key was given.
 */
export interface ClientInfo {
  /** desktop: the app window; web: the same UI served by `switchyard serve`; cli: `switchyard route`; api: the OpenAI port. */
  kind: 'desktop' | 'web' | 'cli' | 'api';
  apiKeyLabel?: string | undefined;
  userAgent?: string | undefined;
}

/**
 * Whether a rule's client entry names this client, case-insensitively: 'desktop' (alias 'ui') is Switchyard's
 * own chat, in the window or the web UI; 'window', 'web', 'cli' and 'api' name one of them; anything else is an
 * API key label or a substring of the User-Agent.
 */
export function clientMatches(entry: string, client: ClientInfo | undefined): boolean {
  if (client === undefined) return false;
  const e = entry.toLowerCase();
  if (e === 'desktop' || e === 'ui') return client.kind === 'desktop' || client.kind === 'web';
  if (e === 'window') return client.kind === 'desktop';
  if (e === client.kind) return true;
  if (client.apiKeyLabel !== undefined && e === client.apiKeyLabel.toLowerCase()) return true;
  return client.userAgent !== undefined && client.userAgent.toLowerCase().includes(e);
}
