/**
 * Visitor passes (VIS-4, GEN-1, GEN-5): a resident pre-registers a visitor and gets a QR pass for a
 * window and a number of uses; a guard or a lobby kiosk scans it and the visitor is checked in
 * with no call to the office, or refused with the reason. Uses are counted exactly once under
 * parallel scans. Grouped by who acts; each test makes its own data.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { hashPassToken } from '@/domain/visitors/passRules'
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

beforeAll(async () => {
  const g = await makeStaff(['guard'], '保安乙')
  const c = await makeStaff(['cs'], '客服乙')
  guard = { token: await login(g.email, g.password) }
  cs = { token: await login(c.email, c.password) }
  kiosk = { apiKey: (await makeKiosk()).apiKey }
})

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString()

async function resident() {
  const { household, members } = await makeHousehold()
  const account = await makeResident(household.id, members[0]!.id)
  return {
    household,
    auth: { token: await login(account.email, account.password, 'residents') } as Auth,
  }
}

const give = (auth: Auth, json: Record<string, unknown>) =>
  api('/api/visitor-passes', {
    method: 'POST',
    auth,
    json: { visitorName: '陳訪客', validFrom: hours(-1), validUntil: hours(3), ...json },
  })

async function pass(auth: Auth, json: Record<string, unknown> = {}) {
  const res = await give(auth, json)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const share = await api(`/api/visitor-passes/${res.body.doc.id}/share`, { auth })
  expect(share.status, JSON.stringify(share.body)).toBe(200)
  return {
    id: res.body.doc.id as Id,
    token: share.body.token as string,
    url: share.body.url as string,
  }
}

const scan = (token: unknown, auth: Auth = guard, lang = 'en') =>
  api('/api/visitor-passes/check-in', {
    method: 'POST',
    auth,
    json: { token },
    headers: { 'Accept-Language': lang },
  })

/** Moves a pass's window, as the clock moving would (the check reads the server's clock). */
async function setWindow(id: Id, validFrom: string, validUntil: string) {
  const payload = await testPayload()
  await payload.db.updateOne({
    collection: 'visitor-passes',
    id,
    data: { validFrom, validUntil },
  } as never)
}

describe('resident', () => {
  it('VIS-4: registers an expected visitor; the pass is the household’s, with a share link and no token in reads', async () => {
    const { household, auth } = await resident()
    const made = await give(auth, { household: 999, uses: 5, token: 'x'.repeat(43), maxUses: 2 })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const doc = made.body.doc
    expect(String(doc.household?.id ?? doc.household)).toBe(String(household.id))
    expect(doc).toMatchObject({
      visitorName: '陳訪客',
      maxUses: 2,
      uses: 0,
      status: 'active',
      state: 'active',
    })
    expect(doc.token).toBeUndefined()
    expect(doc.tokenHash).toBeUndefined()
    const list = await api('/api/visitor-passes?depth=0', { auth })
    expect(JSON.stringify(list.body)).not.toContain('token')
    const share = await api(`/api/visitor-passes/${doc.id}/share`, { auth })
    expect(share.body.token).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{86}$/)
    expect(share.body.token).not.toBe('x'.repeat(43))
    expect(share.body.url).toContain(`/visit/${share.body.token}`)
    const gql = await graphql('{ VisitorPasses { docs { id visitorName } } }', auth)
    expect(gql.body.data.VisitorPasses.docs.map((d: { id: Id }) => String(d.id))).toContain(
      String(doc.id),
    )
  })

  it('VIS-4: a window that ends before it starts, lasts more than 7 days, is over, or bad uses is a 400 that writes nothing', async () => {
    const { auth } = await resident()
    const cases: [Record<string, unknown>, string][] = [
      [{ validFrom: hours(5), validUntil: hours(1) }, 'visitors.pass-window-order'],
      [{ validFrom: hours(1), validUntil: hours(1 + 7 * 24 + 1) }, 'visitors.pass-window-too-long'],
      [{ validFrom: hours(-5), validUntil: hours(-1) }, 'visitors.pass-window-past'],
      [{ validFrom: 'tomorrow', validUntil: hours(1) }, 'visitors.pass-window-dates'],
      [{ maxUses: 0 }, 'visitors.pass-uses'],
      [{ maxUses: 21 }, 'visitors.pass-uses'],
      [{ maxUses: 1.5 }, 'visitors.pass-uses'],
      [{ visitorName: '  ' }, 'visitors.pass-name-required'],
    ]
    for (const [json, code] of cases) {
      const res = await give(auth, json)
      expect(res.status, JSON.stringify(json)).toBe(400)
      expect(res.body.errors[0].data?.code, JSON.stringify(res.body)).toBe(code)
    }
    const list = await api('/api/visitor-passes?depth=0', { auth })
    expect(list.body.totalDocs).toBe(0)
  })

  it('VIS-4: revokes a pass; a revoked pass is refused at the gate and cannot be restored', async () => {
    const { auth } = await resident()
    const p = await pass(auth)
    const revoked = await api(`/api/visitor-passes/${p.id}`, {
      method: 'PATCH',
      auth,
      json: { status: 'revoked' },
    })
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200)
    expect(revoked.body.doc.state).toBe('revoked')
    const res = await scan(p.token)
    expect(res.status).toBe(410)
    expect(res.body.reason).toBe('revoked')
    const back = await api(`/api/visitor-passes/${p.id}`, {
      method: 'PATCH',
      auth,
      json: { status: 'active' },
    })
    expect(back.status).toBe(400)
  })

  it('GEN-5: another household neither sees, shares nor revokes the pass; a resident cannot scan', async () => {
    const owner = await resident()
    const p = await pass(owner.auth)
    const stranger = await resident()
    expect((await api(`/api/visitor-passes/${p.id}`, { auth: stranger.auth })).status).toBe(404)
    expect((await api(`/api/visitor-passes/${p.id}/share`, { auth: stranger.auth })).status).toBe(
      404,
    )
    const patch = await api(`/api/visitor-passes/${p.id}`, {
      method: 'PATCH',
      auth: stranger.auth,
      json: { status: 'revoked' },
    })
    expect([403, 404]).toContain(patch.status)
    const list = await api('/api/visitor-passes', { auth: stranger.auth })
    expect(list.body.docs).toHaveLength(0)
    expect((await scan(p.token, owner.auth)).status).toBe(403)
    expect((await api('/api/visitor-passes/versions', { auth: owner.auth })).status).toBe(403)
    expect([400, 404]).toContain(
      (await api('/api/visitor-passes/abc/share', { auth: owner.auth })).status,
    )
  })
})

