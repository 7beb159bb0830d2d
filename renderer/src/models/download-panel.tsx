import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';
import { DownloadItem } from './download-item';

type Job = ChannelOutput<'models.downloads'>['jobs'][number];

const POLL_MS = 500;

/**
 * Downloads from a Hugging Face (or any http/https) link or an hf: URI. Jobs run in the engine; this panel
 * polls their state while any is running and tells the screen when one has become a model.
 */
export function DownloadPanel({ onModelAdded }: { onModelAdded: () => void }): React.JSX.Element {
  const api = useApi();
  const [url, setUrl] = useState('');
  const [jobs, setJobs] = useState<Job[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const finished = useRef<Set<string> | null>(null);

  const refresh = useCallback(() => {
    api.invoke('models.downloads', {}).then((list) => {
      // Jobs done before this screen opened are not news; ones finishing while it is open are.
      const done = list.jobs.filter((j) => j.state === 'done').map((j) => j.id);
      if (finished.current !== null && done.some((id) => !finished.current?.has(id))) onModelAdded();
      finished.current = new Set(done);
      setJobs(list.jobs);
    }, (e: unknown) => setError(asError(e)));
  }, [api, onModelAdded]);
  useEffect(refresh, [refresh]);
  const running = jobs.some((j) => j.state === 'downloading');
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const act = (key: string, call: Promise<unknown>): void => {
    setBusy(key);
    call.then(() => setError(null), (e: unknown) => setError(asError(e))).finally(() => {
      setBusy(null);
      refresh();
    });
  };
  const start = (event: React.FormEvent): void => {
    event.preventDefault();
    act('start', api.invoke('models.download.start', { url: url.trim() }).then(() => setUrl('')));
  };
  return (
    <section className="model-form" aria-label="Download a model">
      <h3>Download a model</h3>
      <form onSubmit={start}>
        <label>Model URL<input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://huggingface.co/…/resolve/main/model-Q4_K_M.gguf or hf:user/repo:Q4_K_M" spellCheck={false} required /></label>
        <div className="form-actions">
          <button type="submit" disabled={busy !== null || url.trim() === ''}>Download</button>
          <span className="muted">Saved in the models folder of Switchyard's data directory, then added to the list.</span>
        </div>
      </form>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {jobs.length > 0 && (
        <ul className="downloads" aria-label="Downloads">
          {jobs.map((job) => (
            <DownloadItem
              key={job.id}
              job={job}
              busy={busy === job.id}
              onCancel={() => act(job.id, api.invoke('models.download.cancel', { id: job.id }))}
              onResume={() => act(job.id, api.invoke('models.download.start', { url: job.url }))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
