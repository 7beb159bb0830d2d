import type { z } from 'zod';
import type { conversationSchema } from '../../../shared/ipc';

export type Conversation = z.infer<typeof conversationSchema>;
export type StoredMessage = Conversation['messages'][number];
/** A message on screen: stored fields plus the stream's state. */
export type ChatMessageView = StoredMessage & { streaming?: boolean; requestId?: string };