describe('guard and kiosk (scanning)', () => {
  it('VIS-4: a valid pass checks the visitor in with the name and host unit; a single-use pass is then used up', async () => {
    const { household, auth } = await resident()
    const p = await pass(auth)
    const ok = await scan(p.token)
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body).toMatchObject({
      visitorName: '陳訪客',
      hostUnit: household.unit,
      use: 1,
      maxUses: 1,
    })
    const again = await scan(p.token, kiosk)
    expect(again.status).toBe(409)
    expect(again.body.reason).toBe('used-up')
    expect(again.body.message).toBe('This visitor pass has been used up.')
    const zh = await scan(p.token, kiosk, 'zh-TW')
    expect(zh.body.message).toBe('此訪客通行證的使用次數已用完。')
    const read = await api(`/api/visitor-passes/${p.id}`, { auth })
    expect(read.body).toMatchObject({ uses: 1, state: 'used-up' })
  })

  it('VIS-4: expired and not-yet-valid passes are refused with their reason', async () => {
    const { auth } = await resident()
    const early = await pass(auth)
    await setWindow(early.id, hours(2), hours(5))
    const res = await scan(early.token, kiosk)
    expect(res.status).toBe(409)
    expect(res.body.reason).toBe('not-yet-valid')
    const late = await pass(auth)
    await setWindow(late.id, hours(-5), hours(-1))
    const gone = await scan(late.token)
    expect(gone.status).toBe(410)
    expect(gone.body.reason).toBe('expired')
  })

  it('VIS-4: unknown, malformed and another estate’s tokens check nobody in', async () => {
    const other = await makeEstate()
    const { household, members } = await makeHousehold(undefined, { estate: other.id })
    const acc = await makeResident(household.id, members[0]!.id)
    const theirs = await pass({ token: await login(acc.email, acc.password, 'residents') })
    const freshGuard = await makeStaff(['guard'])
    const g = { token: await login(freshGuard.email, freshGuard.password) }
    const foreign = await scan(theirs.token, g)
    expect(foreign.status).toBe(404)
    expect(foreign.body.reason).toBe('unknown')
    const unknown = await scan('A'.repeat(43), g)
    expect(unknown.body.reason).toBe('unknown')
    for (const bad of ['short', 42, null, { $ne: 1 }, 'x'.repeat(5000)]) {
      const res = await scan(bad, g)
      expect(res.status, JSON.stringify(bad)).toBe(400)
      expect(res.body.reason).toBe('unknown')
    }
    const payload = await testPayload()
    const uses = await payload.count({
      collection: 'visitor-pass-uses',
      where: { pass: { equals: theirs.id } },
    })
    expect(uses.totalDocs).toBe(0)
  })

  it('VIS-4: unknown tokens are rate-limited per device (10 per 15 minutes), then every scan from it is refused', async () => {
    const { auth } = await resident()
    const good = await pass(auth)
    const device = { apiKey: (await makeKiosk()).apiKey }
    for (let i = 0; i < 10; i++)
      expect((await scan(`${'B'.repeat(40)}${String(i).padStart(3, '0')}`, device)).status).toBe(
        404,
      )
    expect((await scan('C'.repeat(43), device)).status).toBe(429)
    expect((await scan(good.token, device)).status).toBe(429)
    expect((await scan(good.token, kiosk)).status).toBe(200)
  })

  it('VIS-4: 12 parallel scans of a 3-use pass at the gate and kiosks check in exactly 3', async () => {
    const { auth } = await resident()
    const p = await pass(auth, { maxUses: 3 })
    const kiosk2 = { apiKey: (await makeKiosk()).apiKey }
    const scanners = [guard, kiosk, kiosk2]
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => scan(p.token, scanners[i % 3])),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(3)
    expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true)
    expect(results.filter((r) => r.status === 409).every((r) => r.body.reason === 'used-up')).toBe(
      true,
    )
    expect(
      results
        .filter((r) => r.status === 200)
        .map((r) => r.body.use)
        .sort(),
    ).toEqual([1, 2, 3])
    const payload = await testPayload()
    const uses = await payload.count({
      collection: 'visitor-pass-uses',
      where: { pass: { equals: p.id } },
    })
    expect(uses.totalDocs).toBe(3)
  })

  it('GEN-5: a kiosk, CS and anonymous callers may not create passes; only guards and kiosks scan', async () => {
    expect((await give(kiosk, {})).status).toBe(403)
    expect((await give(guard, {})).status).toBe(403)
    expect((await give(undefined, {})).status).toBe(403)
    const { auth } = await resident()
    const p = await pass(auth)
    expect((await scan(p.token, cs)).status).toBe(403)
    expect((await scan(p.token, { token: 'nonsense' } as Auth)).status).toBe(403)
    const anon = await api('/api/visitor-passes/check-in', {
      method: 'POST',
      json: { token: p.token },
    })
    expect(anon.status).toBe(403)
    expect((await api('/api/visitor-passes', { auth: kiosk })).status).toBe(403)
    expect((await api(`/api/visitor-passes/${p.id}/share`, { auth: guard })).status).toBe(403)
    // The pass is still unused.
    expect((await api(`/api/visitor-passes/${p.id}`, { auth })).body.uses).toBe(0)
  })

  it('VIS-4: the token is stored only as looked up by its hash; a where on it finds nothing through the API', async () => {
    const { auth } = await resident()
    const p = await pass(auth)
    const payload = await testPayload()
    const found = await payload.find({
      collection: 'visitor-passes',
      where: { tokenHash: { equals: hashPassToken(p.token) } },
    })
    expect(found.docs.map((d) => String(d.id))).toEqual([String(p.id)])
    const probe = await api(`/api/visitor-passes?where[token][equals]=${p.token}`, { auth: guard })
    expect(probe.status).toBeLessThan(500)
    if (probe.status === 200) expect(probe.body.docs).toHaveLength(0)
    const probe2 = await api(
      `/api/visitor-passes?where[tokenHash][equals]=${hashPassToken(p.token)}`,
      { auth: guard },
    )
    expect(probe2.status).toBeLessThan(500)
    if (probe2.status === 200) expect(probe2.body.docs).toHaveLength(0)
  })
})

describe('anonymous (the shared page)', () => {
  it('VIS-4: the share link opens a page with the QR, the window and the estate’s name, nothing about the resident', async () => {
    const { auth, household } = await resident()
    const p = await pass(auth, { visitorName: '私人姓名' })
    const page = await api(new URL(p.url).pathname)
    expect(page.status).toBe(200)
    const html = String(page.body)
    expect(html).toContain('<svg')
    expect(html).not.toContain('私人姓名')
    expect(html).not.toContain(household.unit)
    expect((await api(`/visit/${'Z'.repeat(43)}`)).status).toBe(404)
    expect((await api('/visit/short')).status).toBe(404)
  })
})
