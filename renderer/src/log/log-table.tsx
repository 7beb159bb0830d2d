import { useState } from 'react';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { formatMicros, formatTime, formatUsd, targetLabel } from '../common/format';

export interface LogTableProps {
  entries: readonly RoutingLogEntry[];
  selectedId?: string | null;
  onSelect: (entry: RoutingLogEntry) => void;
}

const ROW_HEIGHT = 29;
const VIEWPORT_ROWS = 30;
const OVERSCAN = 10;

/**
 * One row per decision, newest first; a row opens the detail drawer (click or Enter). Virtualised: only the
 * rows in view (plus a margin) are in the DOM, spacer rows keep the scroll height, so thousands stay smooth.
 */
export function LogTable({ entries, selectedId = null, onSelect }: LogTableProps): React.JSX.Element {
  const [scrollTop, setScrollTop] = useState(0);
  if (entries.length === 0) return <p className="muted">No requests logged yet.</p>;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(entries.length, first + VIEWPORT_ROWS + 2 * OVERSCAN);
  return (
    <div className="log-scroll" style={{ maxHeight: ROW_HEIGHT * VIEWPORT_ROWS }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
    <table className="log-table" aria-label="Routing decisions" aria-rowcount={entries.length + 1}>
      <thead>
        <tr>
          {['Time', 'Client', 'Target', 'Model', 'Task', 'Score', 'Routing', 'Latency', 'Tokens', 'Cost', 'Outcome'].map((h) => <th key={h} scope="col">{h}</th>)}
        </tr>
      </thead>
      <tbody>
        {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
        {entries.slice(first, last).map((e) => {
          const target = e.servedBy?.target ?? e.decision.target;
          return (
            <tr key={e.id} data-id={e.id} tabIndex={0} style={{ height: ROW_HEIGHT }} aria-selected={e.id === selectedId} className={e.outcome !== 'ok' ? `row-${e.outcome}` : undefined}
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
        {last < entries.length && <tr aria-hidden="true" style={{ height: (entries.length - last) * ROW_HEIGHT }} />}
      </tbody>
    </table>
    </div>
  );
}
