/**
 * The staff dashboard's counts and its one search box (issue 8, staff screens): what each role
 * sees is counted and found as that staff member, within their estate; residents, kiosks and
 * anonymous callers are refused; odd input is a 400 with a code, never a 5xx. Grouped by who acts.
 */
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { countDesks } from '@/domain/dashboard/countDesks'
import { brandTitle, readAdminBrand } from '@/server/adminBrand'

import { api, login } from '../support/http'
import {
  asUser,
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  testEstate,
  testPayload,
  type TestStaff,
} from '../support/payload'

type Hit = { id: number; title: string; detail: string; href: string }
type Results = { households: Hit[]; members: Hit[]; passes: Hit[] }

/** A name no other test uses, in Chinese as the register writes it. */
const uniqueName = () => `測試${randomUUID().replace(/-/g, '').slice(0, 6)}`

const search = async (q: string, token?: string) =>
  api(`/api/search?q=${encodeURIComponent(q)}`, {
    auth: token ? { token } : undefined,
    headers: { 'Accept-Language': 'en' },
  })

const deskCounts = async (staff: TestStaff) => {
  const desks = await countDesks(await testPayload(), (await asUser(staff)) as never)
  return Object.fromEntries(desks.map((desk) => [desk.key, desk]))
}

/** Puts a pass in a state the desks count, as the server's own operations would leave it. */
const setPass = async (id: number | string, data: Record<string, unknown>) => {
  const payload = await testPayload()
  await payload.db.updateOne({ collection: 'passes', id, data })
}

let cs: TestStaff
let guard: TestStaff
let finance: TestStaff
let tokens: Record<'cs' | 'guard' | 'finance', string>
let name: string
let home: Awaited<ReturnType<typeof makeHousehold>>
let passNumber: string
let elsewhere: Awaited<ReturnType<typeof makeHousehold>>

beforeAll(async () => {
  ;[cs, guard, finance] = await Promise.all([
    makeStaff(['cs']),
    makeStaff(['guard']),
    makeStaff(['finance']),
  ])
  tokens = {
    cs: await login(cs.email, cs.password),
    guard: await login(guard.email, guard.password),
    finance: await login(finance.email, finance.password),
  }
  name = uniqueName()
  home = await makeHousehold([
    { name, relationship: 'owner', gender: 'male' },
    { name: `${name}妻`, relationship: 'spouse', gender: 'female' },
  ])
  const payload = await testPayload()
  const passes = await payload.find({
    collection: 'passes',
    where: { household: { equals: home.household.id } },
    sort: 'number',
    limit: 1,
  })
  passNumber = passes.docs[0]!.number!
  // The same name and unit at another estate: never found from this one.
  const other = await makeEstate()
  elsewhere = await makeHousehold([{ name, relationship: 'owner', gender: 'male' }], {
    estate: other.id,
    unit: home.household.unit,
  })
})

