import Conf from 'conf';
import type { Settings } from '../../../shared/settings';
import { defaultSettings } from '../../../shared/settings';
import { parseSettings } from './parse-settings';
import type { SettingsPort } from './settings-port';

/** Headless settings store on `conf` (atomic writes, 0600), validated with the shared schema. */
export function createConfSettings(dir: string): SettingsPort {
  const store = new Conf<{ settings: unknown }>({ cwd: dir, configName: 'settings', configFileMode: 0o600 });
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
