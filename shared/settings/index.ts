import { z } from 'zod';
import { modeSchema } from '../decision';
import { localModelSchema } from './local-models';
import { serverSettingsSchema } from './server';
import { providersSchema } from './providers';
import { routerSettingsSchema } from './router';
import { privacySettingsSchema } from './privacy';
import { logSettingsSchema } from './log';
import { rulesSchema } from './rules';

export * from './local-models';
export * from './server';
export * from './providers';
export * from './router';
export * from './privacy';
export * from './log';
export * from './rules';
export { migrateRules } from './migrate-rules';

/**
 * Everything a user can configure, validated at every way in (settings file, `--config`, IPC, HTTP).
 * Feature sections are added by the features that own them; unknown keys are rejected so typos surface.
 */
export const settingsSchema = z
  .object({
    mode: modeSchema.default('balanced'),
    local: z.array(localModelSchema).default([]),
    server: serverSettingsSchema.default(serverSettingsSchema.parse({})),
    providers: providersSchema.default([]),
    router: routerSettingsSchema.default(routerSettingsSchema.parse({})),
    privacy: privacySettingsSchema.default(privacySettingsSchema.parse({})),
    /** Privacy and routing rules, one language (rules.ts); older files' privacy.rules and router.rules are migrated. */
    rules: rulesSchema.default([]),
    log: logSettingsSchema.default(logSettingsSchema.parse({})),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});
