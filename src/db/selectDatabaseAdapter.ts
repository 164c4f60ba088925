import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import fs from 'node:fs'
import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_DATABASE_URI = 'file:./data/estate.db'

export const ACCEPTED_DATABASE_URIS =
  'DATABASE_URI must be file:<path> (SQLite), postgres://… or postgresql://… (PostgreSQL) or mongodb://… or mongodb+srv://… (MongoDB)'

export class DatabaseUriError extends Error {
  constructor(uri: string) {
    // Never echo credentials: show the scheme only.
    const scheme = uri.includes(':') ? `${uri.split(':')[0]}:…` : JSON.stringify(uri)
    super(`${ACCEPTED_DATABASE_URIS}; got ${scheme}`)
    this.name = 'DatabaseUriError'
  }
}

/** Which adapter a DATABASE_URI asks for; throws DatabaseUriError for anything else. */
export function databaseKind(uri: string): DatabaseKind {
  if (/^file:.+/.test(uri)) return 'sqlite'
  if (/^postgres(ql)?:\/\/.+/.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\/.+/.test(uri)) return 'mongodb'
  throw new DatabaseUriError(uri)
}

type MigrationList = NonNullable<Parameters<typeof postgresAdapter>[0]['prodMigrations']>

/**
 * Builds Payload's official adapter for the URI. Schema push is off everywhere: the SQL
 * databases are built by the committed migrations (see src/db/migrate.ts), so development,
 * tests and production run the same schema.
 */
export function selectDatabaseAdapter(uri: string): DatabaseAdapterObj {
  const kind = databaseKind(uri)
  if (kind === 'sqlite') {
    const file = path.resolve(uri.slice('file:'.length))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    return sqliteAdapter({
      client: { url: `file:${file}` },
      push: false,
      // WAL with synchronous=NORMAL: a commit is appended to the log without waiting for the disk;
      // the log is synced at each checkpoint. A power cut or OS crash can lose the commits since
      // the last checkpoint, never corrupt the database; a crash of the server process loses
      // nothing (README, "SQLite durability").
      // FULL (Payload's default) syncs on every commit, which a kiosk pickup pays for several times.
      wal: { synchronous: 'NORMAL' },
      busyTimeout: 5000,
      migrationDir: path.resolve(process.cwd(), 'migrations/sqlite'),
    })
  }
  if (kind === 'postgres') {
    return postgresAdapter({
      pool: {
        connectionString: uri,
        max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
        // A request waiting for a connection gives up instead of waiting for ever: Payload's REST
        // update holds its transaction's connection and asks for a second one (its lock check,
        // payloadcms/payload#8412), so more simultaneous updates than connections would otherwise
        // stop the server for good (bench/poolDeadlock.ts). Those requests fail; the server goes on.
        connectionTimeoutMillis: Number(process.env.DATABASE_POOL_TIMEOUT_MS ?? 5_000),
      },
      push: false,
      migrationDir: path.resolve(process.cwd(), 'migrations/postgres'),
    })
  }
  return mongooseAdapter({ url: uri })
}

export type { MigrationList }
