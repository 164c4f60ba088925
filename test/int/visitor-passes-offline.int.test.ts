/**
 * Visitor passes with the network down (VIS-4, GEN-1, GEN-4, GEN-5): pass tokens are signed with
 * the estate's Ed25519 key; gate boards and kiosks read their estate's offline bundle (public key,
 * revoked and used-up passes); check-ins made offline are uploaded once per idempotency key and,
 * beyond a pass's uses, recorded anyway and flagged to Security through the outbox. Grouped by who
 * acts; each test makes its own data.
 */
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportJWK, generateKeyPair, type JWK } from 'jose'

import { verifyPassToken } from '@/domain/visitors/passTokens'
import { sealJwk } from '@/domain/visitors/sealedKey'
import { localTime } from '@/domain/visitors/schedule'
import { type Auth, api, graphql, login } from '../support/http'
import {
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  testPayload,
} from '../support/payload'

type Id = number | string
let guard: Auth
let cs: Auth
let kiosk: Auth
let securityEmail: string

beforeAll(async () => {
  const g = await makeStaff(['guard'], '保安離線')
  const c = await makeStaff(['cs'], '客服離線')
  securityEmail = (await makeStaff(['security'], '保安部離線')).email
  guard = { token: await login(g.email, g.password) }
  cs = { token: await login(c.email, c.password) }
  kiosk = { apiKey: (await makeKiosk()).apiKey }
})

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString()

async function resident(estate?: Id) {
  const { household, members } = await makeHousehold(undefined, estate ? { estate } : undefined)
  const account = await makeResident(household.id, members[0]!.id)
  return {
    household,
    auth: { token: await login(account.email, account.password, 'residents') } as Auth,
  }
}

