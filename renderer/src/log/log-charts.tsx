import type { ChannelOutput } from '../../../shared/ipc';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { formatUsd } from '../common/format';
import { LogTimeline } from './log-timeline';

type Stats = ChannelOutput<'log.stats'>;
const targets = ['tier0', 'local', 'cloud'] as const;

/** Share of requests per target and spend against what the baseline model would have cost, as plain SVG. */
export function LogCharts({ stats, entries }: { stats: Stats; entries: readonly RoutingLogEntry[] }): React.JSX.Element {
  const total = Math.max(stats.total, 1);
  let x = 0;
  const max = Math.max(stats.spendUsd, stats.baselineUsd, 1e-9);
  return (
    <div className="charts">
      <figure>
        <figcaption>Share per target ({stats.total} requests)</figcaption>
        <svg viewBox="0 0 300 40" role="img" aria-label={targets.map((t) => `${t} ${stats.byTarget[t] ?? 0}`).join(', ')}>
          {targets.map((t) => {
            const w = ((stats.byTarget[t] ?? 0) / total) * 300;
            const rect = <rect key={t} x={x} y={0} width={w} height={24} className={`fill-${t}`}><title>{`${t}: ${stats.byTarget[t] ?? 0}`}</title></rect>;
            x += w;
            return rect;
          })}
        </svg>
        <div className="legend">{targets.map((t) => <span key={t} className={`legend-${t}`}>{t === 'tier0' ? 'tier-0' : t} {stats.byTarget[t] ?? 0}</span>)}</div>
      </figure>
      <LogTimeline entries={entries} />
      <figure>
        <figcaption>Spend vs. all-{stats.baselineModel || 'cloud'} baseline</figcaption>
        <svg viewBox="0 0 300 56" role="img" aria-label={`spend ${formatUsd(stats.spendUsd)}, baseline ${formatUsd(stats.baselineUsd)}, saved ${formatUsd(stats.savingsUsd)}`}>
          <rect x={0} y={0} width={(stats.spendUsd / max) * 300} height={22} className="fill-cloud" />
          <rect x={0} y={30} width={(stats.baselineUsd / max) * 300} height={22} className="fill-baseline" />
        </svg>
        <div className="legend"><span>spent {formatUsd(stats.spendUsd)}</span> <span>baseline {formatUsd(stats.baselineUsd)}</span> <span>saved {formatUsd(stats.savingsUsd)}</span></div>
      </figure>
      <figure>
        <figcaption>Routing time</figcaption>
        <p className="figures">avg {Math.round(stats.routingMicros.avg)} µs · p50 {Math.round(stats.routingMicros.p50)} µs · p99 {Math.round(stats.routingMicros.p99)} µs</p>
      </figure>
    </div>
  );
}
