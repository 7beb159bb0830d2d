import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The data directory: `SWITCHYARD_HOME` when set, else the OS's per-user app-data folder
 * (the same one Electron's `app.getPath('userData')` uses for an app named Switchyard).
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env['SWITCHYARD_HOME'];
  if (override !== undefined && override.trim() !== '') return override;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Switchyard');
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Switchyard');
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Switchyard');
}
