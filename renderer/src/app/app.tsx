import { useCallback, useEffect, useState } from 'react';
import type { Mode } from '../../../shared/decision';
import { ChatScreen } from '../chat/chat-screen';
import { asError, ErrorBanner } from '../common/error-banner';
import { KeysScreen } from '../keys/keys-screen';
import { LocalApiScreen } from '../local-api/local-api-screen';
import { LogScreen } from '../log/log-screen';
import { ModelsScreen } from '../models/models-screen';
import { PrivacyScreen } from '../privacy/privacy-screen';
import { useApi } from './api-context';
import { ModeToggle, modeOrder } from './mode-toggle';
import { ThemeToggle } from './theme-toggle';

const tabs = [
  { id: 'chat', label: 'Chat' },
  { id: 'privacy', label: 'Privacy' },
  { id: 'log', label: 'Routing log' },
  { id: 'models', label: 'Models' },
  { id: 'keys', label: 'Providers & keys' },
  { id: 'api', label: 'Local API' },
] as const;
type Tab = (typeof tabs)[number]['id'];

/** The whole UI; `#log` opens the routing log alone (the desktop's second window). */
export function App(): React.JSX.Element {
  const api = useApi();
  const logOnly = location.hash === '#log';
  const [tab, setTab] = useState<Tab>(logOnly ? 'log' : 'chat');
  const [mode, setMode] = useState<Mode | null>(null);
  const [error, setError] = useState<Error | null>(null);

  // Read again when the window regains focus: the tray (desktop) or another tab may have switched the mode.
  useEffect(() => {
    const read = (): void => {
      api.invoke('settings.get', {}).then((s) => setMode(s.mode), (e: unknown) => setError(asError(e)));
    };
    read();
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, [api]);

  const changeMode = useCallback((next: Mode) => {
    api.invoke('settings.setMode', { mode: next }).then((s) => {
      setMode(s.mode);
      setError(null);
    }, (e: unknown) => setError(asError(e)));
  }, [api]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const index = Number(event.key) - 1;
      if (event.altKey && !event.ctrlKey && modeOrder[index] !== undefined) {
        event.preventDefault();
        changeMode(modeOrder[index]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [changeMode]);

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Switchyard</span>
        {!logOnly && (
          <nav aria-label="Screens">
            {tabs.map((t) => (
              <button key={t.id} type="button" className="tab" aria-current={tab === t.id ? 'page' : undefined} onClick={() => setTab(t.id)}>{t.label}</button>
            ))}
          </nav>
        )}
        <ModeToggle mode={mode} onChange={changeMode} />
        <ThemeToggle />
      </header>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <main className="app-main">
        {tab === 'chat' && <ChatScreen />}
        {tab === 'privacy' && <PrivacyScreen mode={mode} />}
        {tab === 'log' && <LogScreen />}
        {tab === 'models' && <ModelsScreen />}
        {tab === 'keys' && <KeysScreen />}
        {tab === 'api' && <LocalApiScreen />}
      </main>
    </div>
  );
}
