import { NoModelConfiguredError } from '../../../shared/errors';
import type { RoutePlan, RouteInput } from './stages';

/**
 * The route stage used until a router is configured: a named model goes to that model, `auto` to the
 * first local model (else the first model of any kind).
 */
export function defaultRoute({ request, models }: RouteInput): RoutePlan {
  const named = request.model !== 'auto';
  const chosen = named ? models.resolve(request.model).info : models.local()[0] ?? models.list()[0];
  if (chosen === undefined) throw new NoModelConfiguredError();
  return {
    target: chosen.kind === 'local' ? 'local' : 'cloud',
    model: chosen.id,
    provider: chosen.provider,
    taskType: 'other',
    score: 0,
    confidence: 1,
    reasons: [named ? `model ${chosen.id} named in the request` : `auto → the default model ${chosen.id}`],
    rules: [],
    fallbacks: [],
  };
}
