import { beforeEach, describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerOptions } from '../../../electron/core/runtime/circuit-breaker';

const options: BreakerOptions = { failureThreshold: 3, failureRateThreshold: 0.5, windowMs: 10_000, minRequests: 6, coolDownMs: 1_000 };

describe('CircuitBreaker', () => {
  let now = 0;
  const clock = { now: (): number => now };
  let breaker: CircuitBreaker;
  beforeEach(() => {
    now = 0;
    breaker = new CircuitBreaker(options, clock);
  });

  const fail = (immediate = false): void => {
    const permit = breaker.acquire();
    expect(permit).not.toBeNull();
    if (permit !== null) breaker.failure(permit, immediate);
  };
  const succeed = (): void => {
    const permit = breaker.acquire();
    expect(permit).not.toBeNull();
    if (permit !== null) breaker.success(permit);
  };

  it('starts closed and healthy', () => {
    expect(breaker.state()).toBe('closed');
    expect(breaker.health()).toBe('healthy');
  });

  it('opens after K consecutive failures and refuses at once', () => {
    fail();
    fail();
    expect(breaker.state()).toBe('closed');
    expect(breaker.health()).toBe('degraded');
    fail();
    expect(breaker.state()).toBe('open');
    expect(breaker.health()).toBe('down');
    expect(breaker.acquire()).toBeNull();
  });

  it('a success resets the consecutive count', () => {
    fail();
    fail();
    succeed();
    fail();
    fail();
    expect(breaker.state()).toBe('closed');
  });

  it('opens on the failure rate within the window once enough requests were seen', () => {
    for (const ok of [true, false, true, false, true]) (ok ? succeed : fail)();
    expect(breaker.state()).toBe('closed');
    fail(); // 3 of 6 failed: 50 %
    expect(breaker.state()).toBe('open');
  });

  it('forgets outcomes older than the window', () => {
    for (const ok of [false, true, false, true, false]) (ok ? succeed : fail)();
    now += options.windowMs + 1;
    succeed();
    fail();
    expect(breaker.state()).toBe('closed');
  });

  it('opens at once on a connect error', () => {
    fail(true);
    expect(breaker.state()).toBe('open');
    expect(breaker.health()).toBe('down');
  });

  it('goes half-open after the cool-down and lets exactly one probe through', () => {
    fail(true);
    now += options.coolDownMs - 1;
    expect(breaker.acquire()).toBeNull();
    expect(breaker.retryInMs()).toBe(1);
    now += 1;
    expect(breaker.state()).toBe('half-open');
    expect(breaker.health()).toBe('degraded');
    const probe = breaker.acquire();
    expect(probe).toEqual({ probe: true });
    expect(breaker.acquire()).toBeNull();
    if (probe !== null) breaker.success(probe);
    expect(breaker.state()).toBe('closed');
    expect(breaker.health()).toBe('healthy');
  });

  it('re-opens when the probe fails, with a fresh cool-down', () => {
    fail(true);
    now += options.coolDownMs;
    const probe = breaker.acquire();
    if (probe !== null) breaker.failure(probe);
    expect(breaker.state()).toBe('open');
    now += options.coolDownMs - 1;
    expect(breaker.acquire()).toBeNull();
    now += 1;
    expect(breaker.acquire()).toEqual({ probe: true });
  });

  it('frees the probe slot when a probe ends without a verdict', () => {
    fail(true);
    now += options.coolDownMs;
    const probe = breaker.acquire();
    expect(breaker.acquire()).toBeNull();
    if (probe !== null) breaker.release(probe);
    expect(breaker.acquire()).toEqual({ probe: true });
  });

  it('a straggler failing while open does not extend the cool-down', () => {
    const straggler = breaker.acquire();
    fail(true);
    now += options.coolDownMs / 2;
    if (straggler !== null) breaker.failure(straggler);
    now += options.coolDownMs / 2;
    expect(breaker.state()).toBe('half-open');
  });
});
