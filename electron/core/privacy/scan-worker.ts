/**
 * The privacy scan worker (a worker thread of the engine's process): runs the scan half of inspectRequest for
 * requests too large to scan on the engine's thread without holding up every other request (scan-pool.ts).
 * Messages are checked with zod on the way in; the answer is a packed scan (scan-wire.ts) or an error.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { chatMessageSchema, type ChatRequest } from '../../../shared/chat';
import { settingsSchema } from '../../../shared/settings';
import { modeSchema } from '../../../shared/decision';
import { packScan, transferables } from './scan-wire';
import { scanRequest } from './verdict';

const jobSchema = z.object({
  id: z.number().int(),
  // Messages checked; the rest (tools, formats) passes as sent: the scan reads every text in it.
  request: z.looseObject({ model: z.string(), messages: z.array(chatMessageSchema) }),
  ctx: z.object({
    mode: modeSchema,
    client: z.object({ kind: z.enum(['desktop', 'web', 'cli', 'api']), apiKeyLabel: z.string().optional(), userAgent: z.string().optional() }).optional(),
    conversationId: z.string().optional(),
  }),
  policy: settingsSchema.pick({ privacy: true, rules: true }),
  cheapOnly: z.boolean(),
});

const port = parentPort;
if (port !== null) {
  port.on('message', (message: unknown) => {
    const job = jobSchema.safeParse(message);
    if (!job.success) {
      const id = typeof (message as { id?: unknown } | null)?.id === 'number' ? (message as { id: number }).id : -1;
      port.postMessage({ id, error: 'malformed scan job' });
      return;
    }
    const { id, request, ctx, policy, cheapOnly } = job.data;
    try {
      const packed = packScan(scanRequest(request as ChatRequest, {
        mode: ctx.mode,
        ...(ctx.client === undefined ? {} : { client: ctx.client }),
        ...(ctx.conversationId === undefined ? {} : { conversationId: ctx.conversationId }),
      }, policy, cheapOnly ? { deferredDetectors: [] } : {}));
      port.postMessage({ id, packed }, transferables(packed));
    } catch (error) {
      // Never the message: it could quote the text.
      port.postMessage({ id, error: error instanceof Error ? error.name : 'scan failed' });
    }
  });
}
