import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

import { STAFF_ROLES, type StaffRole } from '@/access/roles'
import { DEFAULT_CURRENCY, DEFAULT_TIME_ZONE } from '@/domain/estates/timeZone'
import { asOperation } from '@/domain/workflow/defineWorkflow'
import type { ServerSettings } from '@/server/settings'
import { seedDemoComplaints } from './demoComplaints'
import { seedDemoSubscriptions } from './demoSubscriptions'
import { seedProcedures } from './procedures'

export type DemoLogin = { who: string; email?: string; password?: string; apiKey?: string }

export const DEMO_PASSWORD = 'sunshine-demo'
export const demoEmail = (role: string) => `${role}@demo.sunshine-garden.example`

/** The estate a new installation starts with (an upgraded one keeps its own, made by migration). */
export const FIRST_ESTATE = {
  code: 'SG',
  name: '陽光嘉園',
  nameEn: 'Sunshine Garden',
  address: '陽光路 1 號 · 1 Sunshine Road',
}

/** The demo's second estate, so that a newcomer sees at once that estates are kept apart. */
export const SECOND_DEMO_ESTATE = {
  code: 'JL',
  name: '翠湖居',
  nameEn: 'Jade Lake Residence',
  address: '翠湖路 8 號 · 8 Jade Lake Road',
}

type EstateSeed = typeof FIRST_ESTATE

/**
 * On every start: the first estate (first start only), each estate's procedures, the bootstrap
 * admin, and the demo estates when asked for.
 */
export async function bootstrap(
  payload: Payload,
  settings: Pick<ServerSettings, 'adminEmail' | 'adminPassword' | 'demoEstate'>,
): Promise<DemoLogin[]> {
  await ensureEstate(payload, FIRST_ESTATE, { onlyIfNone: true })
  await seedEveryEstatesProcedures(payload)
  await createBootstrapAdmin(payload, settings.adminEmail, settings.adminPassword)
  return settings.demoEstate ? seedDemoEstates(payload) : []
}

/** Finds an estate by code or makes it (with its settings record). */
export async function ensureEstate(
  payload: Payload,
  seed: EstateSeed,
  { onlyIfNone = false } = {},
) {
  const byCode = await payload.find({
    collection: 'estates',
    where: { code: { equals: seed.code } },
    limit: 1,
    depth: 0,
  })
  if (byCode.docs[0]) return byCode.docs[0]
  // An installation that already has estates (an upgraded one, whose estate has another code)
  // gets no new first estate: its oldest is the first.
  if (onlyIfNone) {
    const oldest = await payload.find({
      collection: 'estates',
      sort: 'createdAt',
      limit: 1,
      depth: 0,
    })
    if (oldest.docs[0]) return oldest.docs[0]
  }
  const estate = await payload.create({
    collection: 'estates',
    data: { ...seed, timeZone: DEFAULT_TIME_ZONE, currency: DEFAULT_CURRENCY },
  })
  payload.logger.info(`Created the estate ${seed.name} (${seed.code})`)
  return estate
}

async function seedEveryEstatesProcedures(payload: Payload) {
  const estates = await payload.find({
    collection: 'estates',
    limit: 0,
    depth: 0,
    pagination: false,
  })
  for (const estate of estates.docs) await seedProcedures(payload, estate.id)
}

/** ADMIN_EMAIL / ADMIN_PASSWORD make the first admin (of every estate) when there is no staff. */
export async function createBootstrapAdmin(payload: Payload, email?: string, password?: string) {
  if (!email || !password) return false
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator 系統管理員', allEstates: true },
  })
  payload.logger.info(`Created the admin account ${email}`)
  return true
}

async function ensureStaff(
  payload: Payload,
  email: string,
  name: string,
  memberships: { estate: number; roles: StaffRole[] }[],
) {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
  })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email, password: DEMO_PASSWORD, name, memberships },
    })
  }
  return { email, password: DEMO_PASSWORD }
}

/**
 * Two estates for trying the system out: one staff account per role at each, a person who is cs
 * at one and supervisor at the other, a lobby kiosk and a household with a portal account at
 * each (both at unit 1-0101: a unit exists once per estate). Idempotent.
 */
export async function seedDemoEstates(payload: Payload): Promise<DemoLogin[]> {
  const first = await ensureEstate(payload, FIRST_ESTATE, { onlyIfNone: true })
  const second = await ensureEstate(payload, SECOND_DEMO_ESTATE)
  await seedProcedures(payload, second.id)
  const logins: DemoLogin[] = []
  for (const role of STAFF_ROLES) {
    logins.push({
      who: `${first.code} ${role}`,
      ...(await ensureStaff(payload, demoEmail(role), `Demo ${role}`, [
        { estate: first.id, roles: [role] },
      ])),
    })
  }
  for (const role of ['admin', 'cs', 'guard'] as const) {
    logins.push({
      who: `${second.code} ${role}`,
      ...(await ensureStaff(payload, `${role}@demo.jade-lake.example`, `Demo ${role} 翠湖`, [
        { estate: second.id, roles: [role] },
      ])),
    })
  }
  logins.push({
    who: `${first.code} cs + ${second.code} supervisor`,
    ...(await ensureStaff(payload, 'two-estates@demo.sunshine-garden.example', '陳兩苑 Chan', [
      { estate: first.id, roles: ['cs'] },
      { estate: second.id, roles: ['supervisor'] },
    ])),
  })
  for (const estate of [first, second]) {
    logins.push(await seedDemoKiosk(payload, estate))
  }
  logins.push(
    await seedDemoHousehold(payload, first.id, 'resident@demo.sunshine-garden.example', [
      { name: '林志明', gender: 'male', relationship: 'owner', age: null },
      { name: '林陳美玲', gender: 'female', relationship: 'spouse', age: null },
      { name: '林小晴', gender: 'female', relationship: 'child', age: 6 },
    ]),
    await seedDemoHousehold(payload, second.id, 'resident@demo.jade-lake.example', [
      { name: '周家豪', gender: 'male', relationship: 'owner', age: null },
      { name: '周嘉欣', gender: 'female', relationship: 'child', age: 9 },
    ]),
  )
  for (const estate of [first, second]) await seedDemoMail(payload, estate.id)
  await seedDemoSubscriptions(payload, first.id, '1-0101', {
    cs: demoEmail('cs'),
    supervisor: demoEmail('supervisor'),
  })
  await seedDemoSubscriptions(payload, second.id, '1-0101', {
    cs: 'cs@demo.jade-lake.example',
    supervisor: 'two-estates@demo.sunshine-garden.example',
  })
  await seedDemoComplaints(payload, first.id, {
    resident: 'resident@demo.sunshine-garden.example',
    cs: demoEmail('cs'),
    supervisor: demoEmail('supervisor'),
    engineering: demoEmail('engineering'),
    environment: demoEmail('environment'),
  })
  return logins
}

