import type { TestProject } from 'vitest/node'

import { freshDatabase, testDatabase } from '../support/database'
import { freePort, startServer, type RunningServer } from '../support/server'

export const ADMIN = { email: 'bootstrap-admin@test.example', password: 'Bootstrap-admin-1' }

let server: RunningServer | undefined
const SECRET = 'integration-test-secret-not-for-production'

/**
 * One fresh database for the run (SQLite or PostgreSQL, by TEST_DB) and the real server on it.
 * The server's job crons are off: tests run the queue themselves so they can watch each attempt.
 */
export default async function setup(project: TestProject) {
  process.env.PAYLOAD_SECRET = SECRET
  const kind = testDatabase()
  // TEST_DB_NAME_SUFFIX keeps two checkouts on one machine from sharing a PostgreSQL test database.
  const databaseUri = await freshDatabase(kind, `estate_int_${kind}${process.env.TEST_DB_NAME_SUFFIX ?? ''}`)
  const smtpPort = await freePort()
  server = await startServer({
    DATABASE_URI: databaseUri,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JOBS_AUTORUN: 'off',
    LOGIN_RATE_LIMIT: '5',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  })
  project.provide('databaseUri', databaseUri)
  project.provide('baseURL', server.url)
  project.provide('smtpPort', smtpPort)
  project.provide('admin', ADMIN)
  return async () => {
    await server?.stop()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
    baseURL: string
    smtpPort: number
    admin: { email: string; password: string }
  }
}
