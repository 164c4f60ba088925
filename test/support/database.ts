import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = 'sqlite' | 'postgres'

export const testDatabase = (): TestDatabase =>
  process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'

/** The PostgreSQL server tests use (this machine kind runs one with trust auth on loopback). */
export const postgresServerUri = () =>
  process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432'

/** Makes an empty database of the requested kind and returns its DATABASE_URI. */
export async function freshDatabase(kind: TestDatabase, name: string): Promise<string> {
  if (kind === 'sqlite') {
    const file = path.resolve('tmp', `${name}.db`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
    return `file:${file}`
  }
  const admin = new pg.Client({ connectionString: `${postgresServerUri()}/postgres` })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  return `${postgresServerUri()}/${name}`
}

/** Runs SQL as the PostgreSQL superuser (test-only controls such as refusing connections). */
export async function postgresAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${postgresServerUri()}/postgres` })
  await admin.connect()
  try {
    await admin.query(sql)
  } finally {
    await admin.end()
  }
}
