import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError } from '../common/error-banner';

type Info = ChannelOutput<'server.info'>;

/** The Local API on/off switch; the engine's answer (not the click) decides what it shows. */
export function ApiSwitch({ info, onChange, onError }: { info: Info; onChange: (info: Info) => void; onError: (e: Error) => void }): React.JSX.Element | null {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  if (info.enabled === undefined) return null;
  const on = info.enabled;
  const flip = (): void => {
    setBusy(true);
    api.invoke('server.configure', { enabled: !on })
      .then(onChange, (e: unknown) => onError(asError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div className="api-switch">
      <button type="button" role="switch" aria-checked={on} aria-label="Local API" className="switch" disabled={busy} onClick={flip}>
        <span className="switch-knob" aria-hidden="true" />
      </button>
      <span role="status">{on ? 'On: tools on this machine can use the endpoint below.' : 'Off: the endpoint answers 503 until you turn it on.'}</span>
    </div>
  );
}
