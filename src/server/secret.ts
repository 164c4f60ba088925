import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SECRET_FILE = path.resolve(process.cwd(), 'data/payload-secret')

/**
 * PAYLOAD_SECRET signs every login token. Operators set it; a machine without one (the demo, a
 * developer's checkout) gets a random secret kept in ./data so tokens survive restarts.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (fs.existsSync(SECRET_FILE)) return fs.readFileSync(SECRET_FILE, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true })
  fs.writeFileSync(SECRET_FILE, secret, { mode: 0o600 })
  return secret
}
