import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';

type Status = ChannelOutput<'keys.status'>['providers'][number];

/** Keys are write-only: the field is cleared once saved and nothing about a key comes back but "set". */
export function KeysScreen(): React.JSX.Element {
  const api = useApi();
  const [providers, setProviders] = useState<Status[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const refresh = useCallback(() => {
    api.invoke('keys.status', {}).then((s) => setProviders(s.providers), (e: unknown) => setError(asError(e)));
  }, [api]);
  useEffect(refresh, [refresh]);
  return (
    <section className="keys" aria-label="Providers and keys">
      <h2>Providers & keys</h2>
      <ErrorBanner error={error} />
      {providers !== null && providers.length === 0 && <p className="muted">No cloud providers are configured. Add one to the settings file (see the README's cloud section), then set its key here.</p>}
      <ul>
        {providers?.map((p) => <KeyRow key={p.id} status={p} onSaved={refresh} onError={setError} />)}
      </ul>
    </section>
  );
}

function KeyRow({ status, onSaved, onError }: { status: Status; onSaved: () => void; onError: (e: Error) => void }): React.JSX.Element {
  const api = useApi();
  const [key, setKey] = useState('');
  const save = (): void => {
    api.invoke('keys.set', { provider: status.id, key }).then(() => {
      setKey('');
      onSaved();
    }, (e: unknown) => onError(asError(e)));
  };
  return (
    <li>
      <strong>{status.id}</strong>{' '}
      <span className={status.hasKey ? 'ok' : 'muted'}>{status.hasKey ? `key set (${status.source === 'env' ? `from ${status.envVar}` : 'keychain'})` : `no key (or set ${status.envVar})`}</span>
      <form onSubmit={(e) => { e.preventDefault(); save(); }}>
        <input type="password" autoComplete="off" aria-label={`New key for ${status.id}`} placeholder={status.hasKey ? 'Replace key' : 'Paste key'} value={key} onChange={(e) => setKey(e.target.value)} />
        <button type="submit" disabled={key.trim().length < 8}>Save key</button>
      </form>
    </li>
  );
}
