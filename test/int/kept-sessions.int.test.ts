/**
 * The server keeps the account a session token or a kiosk's key was bound to
 * (src/auth/keptSessions.ts) instead of reading it whole on every request. These tests change the
 * account the way an office does — through the server, and through another process on the same
 * database (this test process's Local API) — and check that the very next request with the same
 * credentials sees the change: a sign-out, a role given or taken away, a new or disabled key, an
 * account removed, a cookie sent from another site, credentials that are no credentials.
 */
import { randomUUID } from 'node:crypto'

import { describe, expect, inject, it } from 'vitest'

import { api, login } from '../support/http'
import {
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  testEstate,
  testPayload,
} from '../support/payload'

const me = async (token: string, collection = 'users') =>
  (await api(`/api/${collection}/me`, { auth: { token } })).body.user as { id: number } | null

/** The staff accounts the token's holder may read (their own only, unless they manage). */
const staffSeen = async (token: string) => {
  const res = await api('/api/users?limit=200&depth=0', { auth: { token } })
  expect(res.status).toBe(200)
  return res.body.totalDocs as number
}

describe('staff: guard', () => {
  it('sessions: a token signed out through the server is refused on the very next request', async () => {
    const guard = await makeStaff(['guard'])
    const token = await login(guard.email, guard.password)
    // Twice, so the second request is answered from the kept account.
    expect((await me(token))?.id).toBe(guard.id)
    expect((await me(token))?.id).toBe(guard.id)
    expect((await api('/api/users/logout', { method: 'POST', auth: { token } })).status).toBe(200)
    expect(await me(token)).toBeNull()
    expect((await api('/api/visitor-requests?limit=1', { auth: { token } })).status).toBe(403)
  })

  it('sessions: a token signed out by another process on the same database is refused at once', async () => {
    const guard = await makeStaff(['guard'])
    const token = await login(guard.email, guard.password)
    const other = await login(guard.email, guard.password)
    expect((await me(token))?.id).toBe(guard.id)
    expect((await me(other))?.id).toBe(guard.id)
    // The test process's Local API ends every session of the account, as a reset does.
    const payload = await testPayload()
    await payload.update({
      collection: 'users',
      id: guard.id,
      data: { sessions: [] } as never,
      overrideAccess: true,
    })
    expect(await me(token)).toBeNull()
    expect(await me(other)).toBeNull()
  })

  it('sessions: a role given or taken away through another process applies to the next request', async () => {
    const guard = await makeStaff(['guard'])
    await makeStaff(['cs']) // someone else on the estate's staff
    const token = await login(guard.email, guard.password)
    expect(await staffSeen(token)).toBe(1)
    expect(await staffSeen(token)).toBe(1)
    const payload = await testPayload()
    const estate = (await testEstate()).id
    await payload.update({
      collection: 'users',
      id: guard.id,
      data: { memberships: [{ estate, roles: ['manager'] }] },
      overrideAccess: true,
    })
    expect(await staffSeen(token)).toBeGreaterThan(1)
    await payload.update({
      collection: 'users',
      id: guard.id,
      data: { memberships: [{ estate, roles: ['guard'] }] },
      overrideAccess: true,
    })
    expect(await staffSeen(token)).toBe(1)
  })

  it('sessions: a staff account removed is refused with its old token', async () => {
    const guard = await makeStaff(['guard'])
    const token = await login(guard.email, guard.password)
    expect((await me(token))?.id).toBe(guard.id)
    const payload = await testPayload()
    await payload.delete({ collection: 'users', id: guard.id, overrideAccess: true })
    expect(await me(token)).toBeNull()
  })
})

describe('resident', () => {
  it('sessions: a resident signed out in the portal is refused at once, and their other session is not', async () => {
    const { household, members } = await makeHousehold()
    const resident = await makeResident(household.id, members[0]!.id)
    const phone = await login(resident.email, resident.password, 'residents')
    const laptop = await login(resident.email, resident.password, 'residents')
    expect((await me(phone, 'residents'))?.id).toBe(resident.id)
    expect((await me(laptop, 'residents'))?.id).toBe(resident.id)
    const out = await api('/api/residents/logout', { method: 'POST', auth: { token: phone } })
    expect(out.status).toBe(200)
    expect(await me(phone, 'residents')).toBeNull()
    expect((await me(laptop, 'residents'))?.id).toBe(resident.id)
  })

  it('sessions: a resident removed from the register is refused with their old token', async () => {
    const { household } = await makeHousehold()
    const resident = await makeResident(household.id)
    const token = await login(resident.email, resident.password, 'residents')
    expect((await me(token, 'residents'))?.id).toBe(resident.id)
    const payload = await testPayload()
    await payload.delete({ collection: 'residents', id: resident.id, overrideAccess: true })
    expect(await me(token, 'residents')).toBeNull()
    expect((await api('/api/passes?limit=1', { auth: { token } })).status).toBe(403)
  })
})

