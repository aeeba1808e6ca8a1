import { z } from 'zod';

/** Whether the local database could be opened, and if not, what the user should know. */
export const DatabaseState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), schemaVersion: z.number().int(), backupPath: z.string().nullable() }),
  z.object({ state: z.literal('corrupt'), path: z.string(), message: z.string() }),
  z.object({
    state: z.literal('newer_version'),
    path: z.string(),
    fileVersion: z.number().int(),
    supportedVersion: z.number().int(),
  }),
]);
export type DatabaseState = z.infer<typeof DatabaseState>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  databasePath: z.string(),
  database: DatabaseState,
  sandbox: z.boolean(),
  /** os_keychain: live credentials can be saved (desktop app); none: they come from the environment. */
  secretStorage: z.enum(['os_keychain', 'none']),
});
export type AppInfo = z.infer<typeof AppInfo>;
