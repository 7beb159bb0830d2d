import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { conversationSchema } from '../../../../shared/ipc';
import { pseudonymSnapshotSchema, type PseudonymSnapshot, type PseudonymStore } from '../../privacy';

type Conversation = z.infer<typeof conversationSchema>;
const fileSchema = z.object({ conversations: z.array(z.unknown()), pseudonyms: z.record(z.string(), z.unknown()).optional() });
const MAX_CONVERSATIONS = 500;

/**
 * Chat conversations in one small JSON file in the data directory (or memory only without a path), with each
 * conversation's pseudonym map beside it (the cloud placeholders, values included: the user's own data, like the
 * text). The maps are kept apart from the conversations so `list()` — what the renderer gets — never holds one.
 * Writes go to a temporary file renamed over the old one, so a crash never leaves half a file.
 */
export class ConversationsStore implements PseudonymStore {
  private items: Conversation[];
  private readonly pseudonyms: Map<string, PseudonymSnapshot>;
  private readonly deleteListeners: ((id: string) => void)[] = [];

  constructor(private readonly file: string | undefined) {
    const read = file === undefined ? { items: [], pseudonyms: new Map<string, PseudonymSnapshot>() } : readFile(file);
    this.items = read.items;
    this.pseudonyms = read.pseudonyms;
  }

  list(): Conversation[] {
    return [...this.items].sort((a, b) => b.updatedAt - a.updatedAt);
  }

  save(conversation: Conversation): void {
    const kept = [conversation, ...this.items.filter((c) => c.id !== conversation.id)];
    this.items = kept.slice(0, MAX_CONVERSATIONS);
    // A conversation pushed out of the list takes its map with it.
    for (const dropped of kept.slice(MAX_CONVERSATIONS)) this.forgetMap(dropped.id);
    this.flush();
  }

  delete(id: string): void {
    this.items = this.items.filter((c) => c.id !== id);
    this.forgetMap(id);
    this.flush();
  }

  loadPseudonyms(conversationId: string): PseudonymSnapshot | undefined {
    return this.pseudonyms.get(conversationId);
  }

  /** Called by the gateway's registry when a conversation's map gained placeholders (the chat may not be saved yet). */
  savePseudonyms(conversationId: string, snapshot: PseudonymSnapshot): void {
    this.pseudonyms.set(conversationId, snapshot);
    // Maps of conversations that were never saved (a first turn abandoned) are bounded like the list.
    for (const id of this.pseudonyms.keys()) {
      if (this.pseudonyms.size <= MAX_CONVERSATIONS * 2) break;
      if (id !== conversationId && !this.items.some((c) => c.id === id)) this.pseudonyms.delete(id);
    }
    this.flush();
  }

  onDelete(listener: (conversationId: string) => void): void {
    this.deleteListeners.push(listener);
  }

  private forgetMap(id: string): void {
    this.pseudonyms.delete(id);
    for (const listener of this.deleteListeners) listener(id);
  }

  private flush(): void {
    if (this.file === undefined) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify({ conversations: this.items, pseudonyms: Object.fromEntries(this.pseudonyms) }), { mode: 0o600 });
    renameSync(temp, this.file);
  }
}

/** A missing file is an empty store; unreadable entries (conversations or maps) are skipped rather than failing the whole list. */
function readFile(file: string): { items: Conversation[]; pseudonyms: Map<string, PseudonymSnapshot> } {
  const empty = { items: [], pseudonyms: new Map<string, PseudonymSnapshot>() };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return empty;
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return empty;
  const items = parsed.data.conversations.flatMap((c) => {
    const one = conversationSchema.safeParse(c);
    return one.success ? [one.data] : [];
  });
  const pseudonyms = new Map<string, PseudonymSnapshot>();
  for (const [id, value] of Object.entries(parsed.data.pseudonyms ?? {})) {
    const one = pseudonymSnapshotSchema.safeParse(value);
    if (one.success && conversationSchema.shape.id.safeParse(id).success) pseudonyms.set(id, one.data);
  }
  return { items, pseudonyms };
}