async function pass(auth: Auth, json: Record<string, unknown> = {}) {
  const res = await api('/api/visitor-passes', {
    method: 'POST',
    auth,
    json: { visitorName: '離線訪客', validFrom: hours(-1), validUntil: hours(3), ...json },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const share = await api(`/api/visitor-passes/${res.body.doc.id}/share`, { auth })
  expect(share.status, JSON.stringify(share.body)).toBe(200)
  return { id: res.body.doc.id as Id, token: share.body.token as string }
}

const bundle = (auth: Auth) => api('/api/visitor-passes/offline-bundle', { auth })

const upload = (
  token: unknown,
  { auth = guard, key = randomUUID(), scannedAt = new Date().toISOString(), lang = 'en' } = {} as {
    auth?: Auth
    key?: string | null
    scannedAt?: unknown
    lang?: string
  },
) =>
  api('/api/visitor-passes/check-in', {
    method: 'POST',
    auth,
    json: { token, offline: true, scannedAt },
    headers: { 'Accept-Language': lang, ...(key ? { 'Idempotency-Key': key } : {}) },
  })

async function usesOf(id: Id) {
  const payload = await testPayload()
  return payload.find({
    collection: 'visitor-pass-uses',
    where: { pass: { equals: id } },
    sort: 'slot',
    depth: 0,
  })
}

async function flagsTo(email: string, visitorPassUse: Id) {
  const payload = await testPayload()
  const found = await payload.find({
    collection: 'notifications',
    where: {
      to: { equals: email },
      dedupeKey: { like: `visitor-pass-offline-flag:${String(visitorPassUse)}:` },
    },
    depth: 0,
  })
  return found.docs
}

describe('guard and kiosk (the offline bundle)', () => {
  it('VIS-4: a guard and a kiosk read their estate’s public key, revoked and used-up passes and the server time; the key verifies the tokens', async () => {
    const { auth } = await resident()
    const revoked = await pass(auth)
    await api(`/api/visitor-passes/${revoked.id}`, {
      method: 'PATCH',
      auth,
      json: { status: 'revoked' },
    })
    const usedUp = await pass(auth)
    expect(
      (
        await api('/api/visitor-passes/check-in', {
          method: 'POST',
          auth: kiosk,
          json: { token: usedUp.token },
        })
      ).status,
    ).toBe(200)
    const twice = await pass(auth, { maxUses: 2 })
    expect(
      (
        await api('/api/visitor-passes/check-in', {
          method: 'POST',
          auth: guard,
          json: { token: twice.token },
        })
      ).status,
    ).toBe(200)

    for (const device of [guard, kiosk]) {
      const res = await bundle(device)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.headers.get('cache-control')).toContain('no-store')
      const b = res.body
      expect(b.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: expect.any(String) })
      expect(JSON.stringify(b)).not.toMatch(/"d"/)
      expect(b.revoked.map(String)).toContain(String(revoked.id))
      expect(b.usedUp.map(String)).toContain(String(usedUp.id))
      expect(b.uses[String(twice.id)]).toBe(1)
      expect(Math.abs(Date.parse(b.serverTime) - Date.now())).toBeLessThan(60_000)
      expect(b.refreshSeconds).toBe(60)
      const claims = await verifyPassToken(twice.token, b.publicJwk)
      expect(claims).toMatchObject({ p: twice.id, m: 2, e: b.estate })
    }
  })

  it('VIS-4: a recurring pass comes with its days and hours and the estate’s time zone, and only today’s uses count', async () => {
    const { auth } = await resident()
    const now = localTime(new Date(), 'Asia/Shanghai')
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
    const weekly = await pass(auth, {
      maxUses: 2,
      validUntil: hours(24 * 30),
      days: [now.weekday],
      dailyFrom: hhmm(Math.max(0, now.minutes - 60)),
      dailyUntil: hhmm(Math.min(23 * 60 + 59, now.minutes + 60)),
    })
    // A use on an earlier visit day, as the check-in would have recorded it.
    const payload = await testPayload()
    const estate = (
      await payload.findByID({ collection: 'visitor-passes', id: weekly.id, depth: 0 })
    ).estate
    await payload.create({
      collection: 'visitor-pass-uses',
      data: {
        slot: `${String(weekly.id)}#2026-01-06#1`,
        pass: weekly.id as number,
        usedAt: '2026-01-06T02:00:00.000Z',
        day: '2026-01-06',
        place: 'gate',
        estate: estate as number,
      },
    })
    const checkIn = await api('/api/visitor-passes/check-in', {
      method: 'POST',
      auth: guard,
      json: { token: weekly.token },
    })
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(200)

    const b = (await bundle(guard)).body
    expect(b.timeZone).toBe('Asia/Shanghai')
    expect(b.day).toBe(now.day)
    expect(b.recurring[String(weekly.id)]).toEqual({
      days: [now.weekday],
      from: expect.stringMatching(/^\d\d:\d\d$/),
      until: expect.stringMatching(/^\d\d:\d\d$/),
    })
    expect(b.uses[String(weekly.id)]).toBe(1)
    expect(b.usedUp.map(String)).not.toContain(String(weekly.id))
  })

  it('VIS-4: another estate’s kiosk gets its own key, under which this estate’s tokens do not verify, and none of its passes', async () => {
    const { auth } = await resident()
    const p = await pass(auth)
    await api(`/api/visitor-passes/${p.id}`, { method: 'PATCH', auth, json: { status: 'revoked' } })
    const other = await makeEstate()
    const theirKiosk = { apiKey: (await makeKiosk({ estate: other.id })).apiKey }
    const theirs = await bundle(theirKiosk)
    expect(theirs.status).toBe(200)
    expect(String(theirs.body.estate)).toBe(String(other.id))
    expect(theirs.body.revoked.map(String)).not.toContain(String(p.id))
    const ours = await bundle(kiosk)
    expect(theirs.body.publicJwk.x).not.toBe(ours.body.publicJwk.x)
    expect(await verifyPassToken(p.token, theirs.body.publicJwk)).toBeNull()
    // Scanned at the other estate, online or uploaded as offline, it checks nobody in.
    const online = await api('/api/visitor-passes/check-in', {
      method: 'POST',
      auth: theirKiosk,
      json: { token: p.token },
    })
    expect(online.body.reason).toBe('unknown')
    const offline = await upload(p.token, { auth: theirKiosk })
    expect(offline.status).toBe(404)
    expect(offline.body.reason).toBe('unknown')
    expect((await usesOf(p.id)).totalDocs).toBe(0)
  })
})

