/**
 * VIS-5 with many visitors inside: the gate and CS boards carry how many are inside and only the
 * latest of them (the board read stays small whatever the number), and the inside list
 * (`GET /api/visitor-requests/inside?page=&q=`) pages through everyone inside and finds them by
 * name, organisation, plate or host, for the guard to check them out. One estate of its own with
 * 60 inside (2 let in at the gate on a request, 58 with a visitor pass), made here; grouped by who
 * acts. The check-outs come last: they change the count the others read.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { VISITOR_PASS_USES } from '../../collections/VisitorPassUses'
import { type Auth, api, login } from '../support/http'
import {
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  testPayload,
} from '../support/payload'

type Id = number | string
type Inside = {
  kind: 'request' | 'pass'
  id: Id
  name: string
  organisation: string | null
  plate: string | null
  hostUnit: string | null
  hostDepartment: { en: string; 'zh-TW': string } | null
  checkedInAt: string
  canCheckOut: boolean
}

const SHOWN = 20
const INSIDE = 60
let guard: Auth
let cs: Auth
let security: Auth
let finance: Auth
let kiosk: Auth
let hostResident: Auth
let otherResident: Auth
let hostUnit: string
let otherUnit: string
let theirGuard: Auth
const requests: { contractor: Id; office: Id } = { contractor: 0, office: 0 }

function expectRefusal(res: { status: number; body: any }, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  const [error] = res.body.errors
  if (code) expect(error.data?.code ?? error.extensions?.code).toBe(code)
  expect(error.message).toBeTruthy()
  return error
}

const board = (auth: Auth) => api('/api/visitor-requests/board', { auth })
const insideList = (auth: Auth, query = '', lang = 'en') =>
  api(`/api/visitor-requests/inside${query}`, { auth, headers: { 'Accept-Language': lang } })
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString()

async function residentOf(estate: Id) {
  const { household, members } = await makeHousehold(undefined, { estate })
  const account = await makeResident(household.id, members[0]!.id)
  const auth = { token: await login(account.email, account.password, 'residents') }
  return { household, auth }
}

async function givePass(auth: Auth, visitorName: string, maxUses: number) {
  const res = await api('/api/visitor-passes', {
    method: 'POST',
    auth,
    json: { visitorName, validFrom: minutesAgo(300), validUntil: minutesAgo(-180), maxUses },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as Id
}

/** A visitor let in at the gate: the guard asks, CS admits, the guard checks them in. */
async function letInAtTheGate(json: Record<string, unknown>) {
  const made = await api('/api/visitor-requests', { method: 'POST', auth: guard, json })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  const id = made.body.doc.id as Id
  const patch = (body: Record<string, unknown>, auth: Auth) =>
    api(`/api/visitor-requests/${id}`, { method: 'PATCH', auth, json: body })
  const admitted = await patch(
    { status: 'admitted', confirmedBy: '住戶', confirmedHow: 'phone' },
    cs,
  )
  expect(admitted.status, JSON.stringify(admitted.body)).toBe(200)
  expect((await patch({ status: 'checked-in' }, guard)).status).toBe(200)
  return id
}

beforeAll(async () => {
  const payload = await testPayload()
  const estate = await makeEstate('多訪客苑')
  const staff = async (roles: string[], name: string) => {
    const made = await makeStaff(roles as never, name, { estate: estate.id })
    return { token: await login(made.email, made.password) }
  }
  guard = await staff(['guard'], '保安庚')
  cs = await staff(['cs'], '客服庚')
  security = await staff(['security'], '安全部庚')
  finance = await staff(['finance'], '財務庚')
  kiosk = { apiKey: (await makeKiosk({ estate: estate.id })).apiKey }
  const host = await residentOf(estate.id)
  const other = await residentOf(estate.id)
  hostResident = host.auth
  otherResident = other.auth
  hostUnit = host.household.unit
  otherUnit = other.household.unit
  const elsewhere = await makeStaff(['guard'], '他苑保安', { estate: (await makeEstate()).id })
  theirGuard = { token: await login(elsewhere.email, elsewhere.password) }

  // 58 with a pass: 5 passes of 11 uses for the host unit, checked in over the last hours, and
  // one visitor of the other household, 3 times, the earliest of all (never on a board).
  const uses: { pass: Id; slot: string; usedAt: string }[] = []
  const lin = await givePass(other.auth, '林獨特', 3)
  for (let n = 1; n <= 3; n++)
    uses.push({ pass: lin, slot: `${lin}#${n}`, usedAt: minutesAgo(290 - n) })
  for (let p = 0; p < 5; p++) {
    const pass = await givePass(host.auth, `群訪客${p}`, 11)
    for (let n = 1; n <= 11; n++) {
      uses.push({ pass, slot: `${pass}#${n}`, usedAt: minutesAgo(200 - p * 11 - n) })
    }
  }
  for (const use of uses) {
    await payload.create({
      collection: VISITOR_PASS_USES,
      data: { ...use, pass: use.pass as number, place: 'gate', estate: estate.id },
      overrideAccess: true,
    })
  }
  // 2 at the gate, the latest of all.
  requests.contractor = await letInAtTheGate({
    surname: '郭',
    organisation: '大昌裝修',
    plate: 'zz 9001',
    hostHousehold: host.household.id,
  })
  requests.office = await letInAtTheGate({ surname: '何', hostDepartment: 'management-office' })
})

