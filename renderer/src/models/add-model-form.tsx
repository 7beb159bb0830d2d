import { useState } from 'react';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';

/**
 * Adds a GGUF file already on the engine's machine. A typed path works in both the desktop app and the
 * headless web UI (a browser cannot hand over a file's path).
 */
export function AddModelForm({ onAdded }: { onAdded: (id: string) => void }): React.JSX.Element {
  const api = useApi();
  const [path, setPath] = useState('');
  const [id, setId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setAdded(null);
    api.invoke('models.add', { path, ...(id.trim() !== '' ? { id: id.trim() } : {}) }).then((model) => {
      setError(null);
      setAdded(model.id);
      setPath('');
      setId('');
      onAdded(model.id);
    }, (e: unknown) => setError(asError(e))).finally(() => setBusy(false));
  };
  return (
    <form className="model-form" aria-label="Add a GGUF file" onSubmit={submit}>
      <h3>Add a GGUF file</h3>
      <label>Path to the .gguf file<input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/models/model-Q4_K_M.gguf" required spellCheck={false} /></label>
      <label>Model id (optional)<input value={id} onChange={(e) => setId(e.target.value)} placeholder="from the file name" spellCheck={false} /></label>
      <div className="form-actions">
        <button type="submit" disabled={busy || path.trim() === ''}>{busy ? 'Checking…' : 'Add model'}</button>
        {added !== null && <span className="ok" role="status">Added {added}.</span>}
      </div>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </form>
  );
}
