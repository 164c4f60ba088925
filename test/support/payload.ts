import { randomUUID } from 'node:crypto'
import { getPayload, type Payload } from 'payload'

import type { StaffRole } from '@/access/roles'

let instance: Promise<Payload> | undefined

/** The Local API, in the test process, on the same database as the running server. */
export function testPayload(): Promise<Payload> {
  instance ??= import('@payload-config').then(({ default: config }) => getPayload({ config }))
  return instance
}

export const TEST_PASSWORD = 'Test-password-1'

export type TestStaff = { id: number | string; email: string; password: string; roles: StaffRole[] }

/** A new staff account with its own unique e-mail, made with full access like an admin would. */
export async function makeStaff(roles: StaffRole[], name = `Test ${roles.join('+')}`): Promise<TestStaff> {
  const payload = await testPayload()
  const email = `${roles.join('-') || 'none'}-${randomUUID().slice(0, 8)}@test.example`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name, roles },
  })
  return { id: user.id, email, password: TEST_PASSWORD, roles }
}

/** A lobby kiosk with a fresh API key. */
export async function makeKiosk(): Promise<{ id: number | string; apiKey: string }> {
  const payload = await testPayload()
  const apiKey = randomUUID()
  const kiosk = await payload.create({
    collection: 'kiosks',
    data: { name: `Kiosk ${apiKey.slice(0, 6)}`, enableAPIKey: true, apiKey },
  })
  return { id: kiosk.id, apiKey }
}

/** The user object Payload's access functions receive for a staff member. */
export async function asUser(staff: TestStaff) {
  const payload = await testPayload()
  const user = await payload.findByID({ collection: 'users', id: staff.id })
  return { ...user, collection: 'users' as const }
}
