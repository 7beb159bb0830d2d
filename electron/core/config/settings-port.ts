import type { Settings } from '../../../shared/settings';

/**
 * Where settings live: electron-store in the desktop shell, `conf` in headless mode (DESIGN.md §2).
 * Implementations validate with the shared zod schema on every read and write; secrets never go here.
 */
export interface SettingsPort {
  read(): Settings;
  write(next: Settings): void;
  /** Where the settings are stored, for messages to the user. */
  readonly location: string;
}