describe('kiosk', () => {
  const kioskMe = async (apiKey: string, headers: Record<string, string> = {}) =>
    (await api('/api/kiosks/me', { auth: { apiKey }, headers })).body.user as { id: number } | null

  it('sessions: a kiosk given a new key is refused with the old one on the very next request', async () => {
    const kiosk = await makeKiosk()
    expect((await kioskMe(kiosk.apiKey))?.id).toBe(kiosk.id)
    expect((await kioskMe(kiosk.apiKey))?.id).toBe(kiosk.id)
    const payload = await testPayload()
    const fresh = randomUUID()
    await payload.update({
      collection: 'kiosks',
      id: kiosk.id,
      data: { enableAPIKey: true, apiKey: fresh },
      overrideAccess: true,
    })
    expect(await kioskMe(kiosk.apiKey)).toBeNull()
    expect((await kioskMe(fresh))?.id).toBe(kiosk.id)
  })

  it('sessions: a kiosk whose key is disabled, or which is removed, is refused at once', async () => {
    const payload = await testPayload()
    const disabled = await makeKiosk()
    expect((await kioskMe(disabled.apiKey))?.id).toBe(disabled.id)
    await payload.update({
      collection: 'kiosks',
      id: disabled.id,
      data: { enableAPIKey: false },
      overrideAccess: true,
    })
    expect(await kioskMe(disabled.apiKey)).toBeNull()
    const removed = await makeKiosk()
    expect((await kioskMe(removed.apiKey))?.id).toBe(removed.id)
    await payload.delete({ collection: 'kiosks', id: removed.id, overrideAccess: true })
    expect(await kioskMe(removed.apiKey)).toBeNull()
  })

  it('sessions: a request with a kiosk’s key and a staff session cookie acts as the kiosk, as Payload orders them', async () => {
    const kiosk = await makeKiosk()
    const guard = await makeStaff(['guard'])
    const token = await login(guard.email, guard.password)
    const both = { Cookie: `payload-token=${token}` }
    for (let i = 0; i < 2; i++) expect((await kioskMe(kiosk.apiKey, both))?.id).toBe(kiosk.id)
    const asStaff = await api('/api/users/me', { auth: { apiKey: kiosk.apiKey }, headers: both })
    expect(asStaff.body.user ?? null).toBeNull()
    expect((await me(token))?.id).toBe(guard.id)
  })
})

describe('anonymous', () => {
  it('issue 6 #10: a session cookie that just served this server’s pages is still refused for a write from another site', async () => {
    const { household, members } = await makeHousehold()
    const resident = await makeResident(household.id, members[0]!.id)
    const token = await login(resident.email, resident.password, 'residents')
    const headers = (origin: string) => ({ Cookie: `payload-token=${token}`, Origin: origin })
    const own = inject('baseURL')
    for (let i = 0; i < 2; i++) {
      const read = await api('/api/residents/me', { headers: headers(own) })
      expect(read.body.user?.id).toBe(resident.id)
    }
    const evil = await api('/api/passes/request', {
      method: 'POST',
      headers: { ...headers('http://evil.example'), 'Accept-Language': 'en' },
      json: { member: members[0]!.id },
    })
    expect(evil.status).toBe(403)
    expect(evil.body.errors[0].data.code).toBe('request.cross-site')
  })

  it('sessions: a token that is not the server’s own is refused, however often it is sent', async () => {
    const guard = await makeStaff(['guard'])
    const token = await login(guard.email, guard.password)
    const [head, body] = token.split('.')
    const forged = `${head}.${body}.${'A'.repeat(43)}`
    for (let i = 0; i < 2; i++) expect(await me(forged)).toBeNull()
    expect((await me(token))?.id).toBe(guard.id)
  })

  it('sessions: malformed credentials are refused as anonymous, never with a 5xx', async () => {
    const guard = await makeStaff(['guard'])
    const token = await login(guard.email, guard.password)
    const bad: Record<string, string>[] = [
      { Authorization: 'JWT ' },
      { Authorization: 'Bearer not.a.token' },
      { Authorization: `JWT ${token}x` },
      { Authorization: `JWT ${'a'.repeat(8000)}` },
      { Authorization: 'kiosks API-Key nonsense' },
      { Cookie: 'payload-token=%E0%A4%A' },
      { Cookie: `payload-token=${token.split('.').reverse().join('.')}` },
    ]
    for (const headers of bad) {
      const res = await api('/api/users/me', { headers })
      expect(res.status, JSON.stringify(headers).slice(0, 80)).toBe(200)
      expect(res.body.user).toBeNull()
      const list = await api('/api/visitor-requests?limit=1', { headers })
      expect(list.status, JSON.stringify(headers).slice(0, 80)).toBe(403)
    }
  })
})
