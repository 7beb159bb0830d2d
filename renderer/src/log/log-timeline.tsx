import type { RoutingLogEntry } from '../../../shared/routing-log';

const targets = ['tier0', 'local', 'cloud'] as const;
const BUCKETS = 24;

/** Requests per target over the span of the shown entries, as stacked SVG bars. */
export function LogTimeline({ entries }: { entries: readonly RoutingLogEntry[] }): React.JSX.Element | null {
  if (entries.length < 2) return null;
  const times = entries.map((e) => e.time);
  const start = Math.min(...times);
  const span = Math.max(Math.max(...times) - start, 1);
  const buckets = Array.from({ length: BUCKETS }, () => ({ tier0: 0, local: 0, cloud: 0 }));
  for (const e of entries) {
    const bucket = buckets[Math.min(BUCKETS - 1, Math.floor(((e.time - start) / span) * BUCKETS))];
    if (bucket !== undefined) bucket[e.servedBy?.target ?? e.decision.target] += 1;
  }
  const tallest = Math.max(...buckets.map((b) => b.tier0 + b.local + b.cloud), 1);
  const width = 300 / BUCKETS;
  return (
    <figure>
      <figcaption>Share per target over time ({new Date(start).toLocaleTimeString()} – {new Date(start + span).toLocaleTimeString()})</figcaption>
      <svg viewBox="0 0 300 60" role="img" aria-label={`requests per target in ${BUCKETS} time slices`}>
        {buckets.map((b, i) => {
          let y = 60;
          return targets.map((t) => {
            const h = (b[t] / tallest) * 60;
            y -= h;
            return h === 0 ? null : <rect key={`${i}-${t}`} x={i * width + 1} y={y} width={width - 2} height={h} className={`fill-${t}`}><title>{`${t}: ${b[t]}`}</title></rect>;
          });
        })}
      </svg>
    </figure>
  );
}
