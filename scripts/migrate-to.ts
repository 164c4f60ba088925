/**
 * Migrates a database only as far as a named migration (its name's suffix, e.g. `hardening`):
 * the upgrade test builds a database as an older release left it. Usage, with DATABASE_URI set:
 *   node --import tsx scripts/migrate-to.ts hardening
 */
import type { Migration } from 'payload'
import { getPayload } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { databaseKind } from '../src/db/selectDatabaseAdapter'

const last = process.argv[2]
const uri = process.env.DATABASE_URI ?? ''
const list = (databaseKind(uri) === 'postgres'
  ? postgresMigrations
  : sqliteMigrations) as unknown as Migration[]
const end = list.findIndex((migration) => migration.name.endsWith(`_${last}`))
if (!last || end < 0) {
  console.error(`no migration named *_${last}; have: ${list.map((m) => m.name).join(', ')}`)
  process.exit(2)
}
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
await payload.db.migrate({ migrations: list.slice(0, end + 1) })
console.log(`migrated to ${list[end]!.name}`)
process.exit(0)
