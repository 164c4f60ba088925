import { randomUUID } from 'node:crypto'
import { getPayload, type Payload } from 'payload'

import type { StaffRole } from '@/access/roles'
import { PASS_SETTINGS_TTL_MS } from '@/domain/passes/settings'

let instance: Promise<Payload> | undefined

/** The Local API, in the test process, on the same database as the running server. */
export function testPayload(): Promise<Payload> {
  instance ??= import('@payload-config').then(({ default: config }) => getPayload({ config }))
  return instance
}

export const TEST_PASSWORD = 'Test-password-1'

type Id = number | string
let firstEstate: Promise<{ id: number; code: string }> | undefined

/** The estate the server made at its first start (SG): where the tests' records live by default. */
export function testEstate(): Promise<{ id: number; code: string }> {
  firstEstate ??= testPayload().then(async (payload) => {
    const found = await payload.find({
      collection: 'estates',
      where: { code: { equals: 'SG' } },
      limit: 1,
    })
    if (!found.docs[0]) throw new Error('the server made no first estate (SG)')
    return found.docs[0]
  })
  return firstEstate
}

/** Another estate of the same installation, with its own settings record. */
export async function makeEstate(name = '另一屋苑') {
  const payload = await testPayload()
  const code = `T${randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase()}`
  return payload.create({
    collection: 'estates',
    data: { name, nameEn: `Estate ${code}`, code, timeZone: 'Asia/Shanghai', currency: 'CNY' },
  })
}

/** Changes an estate's pass settings (PAS-3) with full access. */
export async function setEstateSettings(
  estate: Id,
  data: { freePassesPerMember?: number; extraPassFee?: number; maxUnpaidExtraPasses?: number },
) {
  const payload = await testPayload()
  const found = await payload.find({
    collection: 'estate-settings',
    where: { estate: { equals: estate } },
    limit: 1,
  })
  const before = found.docs[0]!
  await payload.update({ collection: 'estate-settings', id: before.id, data })
  // The server process keeps an estate's settings for a moment (PASS_SETTINGS_TTL_MS); a change
  // made here, in the test process, reaches it when that has passed, as in a second server.
  await new Promise((resolve) => setTimeout(resolve, PASS_SETTINGS_TTL_MS + 100))
  return before
}

export type TestStaff = {
  id: number | string
  email: string
  password: string
  roles: StaffRole[]
  estate: Id
}

/**
 * A new staff account with its own unique e-mail, made with full access like an admin would:
 * the roles at one estate (the first estate unless told), working there.
 */
export async function makeStaff(
  roles: StaffRole[],
  name = `Test ${roles.join('+')}`,
  { estate, also = [] }: { estate?: Id; also?: { estate: Id; roles: StaffRole[] }[] } = {},
): Promise<TestStaff> {
  const payload = await testPayload()
  const here = estate ?? (await testEstate()).id
  const email = `${roles.join('-') || 'none'}-${randomUUID().slice(0, 8)}@test.example`
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: TEST_PASSWORD,
      name,
      memberships: [
        { estate: here as number, roles },
        ...also.map((m) => ({ ...m, estate: m.estate as number })),
      ],
      currentEstate: here as number,
    },
  })
  return { id: user.id, email, password: TEST_PASSWORD, roles, estate: here }
}

/** A lobby kiosk with a fresh API key, at the first estate unless told. */
export async function makeKiosk({ estate }: { estate?: Id } = {}): Promise<{
  id: number | string
  apiKey: string
}> {
  const payload = await testPayload()
  const apiKey = randomUUID()
  const kiosk = await payload.create({
    collection: 'kiosks',
    data: {
      name: `Kiosk ${apiKey.slice(0, 6)}`,
      enableAPIKey: true,
      apiKey,
      estate: (estate ?? (await testEstate()).id) as number,
    },
  })
  return { id: kiosk.id, apiKey }
}

/** The user object Payload's access functions receive for a staff member. */
export async function asUser(staff: TestStaff) {
  const payload = await testPayload()
  const user = await payload.findByID({ collection: 'users', id: staff.id })
  return { ...user, collection: 'users' as const }
}

let unitCounter = 0
/** A unit number no other test uses, e.g. 7-4821. */
export function uniqueUnit(): string {
  unitCounter++
  return `${1 + Math.floor(Math.random() * 98)}-${String(unitCounter).padStart(2, '0')}${String(Math.floor(Math.random() * 9999)).padStart(4, '0')}`
}

/** A household with members, made as customer service would (each member gets 3 passes). */
export async function makeHousehold(
  members: { name: string; relationship?: string; gender?: string; age?: number }[] = [
    { name: '王大明', relationship: 'owner', gender: 'male' },
  ],
  { estate, unit }: { estate?: Id; unit?: string } = {},
) {
  const payload = await testPayload()
  const household = await payload.create({
    collection: 'households',
    data: { unit: unit ?? uniqueUnit(), estate: (estate ?? (await testEstate()).id) as number },
  })
  const created = []
  for (const m of members) {
    created.push(
      await payload.create({
        collection: 'members',
        data: {
          household: household.id,
          name: m.name,
          relationship: (m.relationship ?? 'owner') as 'owner',
          gender: (m.gender ?? 'female') as 'female',
          age: m.age ?? null,
        },
      }),
    )
  }
  return { household, members: created }
}

/** A portal account for a household, with a known password. */
export async function makeResident(householdId: number | string, memberId?: number | string) {
  const payload = await testPayload()
  const email = `resident-${randomUUID().slice(0, 8)}@test.example`
  const resident = await payload.create({
    collection: 'residents',
    data: {
      email,
      password: TEST_PASSWORD,
      name: 'Resident 住戶',
      household: householdId as number,
      member: (memberId as number) ?? null,
    },
  })
  return { id: resident.id, email, password: TEST_PASSWORD }
}

/** A tiny valid PNG (1×1), as a data URL — what a signature pad sends. */
export const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

/**
 * Runs a task's queued jobs now, as the server's cron does within seconds (the int servers run no
 * crons): e.g. `tellNewComplaint`, which stores a new complaint's e-mails after its request.
 */
export async function runQueuedJobs(task: string) {
  const payload = await testPayload()
  await payload.jobs.run({ limit: 200, where: { taskSlug: { equals: task } } })
}
