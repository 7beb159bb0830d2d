import { createContext, useContext } from 'react';
import type { EngineApi } from '../../../shared/ipc';

export const ApiContext = createContext<EngineApi | null>(null);

export function useApi(): EngineApi {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi outside <ApiContext.Provider>');
  return api;
}
