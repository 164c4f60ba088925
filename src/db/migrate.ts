import type { Migration, Payload } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { databaseKind } from './selectDatabaseAdapter'

/**
 * Brings the SQL schema up to date from the committed migrations (MongoDB needs none).
 * Called once at start-up by the server, before any request is served.
 */
export async function runMigrations(payload: Payload, uri: string): Promise<void> {
  const kind = databaseKind(uri)
  if (kind === 'mongodb') return
  const migrations = kind === 'postgres' ? postgresMigrations : sqliteMigrations
  // The generated migration files type their arguments per adapter; Payload takes them as one list.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