describe('cs', () => {
  it('finds a household by its unit, and by a member’s name, with links to the records', async () => {
    const byUnit = await search(home.household.unit, tokens.cs)
    expect(byUnit.status).toBe(200)
    expect((byUnit.body as Results).households.map((h) => h.id)).toEqual([home.household.id])
    expect((byUnit.body as Results).households[0]!.href).toBe(
      `/admin/collections/households/${home.household.id}`,
    )

    const byName = await search(name, tokens.cs)
    const results = byName.body as Results
    expect(results.households.map((h) => h.id)).toEqual([home.household.id])
    expect(results.households[0]!.detail).toBe(`${name} ${name}妻`)
    expect(results.members.map((m) => m.title).sort()).toEqual([name, `${name}妻`].sort())
    expect(results.members[0]!.detail).toBe(home.household.unit)
    expect(results.members[0]!.href).toMatch(/^\/admin\/collections\/members\/\d+$/)
  })

  it('finds a household by a resident’s phone number, never another estate’s with the same number', async () => {
    const payload = await testPayload()
    const phone = `139${String(Date.now()).slice(-8)}`
    const mine = await makeResident(home.household.id)
    const theirs = await makeResident(elsewhere.household.id)
    for (const id of [mine.id, theirs.id]) {
      await payload.update({ collection: 'residents', id, data: { phone }, overrideAccess: true })
    }
    const res = await search(phone.slice(-8), tokens.cs)
    expect(res.status).toBe(200)
    const ids = (res.body as Results).households.map((h) => String(h.id))
    expect(ids).toEqual([String(home.household.id)])
  })

  it('finds a pass by its number, with its unit', async () => {
    const res = await search(passNumber, tokens.cs)
    expect(res.status).toBe(200)
    const passes = (res.body as Results).passes
    expect(passes.map((p) => p.title)).toContain(passNumber)
    expect(passes.find((p) => p.title === passNumber)!.detail).toBe(home.household.unit)
  })

  it('never returns another estate’s households, members or passes with the same unit and name', async () => {
    const res = await search(name, tokens.cs)
    const ids = (res.body as Results).households.map((h) => String(h.id))
    expect(ids).not.toContain(String(elsewhere.household.id))
    const memberIds = (res.body as Results).members.map((m) => String(m.id))
    expect(memberIds).not.toContain(String(elsewhere.members[0]!.id))
  })

  it('finds the household by a member’s new name once the member is renamed', async () => {
    const payload = await testPayload()
    const renamed = uniqueName()
    await payload.update({
      collection: 'members',
      id: home.members[1]!.id,
      data: { name: renamed },
      user: await asUser(cs),
      overrideAccess: false,
    })
    const res = await search(renamed, tokens.cs)
    expect((res.body as Results).households.map((h) => h.id)).toEqual([home.household.id])
    // The admin's households list searches the same kept names (listSearchableFields).
    const list = await api(
      `/api/households?where[memberNames][like]=${encodeURIComponent(renamed)}&depth=0`,
      { auth: { token: tokens.cs } },
    )
    expect(list.body.docs.map((h: { id: number }) => h.id)).toEqual([home.household.id])
  })

  it('accepts one Chinese character (a surname), and refuses one Latin letter with a code', async () => {
    const one = await search(name[0]!, tokens.cs)
    expect(one.status).toBe(200)
    const short = await search('a', tokens.cs)
    expect(short.status).toBe(400)
    expect(short.body.errors[0].data.code).toBe('search.query-too-short')
    expect(short.body.errors[0].message).toMatch(/at least 2/)
  })

  it('answers odd input with a 400 or a plain empty answer, never a 5xx', async () => {
    const empty = await api('/api/search', { auth: { token: tokens.cs } })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].data.code).toBe('search.query-too-short')
    const long = await search('x'.repeat(51), tokens.cs)
    expect(long.status).toBe(400)
    expect(long.body.errors[0].data.code).toBe('search.query-too-long')
    const control = await search('1-\u0000', tokens.cs)
    expect(control.status).toBe(400)
    expect(control.body.errors[0].data.code).toBe('search.query-invalid')
    for (const odd of ['%%', "1' OR '1'='1", '__', '\\\\', '[]', '{"$gt":""}', '😀😀', '%_%']) {
      const res = await search(odd, tokens.cs)
      expect(res.status, odd).toBe(200)
      expect(Object.keys(res.body).sort(), odd).toEqual(['households', 'members', 'passes'])
    }
    const twice = await api(`/api/search?q=ab&q=cd`, { auth: { token: tokens.cs } })
    expect(twice.status).toBe(200)
  })

  it('counts households awaiting handover of its own estate only, linking to the filtered list', async () => {
    const before = await deskCounts(cs)
    await makeHousehold()
    const other = await makeEstate()
    await makeHousehold(undefined, { estate: other.id })
    const after = await deskCounts(cs)
    expect(after['households-awaiting-handover']!.count).toBe(
      before['households-awaiting-handover']!.count + 1,
    )
    expect(after['households-awaiting-handover']!.href).toBe(
      '/admin/collections/households?where%5Bstatus%5D%5Bequals%5D=pre-move-in',
    )
  })

  it('counts passes awaiting payment and passes reported lost, and the failing e-mails', async () => {
    const before = await deskCounts(cs)
    const { household } = await makeHousehold()
    const payload = await testPayload()
    const passes = await payload.find({
      collection: 'passes',
      where: { household: { equals: household.id } },
      sort: 'number',
    })
    await setPass(passes.docs[0]!.id, { fee: 50 })
    await setPass(passes.docs[1]!.id, { fee: 50, feePaidAt: new Date().toISOString() })
    await setPass(passes.docs[2]!.id, { status: 'lost' })
    const estate = await testEstate()
    await payload.db.create({
      collection: 'notifications',
      data: { to: 'x@test.example', subject: 'S', body: 'B', status: 'failed', estate: estate.id },
    })
    const after = await deskCounts(cs)
    expect(after['passes-awaiting-payment']!.count).toBe(
      before['passes-awaiting-payment']!.count + 1,
    )
    expect(after['passes-lost']!.count).toBe(before['passes-lost']!.count + 1)
    expect(after['emails-failing']!.count).toBe(before['emails-failing']!.count + 1)
  })
})

