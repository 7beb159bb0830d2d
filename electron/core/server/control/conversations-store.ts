import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { conversationSchema } from '../../../../shared/ipc';

type Conversation = z.infer<typeof conversationSchema>;
const fileSchema = z.object({ conversations: z.array(z.unknown()) });
const MAX_CONVERSATIONS = 500;

/**
 * Chat conversations in one small JSON file in the data directory (or memory only without a path).
 * Writes go to a temporary file renamed over the old one, so a crash never leaves half a file.
 */
export class ConversationsStore {
  private items: Conversation[];

  constructor(private readonly file: string | undefined) {
    this.items = file === undefined ? [] : readItems(file);
  }

  list(): Conversation[] {
    return [...this.items].sort((a, b) => b.updatedAt - a.updatedAt);
  }

  save(conversation: Conversation): void {
    this.items = [conversation, ...this.items.filter((c) => c.id !== conversation.id)].slice(0, MAX_CONVERSATIONS);
    this.flush();
  }

  delete(id: string): void {
    this.items = this.items.filter((c) => c.id !== id);
    this.flush();
  }

  private flush(): void {
    if (this.file === undefined) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify({ conversations: this.items }), { mode: 0o600 });
    renameSync(temp, this.file);
  }
}

/** A missing file is an empty store; unreadable entries are skipped rather than failing the whole list. */
function readItems(file: string): Conversation[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return [];
  return parsed.data.conversations.flatMap((c) => {
    const one = conversationSchema.safeParse(c);
    return one.success ? [one.data] : [];
  });
}
