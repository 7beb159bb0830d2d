import { z } from 'zod';

export const serverSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(4317),
  /** Origins allowed by CORS; empty means CORS is off. */
  corsOrigins: z.array(z.string()).default([]),
  maxBodyBytes: z.number().int().min(1024).default(4 * 1024 * 1024),
});
export type ServerSettings = z.infer<typeof serverSettingsSchema>;