describe('guard', () => {
  it('finds passes and members (names and units are theirs to read)', async () => {
    const res = await search(passNumber, tokens.guard)
    expect(res.status).toBe(200)
    expect((res.body as Results).passes.map((p) => p.title)).toContain(passNumber)
    const byName = await search(name, tokens.guard)
    expect((byName.body as Results).members.map((m) => m.title)).toContain(name)
  })

  it('sees the gate’s work (lost passes, visitors at the gate), not the office’s or the outbox', async () => {
    const desks = await deskCounts(guard)
    expect(Object.keys(desks).sort()).toEqual(['passes-lost', 'visitors-waiting'])
    expect(desks['visitors-waiting']!.href).toBe('/office/gate')
  })
})

describe('finance', () => {
  it('sees the passes awaiting payment, and not the outbox (which it may not read)', async () => {
    const desks = await deskCounts(finance)
    expect(Object.keys(desks)).toEqual(['passes-awaiting-payment'])
    expect(desks['passes-awaiting-payment']!.count).toBeGreaterThan(0)
  })

  it('finds a household by unit', async () => {
    const res = await search(home.household.unit, tokens.finance)
    expect(res.status).toBe(200)
    expect((res.body as Results).households.map((h) => h.id)).toEqual([home.household.id])
  })
})

describe('supervisor and manager', () => {
  it('the manager sees every desk of the office, the supervisor all but the outbox', async () => {
    const [manager, supervisor] = await Promise.all([
      makeStaff(['manager']),
      makeStaff(['supervisor']),
    ])
    expect(Object.keys(await deskCounts(manager))).toContain('emails-failing')
    const desks = Object.keys(await deskCounts(supervisor))
    expect(desks).toContain('households-awaiting-handover')
    expect(desks).toContain('complaints-overdue')
    expect(desks).not.toContain('emails-failing')
  })
})

describe('resident', () => {
  it('is refused the search with a code, even for their own unit', async () => {
    const resident = await makeResident(home.household.id)
    const token = await login(resident.email, resident.password, 'residents')
    const res = await search(home.household.unit, token)
    expect(res.status).toBe(403)
    expect(res.body.errors[0].data.code).toBe('search.staff-only')
  })

  it('gets no dashboard counts', async () => {
    const resident = await makeResident(home.household.id)
    const payload = await testPayload()
    const user = await payload.findByID({ collection: 'residents', id: resident.id })
    expect(await countDesks(payload, { ...user, collection: 'residents' } as never)).toEqual([])
  })
})

describe('kiosk', () => {
  it('is refused the search with a code', async () => {
    const kiosk = await makeKiosk()
    const res = await api(`/api/search?q=${encodeURIComponent(home.household.unit)}`, {
      auth: { apiKey: kiosk.apiKey },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].data.code).toBe('search.staff-only')
  })
})

describe('anonymous', () => {
  it('is refused the search, whatever the query', async () => {
    for (const q of [home.household.unit, '', 'a']) {
      const res = await search(q)
      expect(res.status, q).toBe(403)
      expect(res.body.errors[0].data.code).toBe('request.forbidden')
    }
  })
})

describe('the admin’s brand', () => {
  it('names the estate the staff member works in, in the admin’s language, with its logo', async () => {
    const payload = await testPayload()
    const estate = await makeEstate('品牌屋苑')
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    )
    const logo = await payload.create({
      collection: 'estate-logos',
      data: { alt: '標誌', estate: estate.id },
      file: { data: png, mimetype: 'image/png', name: `brand-${Date.now()}.png`, size: png.length },
    })
    await payload.update({ collection: 'estates', id: estate.id, data: { logo: logo.id } })
    const staff = await makeStaff(['cs'], 'Brand CS', { estate: estate.id })
    const user = (await asUser(staff)) as never
    const zh = await readAdminBrand(payload, user, 'zh-TW')
    expect(zh.name).toBe('品牌屋苑')
    expect(zh.logoUrl).toMatch(/\/api\/estate-logos\/file\//)
    expect((await readAdminBrand(payload, user, 'en')).name).toBe(estate.nameEn)
    expect(brandTitle('Dashboard · 屋苑管理處 Estate office', zh)).toBe('Dashboard · 品牌屋苑')
  })

  it('before login, on an installation of several estates, names no estate', async () => {
    const payload = await testPayload()
    expect((await payload.count({ collection: 'estates' })).totalDocs).toBeGreaterThan(1)
    expect(await readAdminBrand(payload, null, 'zh-TW')).toEqual({ name: '屋苑管理處' })
    expect(await readAdminBrand(payload, null, 'en')).toEqual({ name: 'Estate office' })
  })

  it('a resident or a kiosk gets the neutral name, never an estate’s details through the admin', async () => {
    const payload = await testPayload()
    const resident = await makeResident(home.household.id)
    const user = await payload.findByID({ collection: 'residents', id: resident.id })
    expect(
      await readAdminBrand(payload, { ...user, collection: 'residents' } as never, 'en'),
    ).toEqual({ name: 'Estate office' })
  })
})
