import { z } from 'zod';

/** Longest value kept in a stored map: far above any entity, and it keeps a corrupt file from ballooning memory. */
const MAX_VALUE = 4_096;
/** Entries per stored map; a conversation that mints more keeps working, only the store refuses to grow. */
export const MAX_SNAPSHOT_ENTRIES = 5_000;

/**
 * One conversation's placeholder map as the conversation store keeps it (values included: it is the user's own
 * data on their machine, like the conversation text). Parsed on the way in; written only by the store.
 */
export const pseudonymSnapshotSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.object({
    type: z.string().regex(/^[A-Z_]{1,32}$/),
    value: z.string().min(1).max(MAX_VALUE),
    placeholder: z.string().regex(/^\[[A-Z_]{1,32}_\d{1,6}\]$/),
  }).strict()).max(MAX_SNAPSHOT_ENTRIES),
}).strict();
export type PseudonymSnapshot = z.infer<typeof pseudonymSnapshotSchema>;
