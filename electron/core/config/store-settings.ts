import { defaultSettings, type Settings } from '../../../shared/settings';
import { parseSettings } from './parse-settings';
import type { SettingsPort } from './settings-port';

/** The get/set/path part that `conf` and electron-store share. */
export interface KeyValueStore {
  readonly path: string;
  get(key: 'settings'): unknown;
  set(key: 'settings', value: unknown): void;
}

/** A settings port over either store, validating with the shared schema on every read and write. */
export function storeSettings(store: KeyValueStore): SettingsPort {
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
