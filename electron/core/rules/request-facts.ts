import { lastUserText, type ChatMessage } from '../../../shared/chat';
import { scoreHeuristic, type HeuristicResult } from '../router/heuristic/index';
import { stripHint } from '../router/policy/hints';
import { answerTier0 } from '../router/tier0/index';
import type { RequestFacts } from './match-rule';

/**
 * The task type and prompt tokens rules are matched on, from the router's fast heuristic: the router calls this
 * with the heuristic it computed anyway, the privacy stage through requestFacts — so both see the same facts.
 * A question tier-0 can answer is arithmetic, whatever the heuristic's guess.
 */
export function factsFrom(heuristic: HeuristicResult, lastUser: string): RequestFacts {
  return { taskType: answerTier0(lastUser) !== null ? 'arithmetic' : heuristic.taskType, promptTokens: heuristic.features.promptTokens };
}

/** factsFrom for a request: the messages with a routing hint removed, as the router sees them. */
export function requestFacts(messages: ChatMessage[]): RequestFacts {
  const stripped = stripHint(messages).messages;
  const lastUser = lastUserText(stripped);
  return factsFrom(scoreHeuristic(stripped, lastUser), lastUser);
}
