import { useId, useState } from 'react';
import type { Decision } from '../../../shared/decision';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { formatMicros, formatUsd, targetLabel } from '../common/format';

export interface RoutingBadgeProps {
  decision: Decision;
  usage?: { promptTokens: number; completionTokens: number } | undefined;
  /** The routing-log entry (cost, fallback), when it has been looked up. */
  entry?: RoutingLogEntry | undefined;
  /** Called the first time the details open (to look the entry up). */
  onOpen?: () => void;
  initiallyOpen?: boolean;
}

/** tier-0 / local / cloud and the model; a click shows why, what was found (types only) and what it cost. */
export function RoutingBadge({ decision, usage, entry, onOpen, initiallyOpen = false }: RoutingBadgeProps): React.JSX.Element {
  const [open, setOpen] = useState(initiallyOpen);
  const detailsId = useId();
  const served = entry?.servedBy;
  const label = decision.target === 'tier0' ? 'tier-0' : `${targetLabel(served?.target ?? decision.target)} · ${served?.model ?? decision.model}`;
  const toggle = (): void => {
    if (!open) onOpen?.();
    setOpen(!open);
  };
  return (
    <div className="routing-badge">
      <button type="button" className={`badge badge-${decision.target}`} aria-expanded={open} aria-controls={detailsId} data-target={decision.target} onClick={toggle}
        aria-label={`Routed to ${label}; show why`}>
        {label}
      </button>
      {open && (
        <div id={detailsId} className="badge-details" role="region" aria-label="Routing decision">
          <ul className="reasons">{decision.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
          <dl>
            <dt>Mode</dt><dd>{decision.mode}</dd>
            <dt>Task</dt><dd>{decision.taskType} (score {decision.score.toFixed(2)}{decision.scoreBeforeFeedback !== undefined && `, ${decision.scoreBeforeFeedback.toFixed(2)} before your feedback`})</dd>
            {decision.ladder.length > 0 && <><dt>Ladder</dt><dd>{ladderText(decision, served?.model)}</dd></>}
            <dt>Privacy</dt><dd>{decision.privacy.length === 0 ? 'nothing found' : decision.privacy.map((p) => `${p.type}×${p.count}`).join(', ')}</dd>
            <dt>Routing time</dt><dd>{formatMicros(decision.routingMicros)}</dd>
            <dt>Tokens</dt><dd>{usage === undefined ? '—' : `${usage.promptTokens} in / ${usage.completionTokens} out`}</dd>
            <dt>Cost</dt><dd>{entry === undefined ? '—' : formatUsd(entry.costUsd)}</dd>
            <dt>Fallback</dt><dd>{entry === undefined ? '—' : entry.fallbackUsed ? `yes, served by ${served?.model ?? '?'}` : 'no'}</dd>
            {decision.rules.length > 0 && <><dt>Rules</dt><dd>{decision.rules.join(', ')}</dd></>}
          </dl>
        </div>
      )}
    </div>
  );
}

/** "rung 2 of 4: tiny → mid → [mini] → flagship", the served model in brackets. */
export function ladderText(decision: Decision, servedModel: string | undefined): string {
  const model = servedModel ?? decision.model;
  const index = decision.ladder.indexOf(model);
  const rungs = decision.ladder.map((id) => (id === model ? `[${id}]` : id)).join(' → ');
  return index === -1 ? rungs : `rung ${index + 1} of ${decision.ladder.length}: ${rungs}`;
}
