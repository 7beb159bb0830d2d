import { useState } from 'react';
import type { ProviderRow } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError } from '../common/error-banner';
import { ConnectionTest } from './connection-test';

/** One provider: where it points, its key status and write-only key field, test, edit and delete. */
export function ProviderCard({ provider, onChanged, onEdit, onError }: {
  provider: ProviderRow;
  onChanged: () => void;
  onEdit: () => void;
  onError: (e: Error) => void;
}): React.JSX.Element {
  const api = useApi();
  const [key, setKey] = useState('');
  const [confirming, setConfirming] = useState(false);
  const saveKey = (): void => {
    api.invoke('keys.set', { provider: provider.id, key }).then(() => {
      setKey('');
      onChanged();
    }, (e: unknown) => onError(asError(e)));
  };
  const remove = (): void => {
    api.invoke('providers.delete', { id: provider.id }).then(onChanged, (e: unknown) => onError(asError(e)));
  };
  const keyStatus = !provider.requiresApiKey ? 'no key needed'
    : provider.hasKey ? `key set (${provider.source === 'env' ? `from ${provider.envVar}` : 'keychain'})` : `no key (or set ${provider.envVar})`;
  const models = provider.servedModels.length === 0 ? 'no models listed' : provider.servedModels.join(', ');

  return (
    <li aria-label={`Provider ${provider.id}`}>
      <div className="provider-head">
        <strong>{provider.id}</strong> <span className="muted">{provider.kind}{provider.baseUrl === null ? '' : ` · ${provider.baseUrl}`}</span>
        <span className="provider-actions">
          <button type="button" className="small" onClick={onEdit} aria-label={`Edit ${provider.id}`}>Edit</button>
          {!confirming && <button type="button" className="small" onClick={() => setConfirming(true)} aria-label={`Delete ${provider.id}`}>Delete</button>}
        </span>
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={`Delete ${provider.id}?`}>
          Delete {provider.id} and its stored key?{' '}
          <button type="button" className="small danger" onClick={remove}>Delete</button>{' '}
          <button type="button" className="small" onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      )}
      <div className="muted">Models: {models}</div>
      <span className={provider.hasKey || !provider.requiresApiKey ? 'ok' : 'muted'}>{keyStatus}</span>
      <form onSubmit={(e) => { e.preventDefault(); saveKey(); }}>
        <input type="password" autoComplete="off" aria-label={`New key for ${provider.id}`} placeholder={provider.hasKey ? 'Replace key' : 'Paste key'} value={key} onChange={(e) => setKey(e.target.value)} />
        <button type="submit" disabled={key.trim().length < 8}>Save key</button>
      </form>
      <ConnectionTest id={provider.id} />
    </li>
  );
}
