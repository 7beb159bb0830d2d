import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError } from '../common/error-banner';

type Result = ChannelOutput<'providers.test'>;

/** "Test connection": one real request to the provider; the result stays until the next test. */
export function ConnectionTest({ id }: { id: string }): React.JSX.Element {
  const api = useApi();
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (): void => {
    setBusy(true);
    setResult(null);
    api.invoke('providers.test', { id })
      .then(setResult, (e: unknown) => setResult({ ok: false, latencyMs: 0, message: asError(e).message }))
      .finally(() => setBusy(false));
  };
  return (
    <div className="connection-test">
      <button type="button" className="small" onClick={run} disabled={busy} aria-label={`Test connection to ${id}`}>{busy ? 'Testing…' : 'Test connection'}</button>
      <span role="status" aria-label={`Connection test for ${id}`} className={result === null ? 'muted' : result.ok ? 'ok' : 'fail'}>
        {result === null ? '' : `${result.ok ? '✓' : '✗'} ${result.message}`}
      </span>
    </div>
  );
}
