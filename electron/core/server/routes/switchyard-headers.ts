import type { Decision } from '../../../../shared/decision';

/** DESIGN.md §4: every response says where it went and why (the decision id keys the routing log). */
export function switchyardHeaders(decision: Decision): Record<string, string> {
  return {
    'x-switchyard-target': decision.target,
    'x-switchyard-model': decision.model,
    'x-switchyard-routing-us': String(decision.routingMicros),
    'x-switchyard-decision': decision.id,
  };
}