describe('server (the estate’s key at rest)', () => {
  async function storedKey(estate: Id) {
    const payload = await testPayload()
    const { docs } = await payload.find({
      collection: 'estate-pass-keys',
      where: { estate: { equals: estate } },
      depth: 0,
      showHiddenFields: true,
      overrideAccess: true,
    })
    return docs[0] as unknown as { id: Id; publicJwk: JWK; privateJwk: Record<string, unknown> }
  }

  async function plant(estate: Id, privateJwk: Record<string, unknown>, publicJwk: JWK) {
    const payload = await testPayload()
    await payload.create({
      collection: 'estate-pass-keys',
      data: { estate: estate as number, publicJwk: { ...publicJwk }, privateJwk },
      overrideAccess: true,
    })
  }

  async function newPair() {
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
    const { kty, crv, x } = await exportJWK(pair.publicKey)
    return { privateJwk: await exportJWK(pair.privateKey), publicJwk: { kty, crv, x } as JWK }
  }

  it('VIS-4: the private key is kept sealed: the database holds no plain key, and tokens still verify', async () => {
    const estate = await makeEstate()
    const { auth } = await resident(estate.id)
    const p = await pass(auth)
    const stored = await storedKey(estate.id)
    expect(stored.privateJwk).toMatchObject({ sealed: 'jwe', jwe: expect.any(String) })
    expect(stored.privateJwk).not.toHaveProperty('d')
    expect(await verifyPassToken(p.token, stored.publicJwk)).toMatchObject({ p: p.id })
  })

  it('VIS-4: a key an earlier version kept in the clear is sealed on first use and stays the same key', async () => {
    const estate = await makeEstate()
    const pair = await newPair()
    await plant(estate.id, { ...pair.privateJwk }, pair.publicJwk)
    const { auth } = await resident(estate.id)
    const p = await pass(auth)
    expect(await verifyPassToken(p.token, pair.publicJwk)).toMatchObject({ p: p.id })
    const stored = await storedKey(estate.id)
    expect(stored.privateJwk).toMatchObject({ sealed: 'jwe' })
    expect(stored.publicJwk.x).toBe(pair.publicJwk.x)
  })

  it('VIS-4: a key sealed under another server secret is replaced by a new one; the devices get the new public key', async () => {
    const estate = await makeEstate()
    const pair = await newPair()
    await plant(
      estate.id,
      { ...(await sealJwk(pair.privateJwk, 'another secret')) },
      pair.publicJwk,
    )
    const { auth } = await resident(estate.id)
    const p = await pass(auth)
    const theirKiosk = { apiKey: (await makeKiosk({ estate: estate.id })).apiKey }
    const b = (await bundle(theirKiosk)).body
    expect(b.publicJwk.x).not.toBe(pair.publicJwk.x)
    expect(await verifyPassToken(p.token, b.publicJwk)).toMatchObject({ p: p.id })
    expect(await verifyPassToken(p.token, pair.publicJwk)).toBeNull()
  })
})

