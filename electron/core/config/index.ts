export type { SettingsPort } from './settings-port';
export { dataDir } from './data-dir';
export { parseSettings, describeIssues } from './parse-settings';
export { createConfSettings } from './conf-settings';
export { storeSettings, type KeyValueStore } from './store-settings';
export { readConfigFile } from './read-config-file';
