import Conf from 'conf';
import type { SettingsPort } from './settings-port';
import { storeSettings } from './store-settings';

/** Headless settings store on `conf` (atomic writes, 0600), validated with the shared schema. */
export function createConfSettings(dir: string): SettingsPort {
  return storeSettings(new Conf<{ settings: unknown }>({ cwd: dir, configName: 'settings', configFileMode: 0o600 }));
}
