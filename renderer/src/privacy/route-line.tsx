import type { Decision } from '../../../shared/decision';

/** Where the tested message would go, said plainly: this machine (and which model) or the cloud, in which mode. */
export function RouteLine({ decision, redacts }: { decision: Decision; redacts: boolean }): React.JSX.Element {
  const where = decision.target === 'tier0'
    ? <>Would be answered <strong>on this machine without a model</strong> (tier-0)</>
    : decision.target === 'local'
      ? <>Would stay <strong>on this machine</strong>: local model {decision.model}</>
      : <>Would go <strong>to the cloud</strong>: {decision.provider}/{decision.model}{redacts ? ', after the redacted parts are replaced by placeholders' : ''}</>;
  return <p className="route" data-target={decision.target}>{where}, in {decision.mode} mode.</p>;
}
