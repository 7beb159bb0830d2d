import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { CopyButton } from '../common/copy-button';
import { asError, ErrorBanner } from '../common/error-banner';
import { ApiSwitch } from './api-switch';

export function LocalApiScreen(): React.JSX.Element {
  const api = useApi();
  const [info, setInfo] = useState<ChannelOutput<'server.info'> | null>(null);
  const [reveal, setReveal] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    api.invoke('server.info', {}).then(setInfo, (e: unknown) => setError(asError(e)));
  }, [api]);
  if (info === null) return <ErrorBanner error={error} />;
  const changed = (next: ChannelOutput<'server.info'>): void => {
    setInfo(next);
    setError(null);
  };
  // Shown masked like the token field; Copy always puts the working token on the clipboard.
  const snippetsWith = (key: string) => [
    { name: 'curl', text: `curl ${info.apiBaseUrl}/chat/completions \\\n  -H 'content-type: application/json' \\\n  -H 'authorization: Bearer ${key}' \\\n  -d '{"model":"auto","messages":[{"role":"user","content":"Hello"}]}'` },
    { name: 'openai (JavaScript)', text: `import OpenAI from 'openai';\nconst client = new OpenAI({ baseURL: '${info.apiBaseUrl}', apiKey: '${key}' });\nconst reply = await client.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content: 'Hello' }] });` },
    { name: 'openai (Python)', text: `from openai import OpenAI\nclient = OpenAI(base_url="${info.apiBaseUrl}", api_key="${key}")\nreply = client.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Hello"}])` },
    { name: 'Continue (config.yaml)', text: `models:\n  - name: Switchyard\n    provider: openai\n    model: auto\n    apiBase: ${info.apiBaseUrl}\n    apiKey: ${key}` },
  ];
  const copied = snippetsWith(info.apiToken ?? 'none');
  const shown = info.apiToken === null || reveal ? copied : snippetsWith('••••••••');
  return (
    <section className="local-api" aria-label="Local API">
      <h2>Local API</h2>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <ApiSwitch info={info} onChange={changed} onError={setError} />
      <dl>
        <dt>Base URL</dt><dd><code>{info.apiBaseUrl}</code></dd>
        {info.port !== undefined && <><dt>Port</dt><dd><code>{info.port}</code></dd></>}
        <dt>Token</dt>
        <dd>
          {info.apiToken === null ? <span className="muted">none (loopback only)</span> : <><code>{reveal ? info.apiToken : '••••••••'}</code> <button type="button" className="small" onClick={() => setReveal(!reveal)}>{reveal ? 'Hide' : 'Show'}</button></>}
        </dd>
      </dl>
      {shown.map((s, i) => (
        <figure key={s.name} className="snippet">
          <figcaption>{s.name} <CopyButton text={copied[i]?.text ?? s.text} label={`Copy ${s.name} snippet`} /></figcaption>
          <pre><code>{s.text}</code></pre>
        </figure>
      ))}
    </section>
  );
}
