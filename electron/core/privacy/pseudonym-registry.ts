import { pseudonymSnapshotSchema, type PseudonymSnapshot } from './pseudonym-snapshot';
import { Pseudonymizer } from './pseudonymizer';

/** Where conversations' maps are kept between runs (the conversation store in the data directory). */
export interface PseudonymStore {
  loadPseudonyms(conversationId: string): PseudonymSnapshot | undefined;
  savePseudonyms(conversationId: string, snapshot: PseudonymSnapshot): void;
  /** Called back when a conversation is deleted, so its map leaves memory too. */
  onDelete(listener: (conversationId: string) => void): void;
}

export interface RegistryOptions {
  /** Absent: maps live in memory only (and are lost when evicted or on restart). */
  store?: PseudonymStore;
  /** Conversations kept in memory; the least recently used beyond that is dropped (and reloaded on demand). */
  capacity?: number;
}

export const DEFAULT_REGISTRY_CAPACITY = 64;

/**
 * One Pseudonymizer per conversation, so "[PERSON_1]" means the same person in every turn and every cloud send
 * of a chat. Bounded: an LRU of `capacity` conversations in memory, the rest load from the store on demand.
 */
export class PseudonymRegistry {
  readonly #entries = new Map<string, Pseudonymizer>();
  /** How many placeholders the store holds per map: a map only grows, so a larger size means unsaved entries. */
  readonly #saved = new WeakMap<Pseudonymizer, number>();
  readonly #store: PseudonymStore | undefined;
  readonly #capacity: number;

  constructor(options: RegistryOptions = {}) {
    this.#store = options.store;
    this.#capacity = Math.max(1, options.capacity ?? DEFAULT_REGISTRY_CAPACITY);
    this.#store?.onDelete((id) => this.forget(id));
  }

  /** The conversation's map: from memory, else from the store, else a new one. */
  get(conversationId: string): Pseudonymizer {
    const found = this.#entries.get(conversationId);
    if (found !== undefined) {
      // Re-insert: a Map iterates in insertion order, so the first key is always the least recently used.
      this.#entries.delete(conversationId);
      this.#entries.set(conversationId, found);
      return found;
    }
    const loaded = this.#load(conversationId);
    this.#entries.set(conversationId, loaded);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#capacity) break;
      this.#entries.delete(oldest);
    }
    return loaded;
  }

  /** Writes the conversation's map to the store if it gained placeholders since the last write. */
  persist(conversationId: string, pseudonymizer: Pseudonymizer): void {
    // Only the copy in memory now is written: a deleted conversation's map must not come back, and one evicted
    // (maybe deleted since) while this request was in flight is given up rather than risked.
    if (this.#store === undefined || this.#entries.get(conversationId) !== pseudonymizer) return;
    if (pseudonymizer.size <= (this.#saved.get(pseudonymizer) ?? 0)) return;
    this.#store.savePseudonyms(conversationId, pseudonymizer.toStoreSnapshot());
    this.#saved.set(pseudonymizer, pseudonymizer.size);
  }

  forget(conversationId: string): void {
    this.#entries.delete(conversationId);
  }

  /** Conversations in memory now (tests, diagnostics); never the maps themselves. */
  get size(): number {
    return this.#entries.size;
  }

  #load(conversationId: string): Pseudonymizer {
    const parsed = pseudonymSnapshotSchema.safeParse(this.#store?.loadPseudonyms(conversationId));
    // A missing or damaged map starts afresh: new placeholders only cost the cloud model some continuity.
    const pseudonymizer = parsed.success ? Pseudonymizer.fromStoreSnapshot(parsed.data) : new Pseudonymizer();
    this.#saved.set(pseudonymizer, pseudonymizer.size);
    return pseudonymizer;
  }
}
