/** The routing engine (DESIGN.md §3 steps 2–5). Other features import the router only through this file. */
export { createRouter } from './decide';
export { isAutoModel } from './intents';
export type { RouterDeps } from './decide';
export type { Classifier, ClassifierResult } from './classifier-port';
export type { CandidateModel, Candidates, ClientInfo, PrivacyVerdict, RouteBlock, RouteInput, RouteResult, Router } from './types';
export { parseRouterSettings } from './policy/validate';
export { stripHint } from './policy/hints';
export type { Hint, HintResult } from './policy/hints';
export { DEFAULT_SPEED } from './policy/speed';
export { answerTier0, TIER0_MAX_CHARS } from './tier0/index';
export type { Tier0Answer } from './tier0/index';
export { scoreHeuristic } from './heuristic/index';
export type { HeuristicFeatures, HeuristicResult } from './heuristic/index';
export { BUNDLED_THRESHOLDS, thresholdsFileSchema, thresholdFor } from './thresholds';
export type { ThresholdsFile } from './thresholds';
export { estimateTokens } from './tokens';
