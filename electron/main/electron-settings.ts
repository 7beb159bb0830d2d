import Store from 'electron-store';
import { storeSettings, type SettingsPort } from '../core/config';

/** Desktop settings on electron-store, validated with the same schema as headless `conf`. */
export function createElectronSettings(): SettingsPort {
  return storeSettings(new Store<{ settings: unknown }>({ name: 'settings' }));
}
