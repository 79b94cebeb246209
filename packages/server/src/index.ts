/** @spp/server: the shared, authoritative home of a partnership's records. */
export { createApp, KIND_OF_PATH, DEMO_NOTICE, type AppOptions } from './app';
export { startServer, openDatabase, type RunningServer } from './server';
export { loadConfig, ConfigError, HELP, type ServerConfig } from './config';
export { oidcAuthenticator, demoAuthenticator, entraConfig, personFor, AuthError, type OidcConfig, type Identity, type IdentityClaim, type Authenticator } from './auth';
export { migrate, MIGRATIONS, SCHEMA_VERSION, NewerDatabaseError } from './db/migrations';
export { openPglite, DataDirectoryInUseError, LOCK_FILE, READY_FILE } from './db/pglite';
export { openPostgres } from './db/postgres';
export type { Database, Sql } from './db/driver';
export { applyCommand, getRecord, listRecords, seedRecord, type Command, type CommandOutcome } from './records';
export { exportPartnership, importPartnership, type Backup } from './backup';
export { seedDemo, DEMO_PARTNERSHIP_ID } from './seed';
