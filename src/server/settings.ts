import { DEFAULT_DATABASE_URI, databaseKind, type DatabaseKind } from '../db/selectDatabaseAdapter'

export type ServerSettings = {
  port: number
  dev: boolean
  databaseUri: string
  databaseKind: DatabaseKind
  adminEmail?: string
  adminPassword?: string
  demoEstate: boolean
  publicUrl?: string
  trustProxy: string | false
}

/** Reads and checks the environment once; a bad value throws an error whose message is one line. */
export function readServerSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const databaseUri = env.DATABASE_URI || DEFAULT_DATABASE_URI
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535; got ${JSON.stringify(env.PORT)}`)
  }
  return {
    port,
    dev: env.NODE_ENV !== 'production',
    databaseUri,
    databaseKind: databaseKind(databaseUri),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoEstate: env.DEMO_ESTATE === '1' || env.DEMO_ESTATE === 'true',
    publicUrl: env.PUBLIC_URL || undefined,
    trustProxy: env.TRUST_PROXY || false,
  }
}
