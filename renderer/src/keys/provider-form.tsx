import { useState } from 'react';
import type { ProviderDraft, ProviderRow } from '../../../shared/ipc';

const kinds: { value: ProviderDraft['kind']; label: string }[] = [
  { value: 'openai-compatible', label: 'OpenAI-compatible (OpenRouter, Groq, Ollama, vLLM, …)' },
  { value: 'openai', label: 'OpenAI' },
  { value: 'anthropic', label: 'Anthropic' },
];

/** Add or edit one provider; the key is set separately (write-only) once the provider exists. */
export function ProviderForm({ initial, onSave, onCancel }: {
  initial: ProviderRow | null;
  onSave: (draft: ProviderDraft) => Promise<void>;
  onCancel: () => void;
}): React.JSX.Element {
  const [kind, setKind] = useState<ProviderDraft['kind']>(initial?.kind ?? 'openai-compatible');
  const [id, setId] = useState(initial?.id ?? '');
  const [baseUrl, setBaseUrl] = useState(initial?.baseUrl ?? '');
  const [models, setModels] = useState(initial?.models.join(', ') ?? '');
  const [needsKey, setNeedsKey] = useState(initial?.requiresApiKey ?? true);
  const [busy, setBusy] = useState(false);
  const needsUrl = kind === 'openai-compatible';

  const submit = (): void => {
    const draft: ProviderDraft = {
      id: id.trim(),
      kind,
      ...(baseUrl.trim() !== '' ? { baseUrl: baseUrl.trim() } : {}),
      requiresApiKey: needsKey,
      models: models.split(',').map((m) => m.trim()).filter((m) => m !== '').map((m) => ({ id: m })),
    };
    setBusy(true);
    void onSave(draft).finally(() => setBusy(false));
  };

  return (
    <form className="provider-form" aria-label={initial === null ? 'Add provider' : `Edit provider ${initial.id}`} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <label>Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as ProviderDraft['kind'])}>
          {kinds.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
        </select>
      </label>
      <label>Id
        <input value={id} onChange={(e) => setId(e.target.value)} disabled={initial !== null} placeholder="e.g. groq" required pattern="[A-Za-z0-9._\-]+" />
      </label>
      <label>Base URL{needsUrl ? '' : ' (optional)'}
        <input type="url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} required={needsUrl} placeholder={needsUrl ? 'https://api.example.com/v1' : 'the vendor\'s own endpoint'} />
      </label>
      <label>Models (comma-separated)
        <input value={models} onChange={(e) => setModels(e.target.value)} placeholder="e.g. llama-3.3-70b, mixtral-8x7b" />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={needsKey} onChange={(e) => setNeedsKey(e.target.checked)} /> Needs an API key (untick for a local Ollama or LM Studio)
      </label>
      <div className="form-actions">
        <button type="submit" disabled={busy || id.trim() === ''}>{initial === null ? 'Add provider' : 'Save changes'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
