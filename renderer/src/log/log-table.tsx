import type { RoutingLogEntry } from '../../../shared/routing-log';
import { formatMicros, formatTime, formatUsd, targetLabel } from '../common/format';

export interface LogTableProps {
  entries: readonly RoutingLogEntry[];
  selectedId?: string | null;
  onSelect: (entry: RoutingLogEntry) => void;
}

/** One row per decision, newest first; a row opens the detail drawer (click or Enter). */
export function LogTable({ entries, selectedId = null, onSelect }: LogTableProps): React.JSX.Element {
  if (entries.length === 0) return <p className="muted">No requests logged yet.</p>;
  return (
    <table className="log-table" aria-label="Routing decisions">
      <thead>
        <tr>
          {['Time', 'Client', 'Target', 'Model', 'Task', 'Score', 'Routing', 'Latency', 'Tokens', 'Cost', 'Outcome'].map((h) => <th key={h} scope="col">{h}</th>)}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const target = e.servedBy?.target ?? e.decision.target;
          return (
            <tr key={e.id} data-id={e.id} tabIndex={0} aria-selected={e.id === selectedId} className={e.outcome !== 'ok' ? `row-${e.outcome}` : undefined}
              onClick={() => onSelect(e)} onKeyDown={(k) => { if (k.key === 'Enter') onSelect(e); }}>
              <td>{formatTime(e.time)}</td>
              <td>{e.client ?? e.channel}</td>
              <td><span className={`badge badge-${target}`}>{targetLabel(target)}</span></td>
              <td>{e.servedBy?.model ?? e.decision.model}</td>
              <td>{e.decision.taskType}</td>
              <td>{e.decision.score.toFixed(2)}</td>
              <td>{formatMicros(e.decision.routingMicros)}</td>
              <td>{Math.round(e.totalMs)} ms</td>
              <td>{e.promptTokens + e.completionTokens}</td>
              <td>{formatUsd(e.costUsd)}</td>
              <td>{e.outcome}{e.fallbackUsed ? ' (fallback)' : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
