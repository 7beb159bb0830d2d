import type { ChatMessage, ChatRequest, Usage } from '../../../shared/chat';
import type { Decision, Mode, PrivacyFinding, TaskType, Target } from '../../../shared/decision';
import type { ModelDirectory } from './model-directory';
import type { RequestOrigin } from './origin';

/** What the privacy stage tells the later stages (types and counts only, never values). */
export interface PrivacySummary {
  findings: PrivacyFinding[];
  neverCloud: boolean;
  reasons: string[];
}

export interface RouteInput {
  request: ChatRequest;
  origin: RequestOrigin;
  mode: Mode;
  models: ModelDirectory;
  privacy: PrivacySummary;
}

/** A routing stage's verdict: the Decision without id and timing, plus a tier-0 answer or rewritten messages. */
export interface RoutePlan {
  target: Target;
  model: string;
  provider: string;
  taskType: TaskType;
  score: number;
  confidence: number;
  reasons: string[];
  rules: string[];
  fallbacks: string[];
  /** Tier-0's exact answer; no model runs. */
  answer?: string;
  /** Messages with routing hints stripped, when the router changed them. */
  messages?: ChatMessage[];
}

export type RouteStage = (input: RouteInput) => Promise<RoutePlan> | RoutePlan;

/** One routing-log record per request, handed to the log stage when the answer has ended. */
export interface CompletedRequest {
  decision: Decision;
  origin: RequestOrigin;
  startedAt: number;
  firstTokenMs: number | null;
  totalMs: number;
  usage: Usage | null;
  outcome: 'ok' | 'error' | 'aborted';
  error: string | null;
}

export type LogStage = (record: CompletedRequest) => void;
