import type { Usage } from '../../../shared/chat';
import type { Decision } from '../../../shared/decision';
import type { CloudAudit } from '../../../shared/routing-log';
import type { RuntimeResult } from '../runtime';
import type { RequestOrigin } from './origin';

/** One record per request, handed to the log stage when the answer has ended (or failed before starting). */
export interface CompletedRequest {
  decision: Decision;
  origin: RequestOrigin;
  /** Wall-clock start, ms since the epoch. */
  startedAt: number;
  firstTokenMs: number | null;
  totalMs: number;
  usage: Usage | null;
  outcome: 'ok' | 'error' | 'aborted';
  error: string | null;
  /** What the runtime did: which model served, fallbacks, retries (null for tier-0). */
  runtime: RuntimeResult | null;
  /** What left the machine, one item per cloud send (never values). */
  audit: CloudAudit[];
  /** The last user message, for the log only when the user opted in. */
  text: string;
}

export type LogStage = (record: CompletedRequest) => void;
