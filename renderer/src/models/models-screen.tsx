import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';

type ModelList = ChannelOutput<'models.list'>;

export function ModelsScreen(): React.JSX.Element {
  const api = useApi();
  const [list, setList] = useState<ModelList | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const refresh = useCallback(() => {
    api.invoke('models.list', {}).then(setList, (e: unknown) => setError(asError(e)));
  }, [api]);
  useEffect(refresh, [refresh]);
  const toggle = (id: string, loaded: boolean): void => {
    setPending(id);
    api.invoke(loaded ? 'models.unload' : 'models.load', { id }).then(() => setError(null), (e: unknown) => setError(asError(e))).finally(() => {
      setPending(null);
      refresh();
    });
  };
  return (
    <section className="models" aria-label="Models">
      <h2>Models</h2>
      {list !== null && <p>Local compute: <strong>{list.gpu === 'cpu' ? 'CPU' : `GPU (${list.gpu})`}</strong></p>}
      <ErrorBanner error={error} />
      {list !== null && list.models.length === 0 && <p className="muted">No models. Start with <code>switchyard serve --model PATH/TO/model.gguf</code>.</p>}
      {list !== null && list.models.length > 0 && (
        <table>
          <thead><tr><th scope="col">Model</th><th scope="col">Where</th><th scope="col">Context</th><th scope="col">State</th><th scope="col"><span className="sr-only">Action</span></th></tr></thead>
          <tbody>
            {list.models.map((m) => (
              <tr key={m.id}>
                <td>{m.id}</td>
                <td>{m.kind === 'local' ? `local (${list.gpu})` : m.provider}</td>
                <td>{m.contextLength.toLocaleString()}</td>
                <td>{m.kind === 'cloud' ? 'remote' : m.loaded ? 'loaded' : 'not loaded'}</td>
                <td>{m.kind === 'local' && <button type="button" className="small" disabled={pending !== null} onClick={() => toggle(m.id, m.loaded)}>{pending === m.id ? '…' : m.loaded ? 'Unload' : 'Load'}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
