import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { EngineApi, SwitchyardBridge } from '../../shared/ipc';
import { ApiContext } from './app/api-context';
import { App } from './app/app';
import { createHttpApi } from './transport/http';
import { createIpcApi } from './transport/ipc';
import './styles.css';

declare global {
  interface Window {
    switchyard?: SwitchyardBridge;
  }
}

// Desktop: the preload bridge. Headless: HTTP + SSE to the page's own origin.
const api: EngineApi = window.switchyard !== undefined ? createIpcApi(window.switchyard) : createHttpApi();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </StrictMode>,
  );
}
