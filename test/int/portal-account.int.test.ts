/**
 * Issue 8, the portal: a resident's own account. “Forgot password” from the portal's sign-in page
 * (the same answer for every address, counted, the e-mail through the outbox, a link that works
 * once and for an hour) and the profile (phone and e-mail kept current, an e-mail change confirmed
 * with the current password, nobody else's record). Each test uses its own loopback address
 * (127.0.8.x) so the per-address counters are its own.
 */
import { describe, expect, it } from 'vitest'

import { api, graphql, login, requestFrom } from '../support/http'
import {
  makeHousehold,
  makeResident,
  makeStaff,
  TEST_PASSWORD,
  testPayload,
} from '../support/payload'

const forgot = (address: string, email: string, lang = 'en') =>
  requestFrom(address, '/api/residents/forgot-password', {
    method: 'POST',
    json: { email },
    headers: { 'Accept-Language': lang },
  })

async function outboxFor(to: string) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { to: { equals: to } },
    sort: '-createdAt',
    depth: 0,
    limit: 10,
    overrideAccess: true,
  })
  return docs
}

const linkIn = (body: string) => /\/portal\/set-password\?token=([\w%-]+)/.exec(body)

async function residentWithAccount(language?: 'en' | 'zh-TW') {
  const { household } = await makeHousehold()
  const resident = await makeResident(household.id)
  if (language) {
    const payload = await testPayload()
    await payload.update({ collection: 'residents', id: resident.id, data: { language } })
  }
  return resident
}

describe('anonymous', () => {
  it('forgot password: the e-mail is queued in the outbox in the resident’s language, with an hour-long link to the portal', async () => {
    const resident = await residentWithAccount('en')
    const asked = Date.now()
    expect((await forgot('127.0.8.1', resident.email)).status).toBe(200)
    const [message] = await outboxFor(resident.email)
    expect(message?.status).toBe('queued')
    expect(message?.subject).toMatch(/resident portal: set a new password/)
    expect(message?.body).toMatch(/^Dear Resident 住戶,/)
    expect(message?.body).toMatch(/works once, within 60 minutes/)
    expect(message?.estate).toBeTruthy()
    expect(linkIn(message!.body)).toBeTruthy()
    // The delivery is the outbox job's: one job for this message.
    const payload = await testPayload()
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.notificationId': { equals: String(message!.id) } } as never,
      limit: 1,
    })
    expect(jobs.totalDocs).toBe(1)
    // The token lasts an hour, not the invitation's week.
    const stored = await payload.db.findOne<{ id: number; resetPasswordExpiration?: string }>({
      collection: 'residents',
      where: { id: { equals: resident.id } },
    })
    const lifetime = new Date(stored!.resetPasswordExpiration!).getTime() - asked
    expect(lifetime).toBeGreaterThan(55 * 60 * 1000)
    expect(lifetime).toBeLessThan(65 * 60 * 1000)
  })

  it('forgot password: a known and an unknown address get the same answer, and only the known one gets an e-mail', async () => {
    const resident = await residentWithAccount()
    const unknownEmail = `nobody-${Date.now()}@test.example`
    const known = await forgot('127.0.8.2', resident.email, 'zh-TW')
    const unknown = await forgot('127.0.8.2', unknownEmail, 'zh-TW')
    expect(known.status).toBe(200)
    expect(unknown).toEqual(known)
    expect(await outboxFor(unknownEmail)).toHaveLength(0)
    const [message] = await outboxFor(resident.email)
    expect(message?.subject).toMatch(/住戶網上服務：重設密碼$/)
    expect(message?.body).toMatch(/只可使用一次，60 分鐘內有效/)
    // GraphQL's door answers the same for both too.
    const gqlKnown = await graphql(
      `mutation { forgotPasswordResident(email: "${resident.email}") }`,
    )
    const gqlUnknown = await graphql(
      `mutation { forgotPasswordResident(email: "${unknownEmail}") }`,
    )
    expect(gqlUnknown.body).toEqual(gqlKnown.body)
  })

  it('forgot password: rate-limited per address with a coded refusal, whichever addresses are asked for', async () => {
    for (let i = 0; i < 5; i++)
      expect((await forgot('127.0.8.3', `probe-${i}-${Date.now()}@test.example`)).status).toBe(200)
    const refused = await forgot('127.0.8.3', `probe-x-${Date.now()}@test.example`)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].data.code).toBe('auth.too-many-attempts')
    expect(refused.body.errors[0].message).toMatch(/^Too many attempts/)
    const inChinese = await forgot('127.0.8.3', `probe-y-${Date.now()}@test.example`, 'zh-TW')
    expect(inChinese.body.errors[0].message).toMatch(/^嘗試次數過多/)
  })

  it('forgot password: the link sets a new password once; used again it is refused', async () => {
    const resident = await residentWithAccount()
    expect((await forgot('127.0.8.4', resident.email)).status).toBe(200)
    const token = decodeURIComponent(linkIn((await outboxFor(resident.email))[0]!.body)![1]!)
    const reset = (password: string) =>
      requestFrom('127.0.8.4', '/api/residents/reset-password', {
        method: 'POST',
        json: { token, password },
      })
    expect((await reset('Lotus-pond-bridge-7')).status).toBe(200)
    expect(await login(resident.email, 'Lotus-pond-bridge-7', 'residents')).toBeTruthy()
    expect((await reset('Another-new-password-8')).status).toBe(403)
    expect(await login(resident.email, 'Lotus-pond-bridge-7', 'residents')).toBeTruthy()
  })

  it('profile: an anonymous caller changes nobody’s phone', async () => {
    const resident = await residentWithAccount()
    const res = await api(`/api/residents/${resident.id}`, {
      method: 'PATCH',
      json: { phone: '13800138000' },
    })
    expect([401, 403, 404]).toContain(res.status)
  })
})