describe('resident, cs and anonymous (the offline bundle)', () => {
  it('VIS-4, GEN-5: only a guard or a kiosk reads the bundle; the private key has no door (REST, GraphQL)', async () => {
    const { auth } = await resident()
    expect((await bundle(auth)).status).toBe(403)
    expect((await bundle(cs)).status).toBe(403)
    expect((await bundle(undefined)).status).toBe(403)
    expect((await bundle({ token: 'nonsense' })).status).toBe(403)
    expect((await bundle(cs)).body.errors[0].data.code).toBe('visitors.pass-scanner-only')
    const admin = await makeStaff(['admin'])
    const adminAuth = { token: await login(admin.email, admin.password) }
    for (const who of [adminAuth, guard, kiosk, auth]) {
      const rest = await api('/api/estate-pass-keys', { auth: who })
      expect(rest.status).toBeGreaterThanOrEqual(400)
      expect(rest.status).toBeLessThan(500)
      expect(JSON.stringify(rest.body)).not.toMatch(/"d"|privateJwk/)
    }
    const gql = await graphql('{ EstatePassKeys { docs { id privateJwk } } }', adminAuth)
    expect(JSON.stringify(gql.body)).not.toMatch(/"d":|OKP/)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const payload = await testPayload()
    const stored = await payload.find({ collection: 'estate-pass-keys', depth: 0 })
    expect(stored.docs.length).toBeGreaterThan(0)
    // Even a server read hides it unless asked for on purpose.
    expect(JSON.stringify(stored.docs)).not.toContain('privateJwk')
  })
})

