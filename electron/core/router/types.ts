import type { ChatMessage, ChatRequest } from '../../../shared/chat';
import type { Decision, Mode, PrivacyFinding } from '../../../shared/decision';
import type { ModelInfo } from '../../../shared/models';
import type { ClientInfo } from '../../../shared/client';
import type { DeviceState } from '../../../shared/device-state';

export type { ClientInfo };

/** The privacy engine's verdict on the request (types and counts only, never values). */
export interface PrivacyVerdict {
  findings: PrivacyFinding[];
  /** True when sensitive content forbids any cloud send; nothing in the router overrides it. */
  neverCloud: boolean;
  reasons: string[];
}

/** A model the router may pick, with speed estimates where measured (defaults otherwise, see policy/speed). */
export interface CandidateModel extends ModelInfo {
  tokensPerSecond?: number | undefined;
  firstTokenMs?: number | undefined;
  /** Prompt processing speed; matters for local models on long prompts. */
  promptTokensPerSecond?: number | undefined;
}

export interface Candidates {
  local: readonly CandidateModel[];
  cloud: readonly CandidateModel[];
}

export interface RouteInput {
  request: ChatRequest;
  /** Defaults to the router's default mode (settings `mode`, else balanced). */
  mode?: Mode | undefined;
  client?: ClientInfo | undefined;
  conversationId?: string | undefined;
  privacy?: PrivacyVerdict | undefined;
  candidates: Candidates;
  /** Power, heat, free memory, network (device-effects.ts says how each changes the plan). */
  device?: DeviceState | undefined;
}

/** Why the request cannot be served at all; the gateway turns `never_cloud` into a 403 (PrivacyBlockedError). */
export interface RouteBlock {
  /** never_cloud → 403; not_capable (images, tools, a schema no allowed model handles) → 400; no_model → 503. */
  code: 'never_cloud' | 'not_capable' | 'no_model';
  /** What blocked it: 'privacy' (the privacy stage's verdict, never-cloud rules included) or 'mode:privacy'. */
  rule: string;
  message: string;
}

export type RouteResult = Omit<Decision, 'id' | 'routingMicros'> & {
  /** Tier-0 answer, when target is 'tier0'. */
  answer?: string;
  /** The request's messages with routing hints stripped: what the model must see. */
  messages: ChatMessage[];
  blocked?: RouteBlock;
};

export interface Router {
  route(input: RouteInput): Promise<RouteResult>;
}
