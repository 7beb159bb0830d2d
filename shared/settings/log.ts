import { z } from 'zod';

export const logSettingsSchema = z.object({
  /** Keep the last user message's text with each entry (off: only metadata is stored). */
  storeText: z.boolean().default(false),
  maxDays: z.number().int().min(1).max(3650).default(30),
  maxEntries: z.number().int().min(100).max(5_000_000).default(200_000),
  maxBytes: z.number().int().min(1024 * 1024).default(100 * 1024 * 1024),
  /** The all-cloud baseline savings are measured against: a cloud model id from settings or the catalog. */
  baselineModel: z.string().min(1).default('gpt-5'),
});
export type LogSettings = z.infer<typeof logSettingsSchema>;
