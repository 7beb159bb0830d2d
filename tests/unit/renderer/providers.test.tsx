import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EngineApi, ProviderRow } from '../../../shared/ipc';
import { ApiContext } from '../../../renderer/src/app/api-context';
import { ProviderCard } from '../../../renderer/src/keys/provider-card';
import { ProviderForm } from '../../../renderer/src/keys/provider-form';
import { ApiSwitch } from '../../../renderer/src/local-api/api-switch';

/** Static render only: nothing is invoked, so any call is a failure. */
const idleApi: EngineApi = {
  invoke: () => Promise.reject(new Error('not expected')),
  chat: () => Promise.reject(new Error('not expected')),
};
const withApi = (node: React.JSX.Element): string => renderToStaticMarkup(<ApiContext.Provider value={idleApi}>{node}</ApiContext.Provider>);

const row: ProviderRow = {
  id: 'groq', kind: 'openai-compatible', baseUrl: 'https://api.groq.com/openai/v1', models: ['llama-3.3-70b'],
  servedModels: ['llama-3.3-70b', 'mixtral-8x7b'], requiresApiKey: true, hasKey: true, source: 'env', envVar: 'GROQ_API_KEY',
};

describe('Providers & keys components', () => {
  it('shows a provider with where its key comes from, an empty write-only key field, test, edit and delete', () => {
    const html = withApi(<ProviderCard provider={row} onChanged={() => {}} onEdit={() => {}} onError={() => {}} />);
    expect(html).toContain('aria-label="Provider groq"');
    expect(html).toContain('key set (from GROQ_API_KEY)');
    expect(html).toContain('Models: llama-3.3-70b, mixtral-8x7b');
    expect(html).toMatch(/<input type="password" autoComplete="off" aria-label="New key for groq" placeholder="Replace key" value=""\/>/);
    expect(html).toContain('aria-label="Test connection to groq"');
    expect(html).toContain('aria-label="Delete groq"');
    expect(html).toContain('aria-label="Edit groq"');
  });

  it('says how to set a missing key, and that keyless endpoints need none', () => {
    expect(withApi(<ProviderCard provider={{ ...row, hasKey: false, source: 'none' }} onChanged={() => {}} onEdit={() => {}} onError={() => {}} />)).toContain('no key (or set GROQ_API_KEY)');
    expect(withApi(<ProviderCard provider={{ ...row, hasKey: false, source: 'none', requiresApiKey: false }} onChanged={() => {}} onEdit={() => {}} onError={() => {}} />)).toContain('no key needed');
  });

  it('fills the edit form from the provider and keeps its id fixed', () => {
    const html = renderToStaticMarkup(<ProviderForm initial={row} onSave={async () => {}} onCancel={() => {}} />);
    expect(html).toContain('aria-label="Edit provider groq"');
    expect(html).toMatch(/<input disabled=""[^>]*value="groq"\/>/);
    expect(html).toContain('value="llama-3.3-70b"');
    expect(html).toContain('value="https://api.groq.com/openai/v1"');
    expect(html).toMatch(/<input type="checkbox" checked=""\/> Needs an API key/);
    expect(html).toContain('>Save changes<');
  });

  it('renders the Local API switch from the engine\'s state, and no switch where it cannot be changed', () => {
    const info = { apiBaseUrl: 'http://127.0.0.1:4317/v1', apiToken: null, enabled: false, port: 4317 };
    const off = withApi(<ApiSwitch info={info} onChange={() => {}} onError={() => {}} />);
    expect(off).toMatch(/role="switch" aria-checked="false" aria-label="Local API"/);
    expect(off).toContain('Off: the endpoint answers 503');
    expect(withApi(<ApiSwitch info={{ ...info, enabled: true }} onChange={() => {}} onError={() => {}} />)).toContain('aria-checked="true"');
    expect(withApi(<ApiSwitch info={{ apiBaseUrl: info.apiBaseUrl, apiToken: null }} onChange={() => {}} onError={() => {}} />)).toBe('');
  });
});