/** A tiny white PNG: the demo's stand-in for a drawn signature. */
const DEMO_SIGNATURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
)

/**
 * A counted and signed batch of mail at each demo estate, with items waiting for the demo
 * household (so the portal shows a pickup QR code and the kiosk has something to hand over).
 */
async function seedDemoMail(payload: Payload, estate: number) {
  const { totalDocs } = await payload.count({
    collection: 'mail-batches',
    where: { estate: { equals: estate } },
  })
  if (totalDocs > 0) return
  const household = (
    await payload.find({
      collection: 'households',
      where: { unit: { equals: '1-0101' }, estate: { equals: estate } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  if (!household) return
  const members = await payload.find({
    collection: 'members',
    where: { household: { equals: household.id } },
    sort: 'ordinal',
    limit: 2,
    depth: 0,
  })
  const batch = await payload.create({
    collection: 'mail-batches',
    data: { source: 'post-office', declaredCount: 3, estate },
  })
  const signature = await payload.create({
    collection: 'signatures',
    data: { estate },
    file: {
      data: DEMO_SIGNATURE,
      mimetype: 'image/png',
      name: `signature-demo-batch-${estate}.png`,
      size: DEMO_SIGNATURE.length,
    },
  })
  await payload.update({
    collection: 'mail-batches',
    id: batch.id,
    data: {
      status: 'accepted',
      countedCount: 3,
      countMismatch: false,
      csSignature: signature.id,
      acceptedAt: new Date().toISOString(),
    },
    context: asOperation('accept-batch'),
  })
  const [owner, spouse] = members.docs
  const items = [
    { member: owner?.id, kind: 'registered', trackingNumber: 'RR204318776CN', location: 'A-2' },
    { member: owner?.id, kind: 'parcel', trackingNumber: 'SF1409288311', location: 'P-7' },
    { member: spouse?.id ?? owner?.id, kind: 'letter', location: 'A-2' },
  ] as const
  for (const item of items) {
    await payload.create({
      collection: 'mail-items',
      data: { batch: batch.id, household: household.id, ...item },
    })
  }
}

async function seedDemoKiosk(
  payload: Payload,
  estate: { id: number; code: string },
): Promise<DemoLogin> {
  const name = `Lobby demo kiosk ${estate.code}`
  // Stable across restarts without being guessable: derived from this installation's secret.
  const apiKey = createHmac('sha256', payload.secret)
    .update(`demo-kiosk-${estate.code}`)
    .digest('hex')
  const { totalDocs } = await payload.count({
    collection: 'kiosks',
    where: { name: { equals: name } },
  })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'kiosks',
      data: {
        name,
        location: 'Block 1 lobby 一座大堂',
        enableAPIKey: true,
        apiKey,
        estate: estate.id,
      },
    })
  }
  return { who: `${estate.code} kiosk`, apiKey }
}

type DemoMember = {
  name: string
  gender: 'male' | 'female'
  relationship: 'owner' | 'spouse' | 'child'
  age: number | null
}

/** A household before move-in (passes prepared, receipt printable) with a portal account. */
async function seedDemoHousehold(
  payload: Payload,
  estate: number,
  email: string,
  members: DemoMember[],
): Promise<DemoLogin> {
  const unit = '1-0101'
  const existing = await payload.find({
    collection: 'households',
    where: { unit: { equals: unit }, estate: { equals: estate } },
    limit: 1,
  })
  const household =
    existing.docs[0] ?? (await payload.create({ collection: 'households', data: { unit, estate } }))
  if (!existing.docs[0]) {
    let owner: number | undefined
    for (const m of members) {
      const doc = await payload.create({
        collection: 'members',
        data: { household: household.id, ...m },
      })
      owner ??= doc.id
    }
    await payload.create({
      collection: 'residents',
      data: {
        email,
        password: DEMO_PASSWORD,
        name: members[0]!.name,
        household: household.id,
        member: owner,
      },
    })
  }
  return { who: `resident ${unit}`, email, password: DEMO_PASSWORD }
}

export function printDemoLogins(logins: DemoLogin[], port: number) {
  const lines = [
    '',
    `Demo estates — staff: http://localhost:${port}/admin · residents: http://localhost:${port}/portal`,
    ...logins.map((l) =>
      l.email
        ? `  ${l.who.padEnd(28)} ${l.email.padEnd(46)} ${l.password}`
        : `  ${l.who.padEnd(28)} Authorization: kiosks API-Key ${l.apiKey}`,
    ),
    '',
  ]
  console.log(lines.join('\n'))
}
