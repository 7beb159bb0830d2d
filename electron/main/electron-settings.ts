import Store from 'electron-store';
import { defaultSettings, type Settings } from '../../shared/settings';
import { parseSettings, type SettingsPort } from '../core/config';

/** Desktop settings on electron-store, validated with the same schema as headless `conf`. */
export function createElectronSettings(): SettingsPort {
  const store = new Store<{ settings: unknown }>({ name: 'settings' });
  return {
    location: store.path,
    read(): Settings {
      const raw = store.get('settings');
      return raw === undefined ? defaultSettings() : parseSettings(raw, store.path);
    },
    write(next: Settings): void {
      store.set('settings', parseSettings(next, 'the settings being saved'));
    },
  };
}
