/**
 * Live boards (VIS-1, VIS-2, VIS-5, PMT-2, GEN-5): a change of an estate's visitors or permits is
 * announced once it is committed, to every server process (PostgreSQL: LISTEN/NOTIFY), and an
 * event stream per topic tells the boards of the estate, and a host resident of their own unit's
 * visitors, that they should read again. Grouped by who listens; each test makes its own data.
 */
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type http from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'

import express from 'express'
import pg from 'pg'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  closeLiveBus,
  createLocalBus,
  createPostgresBus,
  type LiveBus,
  type LiveChange,
  type LiveState,
  liveBusOf,
} from '@/server/live/bus'
import { createLiveStreams } from '@/server/live/stream'
import { postgresAdmin, testDatabase } from '../support/database'
import { type Auth, api, login } from '../support/http'
import {
  asUser,
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  testPayload,
} from '../support/payload'
import { openStream, type SseStream } from '../support/sse'

type Id = number | string
const kind = testDatabase()
const streams: SseStream[] = []
const buses: LiveBus[] = []

afterAll(async () => {
  for (const s of streams) s.close()
  await Promise.all(buses.map((b) => b.close()))
  await closeLiveBus()
})

const bearer = (auth: Auth): Record<string, string> =>
  auth && 'token' in auth
    ? { Authorization: `JWT ${auth.token}` }
    : auth && 'apiKey' in auth
      ? { Authorization: `${auth.collection ?? 'kiosks'} API-Key ${auth.apiKey}` }
      : {}

/** Follows a topic on the test server as `auth`, like a board's EventSource. */
async function follow(topic: string, auth?: Auth, lang = 'en') {
  const stream = await openStream(inject('baseURL'), `/api/live/${topic}`, {
    ...bearer(auth),
    'Accept-Language': lang,
  })
  streams.push(stream)
  return stream
}

const changed = (topic: string) => (e: { event: string; data: string }) =>
  e.event === 'changed' && e.data === topic

async function staffAt(estate: Id | undefined, ...roles: Parameters<typeof makeStaff>[0]) {
  const s = await makeStaff(roles, `Live ${roles.join('+')}`, estate ? { estate } : {})
  return { ...s, auth: { token: await login(s.email, s.password) } as Auth }
}

const ask = (auth: Auth, json: Record<string, unknown>) =>
  api('/api/visitor-requests', { method: 'POST', auth, json: { surname: '林', ...json } })

function expectRefusal(stream: SseStream, status: number, code: string) {
  expect(stream.status, JSON.stringify(stream.body)).toBe(status)
  expect(stream.body.errors[0].data.code).toBe(code)
  return stream.body.errors[0].message as string
}

/** Waits until `check` holds, up to `ms`. */
async function until(check: () => boolean, ms = 5000) {
  const deadline = Date.now() + ms
  while (!check() && Date.now() < deadline) await sleep(10)
  return check()
}

describe('anonymous', () => {
  it('VIS-2: may not follow a board (401, coded, in the reader’s language)', async () => {
    const en = await follow('visitors')
    expect(expectRefusal(en, 401, 'live.sign-in-required')).toBe(
      'Sign in to follow this board live.',
    )
    const zh = await follow('permits', undefined, 'zh-TW')
    expect(expectRefusal(zh, 401, 'live.sign-in-required')).toMatch(/請先登入/)
  })

  it('an unknown board is 404 with the boards there are, never a stream', async () => {
    const s = await follow('passes')
    expect(expectRefusal(s, 404, 'live.unknown-topic')).toMatch(/visitors, permits/)
    const odd = await follow('%E2%80%AE')
    expect(odd.status).toBeGreaterThanOrEqual(400)
    expect(odd.status).toBeLessThan(500)
  })
})

