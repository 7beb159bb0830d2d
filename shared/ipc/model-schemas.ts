import { z } from 'zod';

/** Payloads of the Models screen's channels (channels.ts): details, hardware, add, downloads. */

const bytes = z.number().nonnegative();

/** What a local model's GGUF header says; additive to a models.list row. */
export const localModelDetailsSchema = z.object({
  path: z.string(),
  sizeBytes: bytes,
  quantization: z.string().nullable(),
  architecture: z.string().nullable(),
  parameters: z.number().nonnegative().nullable(),
  trainContextSize: z.number().int().nonnegative().nullable(),
  memory: z.object({ ramBytes: bytes, vramBytes: bytes, contextSize: z.number().int().positive() }).nullable(),
});

export const hardwareSchema = z.object({
  gpu: z.enum(['metal', 'cuda', 'vulkan', 'cpu']),
  gpuDevices: z.array(z.string()),
  vram: z.object({ totalBytes: bytes, freeBytes: bytes }).nullable(),
  ram: z.object({ totalBytes: bytes, freeBytes: bytes }),
  cpuCores: z.number().int().nonnegative(),
});

export const modelAddSchema = z.object({
  path: z.string().trim().min(1, 'Give the path of a .gguf file.').max(4096),
  id: z.string().trim().min(1).max(200).optional(),
}).strict();
export const modelAddedSchema = z.object({ id: z.string(), path: z.string() });

/**
 * models.pickFile: opens the OS file dialog where the engine has one (desktop). `probe: true` only asks whether
 * it can, so the UI shows no Browse button in a browser; `path` is null when unsupported or cancelled.
 */
export const pickFileInputSchema = z.object({ probe: z.boolean().optional() }).strict();
export const pickFileResultSchema = z.object({ supported: z.boolean(), path: z.string().nullable() });

/** http(s) and hf: only; the engine checks the rest (no file:, javascript:, data:). */
export const downloadStartSchema = z.object({
  url: z.string().trim().max(2048).regex(/^(https?:\/\/|hf:)/i, 'Use an https:// link to a .gguf file or an hf: URI.'),
}).strict();
export const downloadIdSchema = z.object({ id: z.string().regex(/^dl_[A-Za-z0-9-]{1,40}$/) }).strict();

export const downloadJobSchema = z.object({
  id: z.string(),
  url: z.string(),
  fileName: z.string().nullable(),
  state: z.enum(['downloading', 'done', 'failed', 'cancelled']),
  downloadedBytes: bytes,
  totalBytes: bytes.nullable(),
  bytesPerSecond: bytes,
  etaSeconds: z.number().nonnegative().nullable(),
  error: z.string().nullable(),
  modelId: z.string().nullable(),
});
export const downloadListSchema = z.object({ jobs: z.array(downloadJobSchema) });
