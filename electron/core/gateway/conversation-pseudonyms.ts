import { createHash } from 'node:crypto';
import { PseudonymRegistry, type Pseudonymizer, type PseudonymStore } from '../privacy';
import type { RequestOrigin } from './origin';

export interface ConversationMap {
  pseudonymizer: Pseudonymizer;
  /** Saves the map if it grew (UI conversations only; OpenAI-port conversations stay in memory). */
  persist(): void;
}

/**
 * The gateway's one place for per-conversation pseudonym maps. UI conversations (desktop chat, web UI) keep
 * theirs in the conversation store; conversations named on the OpenAI port (x-switchyard-conversation) live in
 * memory only, in a registry of their own scoped by the client's API key, so no client can reach a UI chat's map
 * or another key's (a placeholder echoed back would otherwise be restored to someone else's value).
 */
export class ConversationPseudonyms {
  readonly #chats: PseudonymRegistry;
  readonly #api: PseudonymRegistry;

  constructor(store?: PseudonymStore, capacity?: number) {
    const bound = capacity === undefined ? {} : { capacity };
    this.#chats = new PseudonymRegistry({ ...bound, ...(store === undefined ? {} : { store }) });
    this.#api = new PseudonymRegistry(bound);
  }

  /** The map of the request's conversation; undefined (a map per request) when it names none. */
  for(origin: RequestOrigin): ConversationMap | undefined {
    const id = origin.conversationId;
    if (id === undefined) return undefined;
    const fromUi = origin.channel === 'desktop-chat' || origin.channel === 'control-api';
    const registry = fromUi ? this.#chats : this.#api;
    const key = fromUi ? id : `${keyScope(origin.apiKey)}:${id}`;
    const pseudonymizer = registry.get(key);
    const persist = (): void => {
      try {
        registry.persist(key, pseudonymizer);
      } catch {
        // A failed write (disk full, read-only data directory) must not stop the send: the map is still in
        // memory for this run; only its continuity across a restart is lost.
      }
    };
    return { pseudonymizer, persist };
  }
}

/** A short hash, so the registry's keys hold no API key. */
function keyScope(apiKey: string | undefined): string {
  return apiKey === undefined ? '-' : createHash('sha256').update(apiKey).digest('base64url').slice(0, 16);
}
