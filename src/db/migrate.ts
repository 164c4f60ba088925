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

/** The PostgreSQL adapter's connection pool (node-postgres), as much of it as the lock needs. */
type PostgresPool = {
  connect(): Promise<{ query(sql: string, values?: unknown[]): Promise<unknown>; release(): void }>
}

// Any constant: it names this application's start-up lock among the database's advisory locks.
const STARTUP_LOCK = 7_303_615_001

/**
 * Runs the start-up work (migrations, the first-start seed) in one process at a time. Two server
 * processes started together on a fresh PostgreSQL database would otherwise both run the same
 * migration (the second fails on tables that already exist) and both create the first admin.
 * The second waits for the first's session-level advisory lock, then finds nothing left to do.
 * SQLite serves one process only; MongoDB needs no migrations.
 */
export async function withStartupLock<T>(
  payload: Payload,
  uri: string,
  work: () => Promise<T>,
): Promise<T> {
  if (databaseKind(uri) !== 'postgres') return work()
  const client = await (payload.db as unknown as { pool: PostgresPool }).pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK])
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK])
    }
  } finally {
    client.release()
  }
}
