import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

import { STAFF_ROLES } from '@/access/roles'
import type { ServerSettings } from '@/server/settings'
import { seedProcedures } from './procedures'

export type DemoLogin = { who: string; email?: string; password?: string; apiKey?: string }

const DEMO_KIOSK = 'Lobby demo kiosk'

export const DEMO_PASSWORD = 'sunshine-demo'
export const demoEmail = (role: string) => `${role}@demo.sunshine-garden.example`

/** On every start: the procedures (first start only), the bootstrap admin, and the demo estate. */
export async function bootstrap(
  payload: Payload,
  settings: Pick<ServerSettings, 'adminEmail' | 'adminPassword' | 'demoEstate'>,
): Promise<DemoLogin[]> {
  await seedProcedures(payload)
  await createBootstrapAdmin(payload, settings.adminEmail, settings.adminPassword)
  return settings.demoEstate ? seedDemoEstate(payload) : []
}

/** ADMIN_EMAIL / ADMIN_PASSWORD make the first admin when there is no staff account at all. */
export async function createBootstrapAdmin(payload: Payload, email?: string, password?: string) {
  if (!email || !password) return false
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator 系統管理員', roles: ['admin'] },
  })
  payload.logger.info(`Created the admin account ${email}`)
  return true
}

/** One staff account per role and a lobby kiosk, for trying the system out. Idempotent. */
export async function seedDemoEstate(payload: Payload): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = []
  for (const role of STAFF_ROLES) {
    const email = demoEmail(role)
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: email } },
    })
    if (totalDocs === 0) {
      await payload.create({
        collection: 'users',
        data: { email, password: DEMO_PASSWORD, name: `Demo ${role}`, roles: [role] },
      })
    }
    logins.push({ who: role, email, password: DEMO_PASSWORD })
  }
  // Stable across restarts without being guessable: derived from this installation's secret.
  const apiKey = createHmac('sha256', payload.secret).update('demo-kiosk').digest('hex')
  const { totalDocs } = await payload.count({
    collection: 'kiosks',
    where: { name: { equals: DEMO_KIOSK } },
  })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'kiosks',
      data: { name: DEMO_KIOSK, location: 'Block 1 lobby 一座大堂', enableAPIKey: true, apiKey },
    })
  }
  logins.push({ who: 'kiosk', apiKey })
  logins.push(await seedDemoHousehold(payload))
  return logins
}

/** A household before move-in (passes prepared, receipt printable) with a portal account. */
async function seedDemoHousehold(payload: Payload): Promise<DemoLogin> {
  const email = 'resident@demo.sunshine-garden.example'
  const existing = await payload.find({ collection: 'households', where: { unit: { equals: '1-0101' } }, limit: 1 })
  const household =
    existing.docs[0] ?? (await payload.create({ collection: 'households', data: { unit: '1-0101' } }))
  if (!existing.docs[0]) {
    const members = [
      { name: '林志明', gender: 'male', relationship: 'owner', age: null },
      { name: '林陳美玲', gender: 'female', relationship: 'spouse', age: null },
      { name: '林小晴', gender: 'female', relationship: 'child', age: 6 },
    ] as const
    let owner: number | undefined
    for (const m of members) {
      const doc = await payload.create({ collection: 'members', data: { household: household.id, ...m } })
      owner ??= doc.id
    }
    await payload.create({
      collection: 'residents',
      data: { email, password: DEMO_PASSWORD, name: '林志明', household: household.id, member: owner },
    })
  }
  return { who: 'resident 1-0101', email, password: DEMO_PASSWORD }
}

export function printDemoLogins(logins: DemoLogin[], port: number) {
  const lines = [
    '',
    `Demo estate — staff: http://localhost:${port}/admin · residents: http://localhost:${port}/portal`,
    ...logins.map((l) =>
      l.email
        ? `  ${l.who.padEnd(15)} ${l.email.padEnd(46)} ${l.password}`
        : `  ${l.who.padEnd(15)} Authorization: kiosks API-Key ${l.apiKey}`,
    ),
    '',
  ]
  console.log(lines.join('\n'))
}
