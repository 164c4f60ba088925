/**
 * The lobby kiosk's heartbeat (`POST /api/kiosks/heartbeat`): a paired kiosk reports its last
 * contact and version and learns what its start screen shows; nobody else may call it (GEN-5).
 * Grouped by who acts.
 */
import { inject } from 'vitest'
import { beforeAll, describe, expect, it } from 'vitest'

import type { KioskHeartbeatReply } from '@/domain/kiosk/api'
import { api, type Auth, login } from '../support/http'
import {
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  testEstate,
  testPayload,
} from '../support/payload'

const heartbeat = (apiKey: string | undefined, json: unknown = { version: '1.0.0' }, lang = 'en') =>
  api('/api/kiosks/heartbeat', {
    method: 'POST',
    auth: apiKey === undefined ? undefined : { apiKey },
    json,
    headers: { 'Accept-Language': lang },
  })

const codeOf = (body: { errors?: { data?: { code?: string } }[] }) => body?.errors?.[0]?.data?.code
const messageOf = (body: { errors?: { message?: string }[] }) => body?.errors?.[0]?.message

describe('kiosk', () => {
  it('records its last contact and version, and learns its estate’s name and time zone', async () => {
    const kiosk = await makeKiosk()
    const estate = await testEstate()
    const before = Date.now()
    const res = await heartbeat(kiosk.apiKey, { version: '1.4.2-rc1' })
    expect(res.status).toBe(200)
    const reply = res.body as KioskHeartbeatReply
    expect(String(reply.kiosk.id)).toBe(String(kiosk.id))
    expect(reply.kiosk.name).toMatch(/^Kiosk /)
    const payload = await testPayload()
    const stored = await payload.findByID({ collection: 'estates', id: estate.id, depth: 0 })
    expect(reply.estate).toMatchObject({ name: stored.name, timeZone: stored.timeZone })
    expect(Math.abs(Date.parse(reply.serverTime) - Date.now())).toBeLessThan(60_000)
    expect(res.headers.get('cache-control')).toContain('no-store')

    const record = await payload.findByID({ collection: 'kiosks', id: kiosk.id, depth: 0 })
    expect(record.version).toBe('1.4.2-rc1')
    expect(Date.parse(record.lastSeenAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(record.lastSeenAt!)).toBeLessThanOrEqual(Date.now() + 1000)
    expect(record.lastSeenAt_tz).toBe(stored.timeZone)
    // Its key still works after the write (the contact does not touch the key).
    expect((await heartbeat(kiosk.apiKey, { version: '1.4.3' })).status).toBe(200)
    const again = await payload.findByID({ collection: 'kiosks', id: kiosk.id, depth: 0 })
    expect(again.version).toBe('1.4.3')
  })

  it('GEN-5: a kiosk of another estate sees that estate’s name and logo, which it may fetch', async () => {
    const payload = await testPayload()
    const other = await makeEstate('翠湖居測試')
    const png = Buffer.from(SIGNATURE_PNG.split(',')[1]!, 'base64')
    const logo = await payload.create({
      collection: 'estate-logos',
      data: { alt: '標誌', estate: other.id },
      file: {
        data: png,
        mimetype: 'image/png',
        name: `kiosk-logo-${Date.now()}.png`,
        size: png.length,
      },
    })
    await payload.update({ collection: 'estates', id: other.id, data: { logo: logo.id } })
    const kiosk = await makeKiosk({ estate: other.id })
    const res = await heartbeat(kiosk.apiKey)
    expect(res.status).toBe(200)
    const reply = res.body as KioskHeartbeatReply
    expect(reply.estate.name).toBe('翠湖居測試')
    expect(reply.estate.nameEn).toBe(other.nameEn)
    expect(reply.estate.logoUrl).toMatch(/^\/api\/estate-logos\/file\//)
    const image = await fetch(inject('baseURL') + reply.estate.logoUrl, {
      headers: { Authorization: `kiosks API-Key ${kiosk.apiKey}` },
    })
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
  })

  it('refuses a malformed body with 400 and a code, never a 5xx', async () => {
    const kiosk = await makeKiosk()
    const bodies: [unknown, string][] = [
      [{}, 'kiosk.version-invalid'],
      [{ version: 5 }, 'kiosk.version-invalid'],
      [{ version: '' }, 'kiosk.version-invalid'],
      [{ version: 'x'.repeat(41) }, 'kiosk.version-invalid'],
      [{ version: '<script>' }, 'kiosk.version-invalid'],
      [{ version: ['1.0'] }, 'kiosk.version-invalid'],
      [{ version: { $gt: '' } }, 'kiosk.version-invalid'],
      [[{ version: '1.0' }], 'request.malformed-body'],
      ['1.0', 'request.malformed-body'],
      [null, 'request.malformed-body'],
    ]
    for (const [json, code] of bodies) {
      const res = await heartbeat(kiosk.apiKey, json)
      expect(res.status, JSON.stringify(json)).toBe(400)
      expect(codeOf(res.body), JSON.stringify(json)).toBe(code)
    }
    const broken = await api('/api/kiosks/heartbeat', {
      method: 'POST',
      auth: { apiKey: kiosk.apiKey },
      headers: { 'Content-Type': 'application/json' },
      body: '{"version": ',
    })
    expect(broken.status).toBe(400)
    expect(codeOf(broken.body)).toBe('request.malformed-json')
    const empty = await api('/api/kiosks/heartbeat', {
      method: 'POST',
      auth: { apiKey: kiosk.apiKey },
    })
    expect(empty.status).toBeGreaterThanOrEqual(400)
    expect(empty.status).toBeLessThan(500)
    const text = await api('/api/kiosks/heartbeat', {
      method: 'POST',
      auth: { apiKey: kiosk.apiKey },
      headers: { 'Content-Type': 'text/plain' },
      body: 'version=1',
    })
    expect(text.status).toBeGreaterThanOrEqual(400)
    expect(text.status).toBeLessThan(500)
    // Nothing was recorded by the refused calls.
    const record = await (await testPayload()).findByID({ collection: 'kiosks', id: kiosk.id })
    expect(record.version ?? null).toBeNull()
  })

  it('GEN-5: a kiosk whose key was disabled, or a wrong key, is not a kiosk (403)', async () => {
    const kiosk = await makeKiosk()
    await (
      await testPayload()
    ).update({
      collection: 'kiosks',
      id: kiosk.id,
      data: { enableAPIKey: false },
    })
    const disabled = await heartbeat(kiosk.apiKey)
    expect(disabled.status).toBe(403)
    expect(codeOf(disabled.body)).toBe('kiosk.only')
    const wrong = await heartbeat('not-a-real-key')
    expect(wrong.status).toBe(403)
    expect(codeOf(wrong.body)).toBe('kiosk.only')
  })

  it('cannot write its own contact fields through the API', async () => {
    const kiosk = await makeKiosk()
    const res = await api(`/api/kiosks/${kiosk.id}`, {
      method: 'PATCH',
      auth: { apiKey: kiosk.apiKey },
      json: { version: 'forged', lastSeenAt: '2020-01-01T00:00:00.000Z' },
    })
    expect(res.status).toBe(403)
  })
})

describe('staff', () => {
  it('GEN-5: an estate admin may not send a kiosk’s heartbeat (403 kiosk.only, in their language)', async () => {
    const admin = await makeStaff(['admin'])
    const token = await login(admin.email, admin.password)
    const res = await api('/api/kiosks/heartbeat', {
      method: 'POST',
      auth: { token },
      json: { version: '1.0.0' },
      headers: { 'Accept-Language': 'zh-TW' },
    })
    expect(res.status).toBe(403)
    expect(codeOf(res.body)).toBe('kiosk.only')
    expect(messageOf(res.body)).toBe('只有已配對的大堂自助機可執行此操作。')
  })

  it('sees the last contact and version in the kiosk list, and cannot change them', async () => {
    const admin = await makeStaff(['admin'])
    const token = await login(admin.email, admin.password)
    const kiosk = await makeKiosk()
    await heartbeat(kiosk.apiKey, { version: '2.0.0' })
    const list = await api(`/api/kiosks?where[id][equals]=${kiosk.id}&depth=0`, { auth: { token } })
    expect(list.status).toBe(200)
    expect(list.body.docs[0].version).toBe('2.0.0')
    expect(list.body.docs[0].lastSeenAt).toEqual(expect.any(String))
    const edit = await api(`/api/kiosks/${kiosk.id}`, {
      method: 'PATCH',
      auth: { token },
      json: { name: 'Lobby A', version: 'forged', lastSeenAt: '2020-01-01T00:00:00.000Z' },
    })
    expect(edit.status).toBe(200)
    const record = await (await testPayload()).findByID({ collection: 'kiosks', id: kiosk.id })
    expect(record.name).toBe('Lobby A')
    expect(record.version).toBe('2.0.0')
    expect(record.lastSeenAt).not.toBe('2020-01-01T00:00:00.000Z')
  })

  it('an estate admin may read a kiosk’s key back for its pairing QR code; nobody else may', async () => {
    const kiosk = await makeKiosk()
    const reveal = (auth: Auth) =>
      api(`/api/kiosks/${kiosk.id}/api-key/reveal`, { method: 'POST', auth })
    const admin = await makeStaff(['admin'])
    const asAdmin = await reveal({ token: await login(admin.email, admin.password) })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.apiKey).toBe(kiosk.apiKey)
    expect(asAdmin.headers.get('cache-control')).toContain('no-store')
    for (const roles of [['cs'], ['manager'], ['guard']] as const) {
      const staff = await makeStaff([...roles])
      const res = await reveal({ token: await login(staff.email, staff.password) })
      expect(res.status, roles.join()).toBeGreaterThanOrEqual(403)
      expect(res.body?.apiKey, roles.join()).toBeUndefined()
    }
    // An admin of another estate, the kiosk itself and anonymous callers never get it.
    const elsewhere = await makeStaff(['admin'], 'Other admin', { estate: (await makeEstate()).id })
    const other = await reveal({ token: await login(elsewhere.email, elsewhere.password) })
    expect(other.body?.apiKey).toBeUndefined()
    expect((await reveal({ apiKey: kiosk.apiKey })).body?.apiKey).toBeUndefined()
    expect((await reveal(undefined)).body?.apiKey).toBeUndefined()
  })

  it('GEN-5: customer service may not send it either', async () => {
    const cs = await makeStaff(['cs'])
    const token = await login(cs.email, cs.password)
    const res = await api('/api/kiosks/heartbeat', {
      method: 'POST',
      auth: { token },
      json: { version: '1.0.0' },
    })
    expect(res.status).toBe(403)
    expect(codeOf(res.body)).toBe('kiosk.only')
  })
})

describe('resident', () => {
  it('GEN-5: a resident may not send a kiosk’s heartbeat', async () => {
    const { household } = await makeHousehold()
    const resident = await makeResident(household.id)
    const token = await login(resident.email, resident.password, 'residents')
    const res = await api('/api/kiosks/heartbeat', {
      method: 'POST',
      auth: { token },
      json: { version: '1.0.0' },
    })
    expect(res.status).toBe(403)
    expect(codeOf(res.body)).toBe('kiosk.only')
  })
})

describe('anonymous', () => {
  it('GEN-5: gets 403 kiosk.only in the language asked for, also with a malformed body', async () => {
    const res = await heartbeat(undefined, { version: '1.0.0' }, 'en')
    expect(res.status).toBe(403)
    expect(codeOf(res.body)).toBe('kiosk.only')
    expect(messageOf(res.body)).toBe('Only a paired lobby kiosk may do this.')
    const malformed = await api('/api/kiosks/heartbeat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{nope',
    })
    expect(malformed.status).toBe(403)
  })
})