describe('guard and customer service', () => {
  it('VIS-1, VIS-2: the CS board hears of a request the guard records, as an event without data', async () => {
    const estate = await makeEstate('即時屋苑')
    const guard = await staffAt(estate.id, 'guard')
    const cs = await staffAt(estate.id, 'cs')
    const board = await follow('visitors', cs.auth)
    expect(board.status).toBe(200)
    expect(board.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(board.headers.get('cache-control')).toMatch(/no-store/)
    expect(board.headers.get('content-encoding')).toBeNull()
    // The security headers of every other answer apply to the stream too.
    expect(board.headers.get('x-content-type-options')).toBe('nosniff')
    expect(board.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
    expect(await until(() => board.retry() !== null)).toBe(true)
    expect(board.retry()).toBe(3000)

    const made = await ask(guard.auth, { hostDepartment: 'engineering' })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const event = await board.next(changed('visitors'), 5000)
    expect(event).not.toBeNull()
    // Only "changed": no record, no name, no id.
    expect(board.events.map((e) => e.data).join()).not.toMatch(/林|engineering/)
    expect(board.events.map((e) => e.data).join()).not.toContain(String(made.body.doc.id))
  })

  it('VIS-2: the gate board hears of CS’s answer', async () => {
    const estate = await makeEstate('即時屋苑')
    const guard = await staffAt(estate.id, 'guard')
    const cs = await staffAt(estate.id, 'cs')
    const made = await ask(guard.auth, { hostDepartment: 'management-office' })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const gate = await follow('visitors', guard.auth)
    expect(gate.status).toBe(200)
    const answered = await api(`/api/visitor-requests/${made.body.doc.id}`, {
      method: 'PATCH',
      auth: cs.auth,
      json: { status: 'admitted', confirmedBy: '管理部', confirmedHow: 'phone' },
    })
    expect(answered.status, JSON.stringify(answered.body)).toBe(200)
    expect(await gate.next(changed('visitors'))).not.toBeNull()
  })

  it('GEN-5: a change in estate B never reaches estate A’s boards', async () => {
    const a = await makeEstate('甲屋苑')
    const b = await makeEstate('乙屋苑')
    const csA = await staffAt(a.id, 'cs')
    const csB = await staffAt(b.id, 'cs')
    const guardB = await staffAt(b.id, 'guard')
    const boardA = await follow('visitors', csA.auth)
    const boardB = await follow('visitors', csB.auth)
    const made = await ask(guardB.auth, { hostDepartment: 'engineering' })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(await boardB.next(changed('visitors'))).not.toBeNull()
    await sleep(500)
    expect(boardA.events).toEqual([])
  })

  it('VIS-1: a guard may not follow the permits board (403), as they may not read permits', async () => {
    const guard = await staffAt(undefined, 'guard')
    const s = await follow('permits', guard.auth, 'zh-TW')
    expect(expectRefusal(s, 403, 'request.forbidden')).toMatch(/權限/)
    expect((await api('/api/work-permits', { auth: guard.auth })).status).toBe(403)
  })

  it('a staff member of a role that does not read visitors may not follow them (403)', async () => {
    const finance = await staffAt(undefined, 'finance')
    expectRefusal(await follow('visitors', finance.auth), 403, 'request.forbidden')
  })
})

describe('permit roles', () => {
  it('PMT-2: the permits board hears of a submitted permit and of each step', async () => {
    const estate = await makeEstate('施工屋苑')
    const engineering = await staffAt(estate.id, 'engineering')
    const cs = await staffAt(estate.id, 'cs')
    const board = await follow('permits', cs.auth)
    expect(board.status).toBe(200)
    const visitors = await follow('visitors', cs.auth)

    const form = new FormData()
    form.append('_payload', '{}')
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    )
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'w.png')
    const photo = await fetch(inject('baseURL') + '/api/permit-photos', {
      method: 'POST',
      headers: bearer(engineering.auth),
      body: form,
    }).then((r) => r.json())
    const submitted = await api('/api/work-permits', {
      method: 'POST',
      auth: engineering.auth,
      json: {
        department: 'engineering',
        company: '即時工程',
        personInCharge: '李工頭',
        fee: 200,
        validFrom: '2026-12-01',
        validUntil: '2026-12-31',
        workers: [{ name: '陳工人', idNumber: 'a123456(7)', photo: photo.doc.id }],
      },
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
    expect(await board.next(changed('permits'))).not.toBeNull()

    const seen = board.events.length
    const received = await api(`/api/work-permits/${submitted.body.doc.id}`, {
      method: 'PATCH',
      auth: cs.auth,
      json: { step: 'received' },
    })
    expect(received.status, JSON.stringify(received.body)).toBe(200)
    expect(await board.next(changed('permits'), 5000, seen)).not.toBeNull()
    // The visitors' boards are not told of permits.
    expect(visitors.events).toEqual([])
  })
})

describe('resident', () => {
  it('VIS-2, GEN-5: hears of visitors for their own unit only', async () => {
    const estate = await makeEstate('住戶屋苑')
    const guard = await staffAt(estate.id, 'guard')
    const mine = await makeHousehold(undefined, { estate: estate.id })
    const theirs = await makeHousehold(undefined, { estate: estate.id })
    const resident = await makeResident(mine.household.id, mine.members[0]!.id)
    const auth: Auth = { token: await login(resident.email, resident.password, 'residents') }
    const page = await follow('visitors', auth)
    expect(page.status, JSON.stringify(page.body)).toBe(200)
    const gate = await follow('visitors', guard.auth)

    const forThem = await ask(guard.auth, { hostHousehold: theirs.household.id })
    expect(forThem.status, JSON.stringify(forThem.body)).toBe(201)
    expect(await gate.next(changed('visitors'))).not.toBeNull()
    const forMe = await ask(guard.auth, { hostHousehold: mine.household.id })
    expect(forMe.status, JSON.stringify(forMe.body)).toBe(201)
    expect(await page.next(changed('visitors'))).not.toBeNull()
    await sleep(300)
    expect(page.events).toHaveLength(1)
  })

  it('GEN-5: may not follow the permits board (403)', async () => {
    const { household, members } = await makeHousehold()
    const resident = await makeResident(household.id, members[0]!.id)
    const auth: Auth = { token: await login(resident.email, resident.password, 'residents') }
    expectRefusal(await follow('permits', auth), 403, 'request.forbidden')
  })
})

describe('kiosk', () => {
  it('GEN-5: a lobby kiosk may not follow the boards (403)', async () => {
    const kiosk = await makeKiosk()
    const auth: Auth = { apiKey: kiosk.apiKey }
    expectRefusal(await follow('visitors', auth), 403, 'request.forbidden')
    expectRefusal(await follow('permits', auth), 403, 'request.forbidden')
  })
})

describe('the bus, in one process', () => {
  it('VIS-2: delivers a change to the estate’s subscribers of the topic, and to no one else', async () => {
    const bus = createLocalBus()
    buses.push(bus)
    const heard: [string, LiveChange][] = []
    bus.subscribe(1, 'visitors', (c) => heard.push(['1/visitors', c]))
    bus.subscribe(2, 'visitors', (c) => heard.push(['2/visitors', c]))
    const stop = bus.subscribe(1, 'permits', (c) => heard.push(['1/permits', c]))
    await bus.publish({ estate: 1, topic: 'visitors', household: 7 })
    await bus.publish({ estate: '1', topic: 'permits' })
    stop()
    await bus.publish({ estate: 1, topic: 'permits' })
    expect(heard).toEqual([
      ['1/visitors', { estate: 1, topic: 'visitors', household: 7 }],
      ['1/permits', { estate: '1', topic: 'permits' }],
    ])
    expect(bus.state()).toBe('local')
  })

  it('VIS-2: a board hears of a change only once it is committed, and can read it then', async () => {
    const payload = await testPayload()
    const estate = await makeEstate('交易屋苑')
    const guard = await makeStaff(['guard'], 'Live guard', { estate: estate.id })
    const surname = `候${randomUUID().slice(0, 6)}`
    const readable = (p: Payload) =>
      p
        .find({ collection: 'visitor-requests', where: { surname: { equals: surname } }, depth: 0 })
        .then((found) => found.totalDocs === 1)
    const heard: boolean[] = []
    liveBusOf(payload).subscribe(estate.id, 'visitors', () => {
      void readable(payload).then((seen) => heard.push(seen))
    })

    const req = await createLocalReq({ user: await asUser(guard) }, payload)
    const inTransaction = await initTransaction(req)
    expect(inTransaction).toBe(kind === 'postgres')
    await payload.create({
      collection: 'visitor-requests',
      data: { surname, hostDepartment: 'engineering' },
      req,
      overrideAccess: false,
    })
    if (inTransaction) {
      // The hooks have run; the change is not committed: nobody has been told.
      await sleep(300)
      expect(heard).toEqual([])
      await commitTransaction(req)
    }
    expect(await until(() => heard.length > 0)).toBe(true)
    expect(heard).toEqual([true])
  })
})

describe.runIf(kind === 'postgres')('the bus, across processes (PostgreSQL)', () => {
  const pgBus = (name: string, extra: Partial<Parameters<typeof createPostgresBus>[0]> = {}) => {
    const bus = createPostgresBus({
      pg,
      connection: { connectionString: inject('databaseUri'), application_name: name },
      log: () => undefined,
      ...extra,
    })
    buses.push(bus)
    return bus
  }

  it('VIS-2: a publish through one LISTEN connection reaches the other, once each', async () => {
    const one = pgBus('live-test-one')
    const two = pgBus('live-test-two')
    await Promise.all([one.listen(), two.listen()])
    expect([one.state(), two.state()]).toEqual(['up', 'up'])
    const atOne: LiveChange[] = []
    const atTwo: LiveChange[] = []
    one.subscribe(41, 'visitors', (c) => atOne.push(c))
    two.subscribe(41, 'visitors', (c) => atTwo.push(c))
    two.subscribe(42, 'visitors', (c) => atTwo.push(c))
    const sent = Date.now()
    await one.publish({ estate: 41, topic: 'visitors', household: 9 })
    expect(await until(() => atTwo.length > 0, 2000)).toBe(true)
    expect(Date.now() - sent).toBeLessThan(1000)
    await sleep(300)
    expect(atTwo).toEqual([{ estate: 41, topic: 'visitors', household: 9 }])
    // The publisher's own subscribers hear it once (at once), not again from the database.
    expect(atOne).toHaveLength(1)
  })

  it('VIS-2: a change committed through the server reaches another process, readable by then', async () => {
    const payload = await testPayload()
    const other = pgBus('live-test-other')
    await other.listen()
    const estate = await makeEstate('跨程序屋苑')
    const guard = await staffAt(estate.id, 'guard')
    const surname = `跨${randomUUID().slice(0, 6)}`
    const heard: boolean[] = []
    other.subscribe(estate.id, 'visitors', () => {
      void payload
        .find({ collection: 'visitor-requests', where: { surname: { equals: surname } } })
        .then((found) => heard.push(found.totalDocs === 1))
    })
    const made = await ask(guard.auth, { surname, hostDepartment: 'engineering' })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(await until(() => heard.length > 0)).toBe(true)
    expect(heard[0]).toBe(true)
  })

  it('says it is down when its connection is cut, and listens again by itself', async () => {
    const name = `live-test-cut-${randomUUID().slice(0, 6)}`
    const bus = pgBus(name, { minRetryMs: 100 })
    const other = pgBus('live-test-sender')
    await bus.listen()
    const states: LiveState[] = []
    bus.onState((s) => states.push(s))
    const heard: LiveChange[] = []
    bus.subscribe(43, 'permits', (c) => heard.push(c))
    await postgresAdmin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '${name}'`,
    )
    expect(await until(() => states.includes('down'))).toBe(true)
    expect(await until(() => bus.state() === 'up')).toBe(true)
    expect(states).toEqual(['down', 'up'])
    await other.publish({ estate: 43, topic: 'permits' })
    expect(await until(() => heard.length === 1, 2000)).toBe(true)
  })
})

describe('the stream, in one process', () => {
  let server: http.Server
  let base = ''
  let state: LiveState = 'local'
  const stateListeners = new Set<(s: LiveState) => void>()
  const local = createLocalBus()
  const bus: LiveBus = {
    ...local,
    state: () => state,
    onState: (l) => {
      stateListeners.add(l)
      return () => void stateListeners.delete(l)
    },
  }
  const setState = (s: LiveState) => {
    state = s
    for (const l of stateListeners) l(s)
  }
  let live: ReturnType<typeof createLiveStreams>
  let cs: Awaited<ReturnType<typeof staffAt>>

  beforeAll(async () => {
    const payload = await testPayload()
    live = createLiveStreams(payload, bus, {
      maxStreams: 4,
      maxPerAccount: 2,
      heartbeatMs: 150,
      maxAgeMs: 3000,
    })
    const app = express()
    app.get('/api/live/:topic', live.handler)
    server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    cs = await staffAt(undefined, 'cs')
  })

  afterAll(async () => {
    live.closeAll()
    await new Promise((resolve) => server.close(resolve))
  })

  const open = async (auth: Auth = cs.auth) => {
    const s = await openStream(base, '/api/live/visitors', bearer(auth))
    streams.push(s)
    return s
  }

  it('sends heartbeat comments, ends after its time (the browser reconnects, signed in again)', async () => {
    const s = await open()
    expect(s.status).toBe(200)
    expect(await until(() => s.comments() >= 2, 1000)).toBe(true)
    const opened = Date.now()
    await s.ended
    expect(Date.now() - opened).toBeGreaterThan(1500)
    expect(await until(() => live.count() === 0, 1000)).toBe(true)
  })

  it('caps streams per account and per process, and frees a place when one closes', async () => {
    const other = await staffAt(undefined, 'security')
    const guard = await staffAt(undefined, 'guard')
    const [a, b] = [await open(), await open()]
    expect([a.status, b.status]).toEqual([200, 200])
    const third = await open()
    expectRefusal(third, 429, 'live.too-many-streams')
    const [c, d] = [await open(other.auth), await open(other.auth)]
    expect([c.status, d.status]).toEqual([200, 200])
    expectRefusal(await open(guard.auth), 503, 'live.too-many-streams')
    a.close()
    expect(await until(() => live.count() === 3, 1000)).toBe(true)
    const again = await open()
    expect(again.status).toBe(200)
    for (const s of [b, c, d, again]) s.close()
    expect(await until(() => live.count() === 0, 1000)).toBe(true)
  })

  it('stops every stream while changes from other processes cannot arrive, and refuses new ones', async () => {
    const s = await open()
    expect(s.status).toBe(200)
    setState('down')
    try {
      await s.ended
      expect(live.count()).toBe(0)
      expectRefusal(await open(), 503, 'live.unavailable')
    } finally {
      setState('up')
    }
    const back = await open()
    expect(back.status).toBe(200)
    await bus.publish({ estate: cs.estate, topic: 'visitors' })
    expect(await back.next(changed('visitors'), 1000)).not.toBeNull()
    back.close()
  })
})
