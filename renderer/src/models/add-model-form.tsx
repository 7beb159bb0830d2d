import { useEffect, useRef, useState } from 'react';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';

/**
 * Adds a GGUF file already on the engine's machine. A typed path works in both the desktop app and the
 * headless web UI (a browser cannot hand over a file's path); where the engine can open the OS file dialog
 * (`canBrowse`, desktop), Browse… fills the path and the user confirms with Add, as in a native open form.
 */
export function AddModelForm({ onAdded, canBrowse }: { onAdded: (id: string) => void; canBrowse: boolean }): React.JSX.Element {
  const api = useApi();
  const [path, setPath] = useState('');
  const [id, setId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState(0);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a pick, Enter should add rather than reopen the dialog; the button is enabled only once the path renders.
  useEffect(() => {
    if (picked > 0) addButton.current?.focus();
  }, [picked]);
  const browse = (): void => {
    setPicking(true);
    api.invoke('models.pickFile', {}).then(({ path: chosen }) => {
      if (chosen === null) return;
      setError(null);
      setAdded(null);
      setPath(chosen);
      setPicked((n) => n + 1);
    }, (e: unknown) => setError(asError(e))).finally(() => setPicking(false));
  };
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
      <div className="path-row">
        <label>Path to the .gguf file<input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/models/model-Q4_K_M.gguf" required spellCheck={false} /></label>
        {canBrowse && <button type="button" onClick={browse} disabled={busy || picking} aria-label="Browse for a .gguf file">Browse…</button>}
      </div>
      <label>Model id (optional)<input value={id} onChange={(e) => setId(e.target.value)} placeholder="from the file name" spellCheck={false} /></label>
      <div className="form-actions">
        <button ref={addButton} type="submit" disabled={busy || picking || path.trim() === ''}>{busy ? 'Checking…' : 'Add model'}</button>
        {added !== null && <span className="ok" role="status">Added {added}.</span>}
      </div>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </form>
  );
}