describe('resident', () => {
  const patchSelf = async (
    resident: { id: number | string; email: string; password: string },
    json: Record<string, unknown>,
    lang = 'en',
  ) =>
    api(`/api/residents/${resident.id}`, {
      method: 'PATCH',
      auth: { token: await login(resident.email, resident.password, 'residents') },
      json,
      headers: { 'Accept-Language': lang },
    })

  it('profile: keeps their phone number current; a bad one is refused with a coded message in their language', async () => {
    // The account's language comes first (the portal saves the reader's choice there).
    const resident = await residentWithAccount('en')
    const ok = await patchSelf(resident, { phone: '  +86 138   0013 8000 ' })
    expect(ok.status).toBe(200)
    expect(ok.body.doc.phone).toBe('+86 138 0013 8000')
    const bad = await patchSelf(resident, { phone: 'call me maybe' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.code).toBe('resident.phone-invalid')
    expect(bad.body.errors[0].message).toMatch(/^Enter a phone number of 6 to 15 digits/)
    const inChinese = await patchSelf(await residentWithAccount('zh-TW'), { phone: '123' }, 'en')
    expect(inChinese.body.errors[0].message).toMatch(/^請輸入 6 至 15 位數字的電話號碼/)
    // Cleared, it is no phone at all.
    const cleared = await patchSelf(resident, { phone: '' })
    expect(cleared.status).toBe(200)
    expect(cleared.body.doc.phone ?? null).toBeNull()
  })

  it('profile: changing the e-mail needs the current password; a wrong one is refused and counted', async () => {
    const resident = await residentWithAccount()
    const newEmail = `moved-${Date.now()}@test.example`
    const missing = await patchSelf(resident, { email: newEmail })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.code).toBe('resident.current-password-required')
    const wrong = await patchSelf(resident, { email: newEmail, currentPassword: 'not-my-password' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.code).toBe('resident.current-password-wrong')
    const invalid = await patchSelf(resident, {
      email: 'not-an-address',
      currentPassword: TEST_PASSWORD,
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.errors[0].data.code).toBe('resident.email-invalid')

    const changed = await patchSelf(resident, { email: newEmail, currentPassword: TEST_PASSWORD })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.email).toBe(newEmail)
    expect(changed.body.doc.currentPassword).toBeUndefined()
    expect(await login(newEmail, TEST_PASSWORD, 'residents')).toBeTruthy()
    // The old address is told, in case it was not them.
    const [notice] = await outboxFor(resident.email)
    expect(notice?.subject).toMatch(/電郵地址已更改/)
    expect(notice?.body).toContain(newEmail)
    // The same case-insensitive address is no change and needs no password.
    const same = await patchSelf(
      { ...resident, email: newEmail },
      { email: newEmail.toUpperCase(), phone: '020 8765 4321' },
    )
    expect(same.status).toBe(200)
  })

  it('profile: wrong current passwords are limited per account', async () => {
    const resident = await residentWithAccount()
    const token = await login(resident.email, resident.password, 'residents')
    const attempt = (password: string) =>
      api(`/api/residents/${resident.id}`, {
        method: 'PATCH',
        auth: { token },
        json: { email: `x-${Date.now()}@test.example`, currentPassword: password },
      })
    for (let i = 0; i < 5; i++) expect((await attempt(`guess-${i}`)).status).toBe(400)
    const refused = await attempt(TEST_PASSWORD)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].data.code).toBe('auth.too-many-attempts')
  })

  it('profile: an address another account uses is refused', async () => {
    const resident = await residentWithAccount()
    const other = await residentWithAccount()
    const res = await patchSelf(resident, { email: other.email, currentPassword: TEST_PASSWORD })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.code).toBe('resident.email-taken')
  })

  it('profile: GEN-5 another resident’s record cannot be changed through REST or GraphQL', async () => {
    const resident = await residentWithAccount()
    const other = await residentWithAccount()
    const token = await login(resident.email, resident.password, 'residents')
    const rest = await api(`/api/residents/${other.id}`, {
      method: 'PATCH',
      auth: { token },
      json: {
        phone: '13800138000',
        email: `stolen-${Date.now()}@test.example`,
        currentPassword: TEST_PASSWORD,
      },
    })
    expect([403, 404]).toContain(rest.status)
    const gql = await graphql(
      `mutation { updateResident(id: ${other.id}, data: { phone: "13800138000" }) { id phone } }`,
      { token },
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect(gql.body.data?.updateResident ?? null).toBeNull()
    const payload = await testPayload()
    const after = await payload.findByID({ collection: 'residents', id: other.id, depth: 0 })
    expect(after.phone ?? null).toBeNull()
    expect(after.email).toBe(other.email)
    // Nor the household or member of their own record: those fields are the office's.
    const own = await api(`/api/residents/${resident.id}`, {
      method: 'PATCH',
      auth: { token },
      json: { household: 999999 },
    })
    const mine = await payload.findByID({ collection: 'residents', id: resident.id, depth: 0 })
    expect(String(mine.household)).not.toBe('999999')
    expect(own.status).toBeLessThan(500)
  })

  it('profile: a malformed id is a 400, never a 500', async () => {
    const resident = await residentWithAccount()
    const res = await patchSelf({ ...resident, id: 'abc' }, { phone: '13800138000' })
    expect(res.status).toBe(400)
  })
})

describe('cs', () => {
  it('profile: the office changes a resident’s e-mail without the resident’s password', async () => {
    const resident = await residentWithAccount()
    const staff = await makeStaff(['cs'])
    const token = await login(staff.email, staff.password)
    const newEmail = `desk-${Date.now()}@test.example`
    const res = await api(`/api/residents/${resident.id}`, {
      method: 'PATCH',
      auth: { token },
      json: { email: newEmail, phone: '13900139000' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.email).toBe(newEmail)
    expect(res.body.doc.phone).toBe('13900139000')
  })
})
