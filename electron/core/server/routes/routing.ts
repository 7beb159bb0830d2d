import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { targetSchema } from '../../../../shared/decision';
import type { RoutingLog } from '../../log';
import { sendJson } from '../http/respond';
import { zodToInvalidRequest } from '../openai/chat-request-schema';

const logQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(5000).optional(),
  before: z.coerce.number().optional(),
  target: targetSchema.optional(),
  search: z.string().max(200).optional(),
});

/** GET /v1/routing/stats: distribution per target and model, routing time, spend and savings. */
export function routingStats(res: ServerResponse, log: RoutingLog): void {
  sendJson(res, 200, log.stats());
}

/** GET /v1/routing/log?limit&before&target&search: newest entries first. */
export function routingLogEntries(res: ServerResponse, log: RoutingLog, query: URLSearchParams): void {
  const parsed = logQuerySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw zodToInvalidRequest(parsed.error);
  const q = parsed.data;
  sendJson(res, 200, {
    object: 'list',
    data: log.query({
      ...(q.limit !== undefined ? { limit: q.limit } : {}),
      ...(q.before !== undefined ? { before: q.before } : {}),
      ...(q.target !== undefined ? { target: q.target } : {}),
      ...(q.search !== undefined ? { search: q.search } : {}),
    }),
  });
}
