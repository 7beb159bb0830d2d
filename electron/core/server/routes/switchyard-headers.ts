import type { Decision } from '../../../../shared/decision';
import type { ServedBy } from '../../gateway';

/**
 * DESIGN.md §4: every response says where it went and why (the decision id keys the routing log). Target,
 * model and rung name who actually answered, after fallbacks — not what was planned.
 */
export function switchyardHeaders(decision: Decision, served: ServedBy): Record<string, string> {
  return {
    'x-switchyard-target': served.target,
    'x-switchyard-model': served.model,
    'x-switchyard-rung': served.rung === null ? served.target : String(served.rung),
    'x-switchyard-fallback': String(served.fallback),
    'x-switchyard-routing-us': String(decision.routingMicros),
    'x-switchyard-decision': decision.id,
  };
}
