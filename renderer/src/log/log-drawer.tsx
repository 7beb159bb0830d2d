import type { RoutingLogEntry } from '../../../shared/routing-log';
import { formatMicros, formatUsd, targetLabel } from '../common/format';

export function LogDrawer({ entry, onClose }: { entry: RoutingLogEntry; onClose: () => void }): React.JSX.Element {
  const d = entry.decision;
  return (
    <aside className="drawer" role="dialog" aria-label="Decision details" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <button type="button" className="small close" onClick={onClose} aria-label="Close details" autoFocus>×</button>
      <h3>{targetLabel(d.target)} · {d.model}</h3>
      <p className="muted">{entry.id} · {new Date(entry.time).toLocaleString()} · {entry.channel}</p>
      <ul className="reasons">{d.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
      <dl>
        <dt>Mode</dt><dd>{d.mode}</dd>
        <dt>Task</dt><dd>{d.taskType}, score {d.score.toFixed(3)}{d.scoreBeforeFeedback !== undefined && ` (${d.scoreBeforeFeedback.toFixed(3)} before your feedback)`}, confidence {d.confidence.toFixed(2)}</dd>
        <dt>Privacy</dt><dd>{d.privacy.length === 0 ? 'nothing found' : d.privacy.map((p) => `${p.type}×${p.count}`).join(', ')}</dd>
        <dt>Rules</dt><dd>{d.rules.join(', ') || '—'}</dd>
        <dt>Served by</dt><dd>{entry.servedBy === null ? '—' : `${entry.servedBy.provider}/${entry.servedBy.model}`}{entry.fallbackUsed ? ' (fallback)' : ''}</dd>
        <dt>Fallbacks</dt><dd>{d.fallbacks.join(', ') || '—'}</dd>
        <dt>Routing</dt><dd>{formatMicros(d.routingMicros)}</dd>
        <dt>First token</dt><dd>{entry.firstTokenMs === null ? '—' : `${Math.round(entry.firstTokenMs)} ms`}</dd>
        <dt>Total</dt><dd>{Math.round(entry.totalMs)} ms</dd>
        <dt>Tokens</dt><dd>{entry.promptTokens} in / {entry.completionTokens} out</dd>
        {entry.predictions !== undefined && <><dt>Speculative</dt><dd>{entry.predictions.validated} predicted tokens validated, {entry.predictions.refuted} refuted</dd></>}
        <dt>Cost</dt><dd>{formatUsd(entry.costUsd)} (baseline {formatUsd(entry.baselineCostUsd)})</dd>
        <dt>Outcome</dt><dd>{entry.outcome}{entry.error !== null ? `: ${entry.error}` : ''}</dd>
        <dt>Sent out</dt><dd>{entry.audit.length === 0 ? 'nothing left this machine' : entry.audit.map((a) => `${a.bytes} B to ${a.destination}${a.redactedTypes.length > 0 ? ` (redacted ${a.redactedTypes.join(', ')})` : ''}`).join('; ')}</dd>
      </dl>
    </aside>
  );
}