describe('guard and kiosk (uploading offline check-ins)', () => {
  it('VIS-4: an offline check-in is recorded at the time it was scanned, once; a replay with the same key answers the same', async () => {
    const { household, auth } = await resident()
    const p = await pass(auth, { maxUses: 2 })
    const scannedAt = new Date(Date.now() - 10 * 60_000).toISOString()
    const key = randomUUID()
    const first = await upload(p.token, { key, scannedAt })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toMatchObject({
      visitorName: '離線訪客',
      hostUnit: household.unit,
      use: 1,
      maxUses: 2,
      offline: true,
      flag: null,
      replayed: false,
      checkedInAt: scannedAt,
    })
    const again = await upload(p.token, { key, scannedAt })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ use: 1, flag: null, replayed: true, checkedInAt: scannedAt })
    // Another guard on the same tablet uploading what is left: still once.
    const g2 = await makeStaff(['guard'])
    const other = await upload(p.token, {
      key,
      scannedAt,
      auth: { token: await login(g2.email, g2.password) },
    })
    expect(other.body.replayed).toBe(true)
    const uses = await usesOf(p.id)
    expect(uses.totalDocs).toBe(1)
    expect(uses.docs[0]).toMatchObject({ offline: true, usedAt: scannedAt, place: 'gate' })
    const read = await api(`/api/visitor-passes/${p.id}`, { auth })
    expect(read.body).toMatchObject({ uses: 1, state: 'active' })
  })

  it('VIS-4: 8 parallel uploads of the same key count once', async () => {
    const { auth } = await resident()
    const p = await pass(auth, { maxUses: 3 })
    const key = randomUUID()
    const scannedAt = new Date().toISOString()
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        upload(p.token, { key, scannedAt, auth: i % 2 ? kiosk : guard }),
      ),
    )
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(200))
    expect(replies.filter((r) => r.body.replayed === false)).toHaveLength(1)
    expect(new Set(replies.map((r) => r.body.use))).toEqual(new Set([1]))
    expect((await usesOf(p.id)).totalDocs).toBe(1)
  })

  it('VIS-4, GEN-4: a pass used offline beyond its uses is recorded anyway and flagged to Security through the outbox, once', async () => {
    const { auth } = await resident()
    const p = await pass(auth)
    // Two devices admitted the same one-use pass while offline; both upload at once, twice.
    const keys = [randomUUID(), randomUUID()]
    const replies = await Promise.all(
      [...keys, ...keys].map((key, i) => upload(p.token, { key, auth: i % 2 ? kiosk : guard })),
    )
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200])
    const uses = await usesOf(p.id)
    expect(uses.totalDocs).toBe(2)
    const flagged = uses.docs.filter((u) => u.flag === 'used-up')
    expect(flagged).toHaveLength(1)
    expect(uses.docs.filter((u) => !u.flag)).toHaveLength(1)
    const mails = await flagsTo(securityEmail, flagged[0]!.id)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('Offline check-in of a pass used beyond its uses')
    expect(mails[0]!.body).toContain('離線訪客')
    expect(mails[0]!.status).toBe('queued')
    const read = await api(`/api/visitor-passes/${p.id}`, { auth })
    expect(read.body).toMatchObject({ uses: 2, state: 'used-up' })
  })

  it('VIS-4: a pass revoked before the upload is recorded and flagged as revoked', async () => {
    const { auth } = await resident()
    const p = await pass(auth)
    await api(`/api/visitor-passes/${p.id}`, { method: 'PATCH', auth, json: { status: 'revoked' } })
    const res = await upload(p.token, { auth: kiosk })
    expect(res.status).toBe(200)
    expect(res.body.flag).toBe('revoked')
    const [use] = (await usesOf(p.id)).docs
    expect(await flagsTo(securityEmail, use!.id)).toHaveLength(1)
  })

  it('VIS-4: bad uploads are 4xx and write nothing: no key, a bad key, a bad or future scannedAt, a tampered or malformed token', async () => {
    const { auth } = await resident()
    const p = await pass(auth)
    const cases: [Parameters<typeof upload>[1], number, string][] = [
      [{ key: null }, 400, 'visitors.offline-key-required'],
      [{ key: 'short' }, 400, 'visitors.offline-key-required'],
      [{ key: 'x'.repeat(101) }, 400, 'visitors.offline-key-required'],
      [{ scannedAt: 'yesterday' }, 400, 'visitors.offline-scanned-at'],
      [{ scannedAt: 12 }, 400, 'visitors.offline-scanned-at'],
      [{ scannedAt: hours(1) }, 400, 'visitors.offline-scanned-at'],
      [{ scannedAt: hours(-8 * 24) }, 400, 'visitors.offline-scanned-at'],
    ]
    for (const [options, status, code] of cases) {
      const res = await upload(p.token, options)
      expect(res.status, JSON.stringify(options)).toBe(status)
      expect(res.body.errors[0].data.code).toBe(code)
    }
    const zh = await upload(p.token, { key: null, lang: 'zh-TW' })
    expect(zh.body.errors[0].message).toContain('離線登記須附 Idempotency-Key')
    const device = { apiKey: (await makeKiosk()).apiKey }
    const [h, body, sig] = p.token.split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const forged = Buffer.from(JSON.stringify({ ...claims, m: 20 })).toString('base64url')
    const tampered = await upload(`${h}.${forged}.${sig}`, { auth: device })
    expect(tampered.status).toBe(404)
    expect(tampered.body.reason).toBe('unknown')
    for (const bad of [42, null, 'a.b.c', 'x'.repeat(5000)]) {
      expect((await upload(bad, { auth: device })).status).toBe(400)
    }
    // Online too: a tampered signed token checks nobody in.
    const online = await api('/api/visitor-passes/check-in', {
      method: 'POST',
      auth: device,
      json: { token: `${h}.${forged}.${sig}` },
    })
    expect(online.body.reason).toBe('unknown')
    expect((await usesOf(p.id)).totalDocs).toBe(0)
  })

  it('GEN-5: a resident, CS and anonymous callers cannot upload offline check-ins', async () => {
    const { auth } = await resident()
    const p = await pass(auth)
    for (const who of [auth, cs, { token: 'nonsense' }]) {
      expect((await upload(p.token, { auth: who })).status).toBe(403)
    }
    const anonymous = await api('/api/visitor-passes/check-in', {
      method: 'POST',
      json: { token: p.token, offline: true, scannedAt: new Date().toISOString() },
      headers: { 'Idempotency-Key': randomUUID() },
    })
    expect(anonymous.status).toBe(403)
    expect((await usesOf(p.id)).totalDocs).toBe(0)
  })
})
