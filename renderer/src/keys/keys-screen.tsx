import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput, ProviderDraft } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';
import { ProviderCard } from './provider-card';
import { ProviderForm } from './provider-form';

type List = ChannelOutput<'providers.list'>;

/** Providers & keys: add, edit, delete and test providers; keys are write-only and never come back. */
export function KeysScreen(): React.JSX.Element {
  const api = useApi();
  const [list, setList] = useState<List | null>(null);
  const [error, setError] = useState<Error | null>(null);
  /** null: no form; 'new': adding; otherwise the id being edited. */
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = useCallback(() => {
    api.invoke('providers.list', {}).then((l) => setList(l), (e: unknown) => setError(asError(e)));
  }, [api]);
  useEffect(refresh, [refresh]);

  const save = async (draft: ProviderDraft): Promise<void> => {
    try {
      await api.invoke('providers.save', { mode: editing === 'new' ? 'add' : 'update', provider: draft });
      setEditing(null);
      setError(null);
      refresh();
    } catch (e) {
      setError(asError(e));
    }
  };
  const changed = (): void => {
    setError(null);
    refresh();
  };

  const editRow = list?.providers.find((p) => p.id === editing) ?? null;
  return (
    <section className="keys" aria-label="Providers and keys">
      <h2>Providers & keys</h2>
      {list !== null && !list.persisted && <p className="note">Changes here last until <code>switchyard serve</code> stops; to keep them, put the provider in the file given to <code>--config</code>.</p>}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {list !== null && list.providers.length === 0 && editing === null && <p className="muted">No cloud providers yet. Add one, then set its key.</p>}
      {editing === null && <button type="button" onClick={() => setEditing('new')}>Add provider</button>}
      {editing !== null && <ProviderForm key={editing} initial={editing === 'new' ? null : editRow} onSave={save} onCancel={() => setEditing(null)} />}
      <ul>
        {list?.providers.map((p) => <ProviderCard key={p.id} provider={p} onChanged={changed} onEdit={() => setEditing(p.id)} onError={setError} />)}
      </ul>
    </section>
  );
}
