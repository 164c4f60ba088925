/**
 * Found by the mail bench on PostgreSQL: more simultaneous REST updates than the server has
 * database connections stop the server for good. The updates never answer; PostgreSQL shows
 * their connections idle in transaction after reading the document (with 3 connections: two so,
 * one idle), so the server waits on itself, not on the database. The health watch then finds the
 * database "down" and every later request gets 503 until a restart. The hook-free
 * `benchmark-baselines` is enough: Payload's REST update (3.90.1, db-postgres), not a rule of
 * ours. The cause: a REST update checks the document's lock (`overrideLock` is false over REST,
 * true in the Local API) with `payload.db.find` on `payload-locked-documents` *without* the
 * request's transaction (payload/dist/utilities/checkDocumentLockStatus.js, deliberately so since
 * payloadcms/payload#11273), so each update holding its transaction's connection waits for a
 * second one; upstream: payloadcms/payload#8412. Ways out: `lockDocuments: false` on collections
 * the admin need not lock, a pool larger than the simultaneous updates, or patching Payload.
 *
 * Since the pool gives up after DATABASE_POOL_TIMEOUT_MS (src/db/selectDatabaseAdapter.ts), the
 * stuck requests get 503 and the server goes on; this script checks that it does.
 *
 * `node --conditions=production --import tsx bench/poolDeadlock.ts` starts the server on a fresh
 * PostgreSQL database `bench_mail_deadlock` with DATABASE_POOL_SIZE=3, sends 20 PATCHes at once
 * and exits 1 when they are still unanswered after 20 s (with what PostgreSQL's sessions wait on).
 */
import pg from 'pg'

import { freshDatabase } from '../test/support/database'
import { startServer } from '../test/support/server'

const ADMIN = { email: 'deadlock-admin@example.com', password: 'deadlock-admin-password-1' }
const POOL = Number(process.env.POOL ?? 3)
const AT_ONCE = Number(process.env.AT_ONCE ?? 20)

async function main() {
  const uri = await freshDatabase('postgres', 'bench_mail_deadlock')
  const server = await startServer({
    DATABASE_URI: uri,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    PAYLOAD_SECRET: 'bench',
    JOBS_AUTORUN: 'off',
    DATABASE_POOL_SIZE: String(POOL),
  })
  const db = new pg.Client({ connectionString: uri })
  await db.connect()
  try {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    }).then((res) => res.json())
    const headers = { Authorization: `JWT ${login.token}`, 'Content-Type': 'application/json' }
    const ids: number[] = []
    for (let i = 0; i < AT_ONCE; i++) {
      const made = await fetch(`${server.url}/api/benchmark-baselines?depth=0`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ status: 'prepared', ordinal: i }),
      }).then((res) => res.json())
      ids.push(made.doc.id)
    }
    const patches = Promise.all(
      ids.map((id) =>
        fetch(`${server.url}/api/benchmark-baselines/${id}?depth=0`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ status: 'active', feePaidAt: new Date().toISOString() }),
        }).then((res) => res.status),
      ),
    )
    const outcome = await Promise.race([
      patches.then((statuses) => statuses.join(' ')),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000)),
    ])
    const sessions = await db.query(
      `SELECT state, left(query, 80) AS query FROM pg_stat_activity
       WHERE datname = 'bench_mail_deadlock' AND pid <> pg_backend_pid()`,
    )
    console.log(`${AT_ONCE} PATCHes at once, ${POOL} connections: ${outcome ?? 'STUCK after 20 s'}`)
    for (const s of sessions.rows) console.log(`  ${s.state}: ${s.query}`)
    if (outcome === null) process.exitCode = 1
  } finally {
    await db.end()
    await server.stop('SIGKILL')
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
