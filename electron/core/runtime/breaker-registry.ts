import { CircuitBreaker, type BreakerOptions, type BreakerState, type ProviderHealth } from './circuit-breaker';
import type { Clock } from './clock';

/** One breaker per provider id, created on first use; unknown providers are healthy. */
export class BreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(
    private readonly options: BreakerOptions,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  get(provider: string): CircuitBreaker {
    let breaker = this.breakers.get(provider);
    if (breaker === undefined) {
      breaker = new CircuitBreaker(this.options, this.clock);
      this.breakers.set(provider, breaker);
    }
    return breaker;
  }

  health(provider: string): ProviderHealth {
    return this.breakers.get(provider)?.health() ?? 'healthy';
  }

  state(provider: string): BreakerState {
    return this.breakers.get(provider)?.state() ?? 'closed';
  }
}
