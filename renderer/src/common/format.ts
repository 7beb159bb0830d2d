import type { Decision } from '../../../shared/decision';

export const targetLabel = (target: Decision['target']): string => (target === 'tier0' ? 'tier-0' : target);

export function formatMicros(us: number): string {
  return us < 1000 ? `${Math.round(us)} µs` : `${(us / 1000).toFixed(1)} ms`;
}

export function formatUsd(usd: number): string {
  return usd === 0 ? '$0' : usd < 0.01 ? `$${usd.toFixed(5)}` : `$${usd.toFixed(2)}`;
}

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleTimeString();
}

export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
}
