import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';
import { AddModelForm } from './add-model-form';
import { DownloadPanel } from './download-panel';
import { HardwareSummary } from './hardware-summary';
import { ModelRow } from './model-row';
import { useFilePicking } from './use-file-picking';

type ModelList = ChannelOutput<'models.list'>;
type Hardware = ChannelOutput<'models.hardware'>;

export function ModelsScreen(): React.JSX.Element {
  const api = useApi();
  const [list, setList] = useState<ModelList | null>(null);
  const [hardware, setHardware] = useState<Hardware | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const canBrowse = useFilePicking();
  const refresh = useCallback(() => {
    api.invoke('models.list', {}).then(setList, (e: unknown) => setError(asError(e)));
    api.invoke('models.hardware', {}).then(setHardware, (e: unknown) => setError(asError(e)));
  }, [api]);
  useEffect(refresh, [refresh]);
  const run = (id: string, call: Promise<unknown>): void => {
    setPending(id);
    call.then(() => setError(null), (e: unknown) => setError(asError(e))).finally(() => {
      setPending(null);
      refresh();
    });
  };
  return (
    <section className="models" aria-label="Models">
      <h2>Models</h2>
      {hardware !== null && <HardwareSummary hardware={hardware} />}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {list !== null && list.models.length === 0 && <p className="muted">No models yet. Add a GGUF file or download one below, or start with <code>switchyard serve --model PATH/TO/model.gguf</code>.</p>}
      {list !== null && list.models.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Model</th><th scope="col">Where</th><th scope="col">Size</th><th scope="col">Quantisation</th>
              <th scope="col">Context</th><th scope="col">Memory estimate</th><th scope="col">State</th><th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {list.models.map((m) => (
              <ModelRow
                key={m.id}
                model={m}
                gpu={list.gpu}
                pending={pending}
                onToggle={() => run(m.id, api.invoke(m.loaded ? 'models.unload' : 'models.load', { id: m.id }))}
                onRemove={() => run(m.id, api.invoke('models.remove', { id: m.id }))}
              />
            ))}
          </tbody>
        </table>
      )}
      <div className="model-forms">
        <AddModelForm onAdded={refresh} canBrowse={canBrowse} />
        <DownloadPanel onModelAdded={refresh} />
      </div>
    </section>
  );
}