describe('guard', () => {
  it(`VIS-5: with ${INSIDE} inside, the board carries the count and only the latest ${SHOWN}, newest first`, async () => {
    const res = await board(guard)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const { count, shown, latest } = res.body.inside as {
      count: number
      shown: number
      latest: Inside[]
    }
    expect(count).toBe(INSIDE)
    expect(shown).toBe(SHOWN)
    expect(latest).toHaveLength(SHOWN)
    const times = latest.map((v) => v.checkedInAt)
    expect(times).toEqual([...times].sort().reverse())
    // The two let in at the gate came last: they lead, with their check-out.
    expect(latest.slice(0, 2).map((v) => [v.kind, v.name, v.canCheckOut])).toEqual([
      ['request', '何', true],
      ['request', '郭', true],
    ])
    expect(latest[1]).toMatchObject({ organisation: '大昌裝修', plate: 'ZZ9001', hostUnit })
    expect(latest[0]!.hostDepartment).toEqual({ en: 'Management office', 'zh-TW': '管理處' })
    expect(latest.slice(2).every((v) => v.kind === 'pass' && v.canCheckOut)).toBe(true)
    expect(latest.map((v) => v.name)).not.toContain('林獨特')
    // The visitors inside are not also request rows; the answer stays small.
    expect(res.body.requests.map((r: { status: string }) => r.status)).not.toContain('checked-in')
    expect(JSON.stringify(res.body).length).toBeLessThan(20_000)
  })

  it(`VIS-5: the inside list pages through all ${INSIDE}, 20 a page, nobody twice and nobody missed`, async () => {
    const seen: string[] = []
    for (const page of [1, 2, 3]) {
      const res = await insideList(guard, `?page=${page}`)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body).toMatchObject({ count: INSIDE, page, pages: 3, pageSize: 20, q: '' })
      expect(res.body.visitors).toHaveLength(20)
      seen.push(...res.body.visitors.map((v: Inside) => `${v.kind}-${v.id}`))
    }
    expect(new Set(seen).size).toBe(INSIDE)
    const first = (await insideList(guard)).body
    expect(first.page).toBe(1)
    expect(first.visitors.slice(0, 2).map((v: Inside) => v.kind)).toEqual(['request', 'request'])
    const beyond = await insideList(guard, '?page=4')
    expect(beyond.status).toBe(200)
    expect(beyond.body).toMatchObject({ count: INSIDE, page: 4, pages: 3, visitors: [] })
  })

  it('VIS-5: the inside list finds a visitor by name, unit, plate, organisation or department', async () => {
    const find = async (q: string) => {
      const res = await insideList(guard, `?q=${encodeURIComponent(q)}`)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return res.body as { count: number; q: string; visitors: Inside[] }
    }
    const lin = await find(' 林獨特 ')
    expect(lin.q).toBe('林獨特')
    expect(lin.count).toBe(3)
    expect(lin.visitors.map((v) => [v.name, v.hostUnit, v.canCheckOut])).toEqual(
      Array(3).fill(['林獨特', otherUnit, true]),
    )
    expect((await find(otherUnit)).visitors.map((v) => v.name)).toEqual(Array(3).fill('林獨特'))
    // The host unit: the contractor at the gate and the 55 with a pass.
    expect((await find(hostUnit)).count).toBe(56)
    expect((await find('zz9001')).visitors.map((v) => v.name)).toEqual(['郭'])
    expect((await find('大昌')).visitors.map((v) => v.name)).toEqual(['郭'])
    expect((await find('管理處')).visitors.map((v) => v.name)).toEqual(['何'])
    expect((await find('management')).visitors.map((v) => v.name)).toEqual(['何'])
    const many = await find('群訪客')
    expect(many.count).toBe(55)
    expect(many.visitors).toHaveLength(20)
    expect((await find('沒有這個人')).count).toBe(0)
  })
})

describe('cs, security', () => {
  it('VIS-5: cs and Security read the count, the latest and the inside list, with no check-out offered', async () => {
    for (const auth of [cs, security]) {
      const res = await board(auth)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.inside.count).toBe(INSIDE)
      expect(res.body.inside.latest).toHaveLength(SHOWN)
      expect(res.body.inside.latest.some((v: Inside) => v.canCheckOut)).toBe(false)
      const list = await insideList(auth, '?q=林獨特')
      expect(list.status, JSON.stringify(list.body)).toBe(200)
      expect(list.body.count).toBe(3)
      expect(list.body.visitors.some((v: Inside) => v.canCheckOut)).toBe(false)
    }
  })

  it('VIS-5: cs cannot check out a visitor found on the list', async () => {
    const [found] = (await insideList(cs, '?q=林獨特')).body.visitors as Inside[]
    expectRefusal(
      await api('/api/visitor-passes/check-out', {
        method: 'POST',
        auth: cs,
        json: { use: found!.id },
      }),
      403,
      'visitors.pass-use-by-guard',
    )
  })
})

describe('other staff and another estate', () => {
  it('VIS-5: finance staff are refused the inside list with a message in their language', async () => {
    const en = expectRefusal(await insideList(finance), 403, 'visitors.inside-desk-only')
    expect(en.message).toMatch(/gate guards/)
    const zh = expectRefusal(await insideList(finance, '', 'zh-TW'), 403)
    expect(zh.message).toMatch(/在內的訪客/)
  })

  it('VIS-5: another estate’s guard sees none of this estate’s visitors', async () => {
    const res = await insideList(theirGuard, '?q=林獨特')
    expect(res.status).toBe(200)
    expect(res.body.count).toBe(0)
    expect((await board(theirGuard)).body.inside.latest).toEqual([])
  })
})

describe('resident of the unit visited', () => {
  it('VIS-5: is refused the board and the inside list', async () => {
    expect((await board(hostResident)).status).toBe(403)
    expectRefusal(await insideList(hostResident), 403, 'visitors.inside-desk-only')
  })
})

describe('resident of another household', () => {
  it('VIS-5: is refused the inside list, even searching for their own visitor', async () => {
    expectRefusal(await insideList(otherResident, '?q=林獨特'), 403, 'visitors.inside-desk-only')
  })
})

describe('kiosk', () => {
  it('GEN-5: a kiosk only checks in: the board and the inside list are refused', async () => {
    expect((await board(kiosk)).status).toBe(403)
    expectRefusal(await insideList(kiosk), 403, 'visitors.inside-desk-only')
  })
})

describe('anonymous', () => {
  it('VIS-5: nobody signed in reads neither', async () => {
    expect((await board(undefined)).status).toBe(403)
    expect((await insideList(undefined)).status).toBe(403)
  })
})

describe('guard (bad input)', () => {
  it('VIS-5: a page that is not a whole number from 1 to 1000 is a 400 with a message, never a 5xx', async () => {
    // The server's request guard answers most malformed pages first; the list itself the rest.
    for (const page of ['abc', '0', '-1', '1.5', '1e3', '99999999999999999999', '%00', ' 2']) {
      const res = await insideList(guard, `?page=${encodeURIComponent(page)}`)
      const error = expectRefusal(res, 400)
      expect(['request.malformed-query', 'visitors.inside-page']).toContain(error.data.code)
    }
    expectRefusal(await insideList(guard, '?page=1&page=2'), 400)
    for (const page of ['1001', '999999']) {
      expectRefusal(await insideList(guard, `?page=${page}`), 400, 'visitors.inside-page')
    }
    const zh = expectRefusal(await insideList(guard, '?page=1001', 'zh-TW'), 400)
    expect(zh.message).toContain('1 至 1000')
  })

  it('VIS-5: a search too long or holding control characters is a 400; odd characters are searched as text', async () => {
    expectRefusal(await insideList(guard, `?q=${'a'.repeat(51)}`), 400, 'search.query-too-long')
    expectRefusal(await insideList(guard, '?q=%00abc'), 400, 'search.query-invalid')
    for (const q of ["'; drop table users; --", '%', '_', '\\', '[]', '"', '😀']) {
      const res = await insideList(guard, `?q=${encodeURIComponent(q)}`)
      expect(res.status, `${q}: ${JSON.stringify(res.body)}`).toBe(200)
    }
    // An operator smuggled into the search's name is not a search.
    expect((await insideList(guard, '?q[like]=林')).body.count).toBe(INSIDE)
  })
})

describe('guard (checking out from the inside list)', () => {
  it('VIS-5: a visitor found on the list, beyond the board, is checked out there; the count and list follow', async () => {
    const [lin] = (await insideList(guard, '?q=林獨特')).body.visitors as Inside[]
    const out = await api('/api/visitor-passes/check-out', {
      method: 'POST',
      auth: guard,
      json: { use: lin!.id },
    })
    expect(out.status, JSON.stringify(out.body)).toBe(200)
    const after = (await insideList(guard, '?q=林獨特')).body
    expect(after.count).toBe(2)
    expect(after.visitors.map((v: Inside) => v.id)).not.toContain(lin!.id)

    const [contractor] = (await insideList(guard, '?q=zz9001')).body.visitors as Inside[]
    expect(contractor).toMatchObject({ kind: 'request', id: requests.contractor })
    const left = await api(`/api/visitor-requests/${contractor!.id}`, {
      method: 'PATCH',
      auth: guard,
      json: { status: 'checked-out' },
    })
    expect(left.status, JSON.stringify(left.body)).toBe(200)
    expect((await insideList(guard, '?q=zz9001')).body.count).toBe(0)
    const now = (await board(guard)).body
    expect(now.inside.count).toBe(INSIDE - 2)
    expect(now.inside.latest.map((v: Inside) => v.name)).not.toContain('郭')
    // The gate's request is now among those who left, on the board.
    expect(
      now.requests.find((r: { id: Id }) => String(r.id) === String(requests.contractor))?.status,
    ).toBe('checked-out')
  })
})
