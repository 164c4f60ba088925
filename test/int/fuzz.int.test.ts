/**
 * Issue 6 #16, #17 (GEN-1): 1,200+ generated malformed requests against every collection and
 * custom endpoint — ids, bodies, `where`, `sort`, `limit`, `page`, `depth`, headers, encodings and
 * methods — as staff, a resident, a kiosk and anonymous. None may answer 5xx, take over 5 s, or
 * refuse (4xx) without a message. The generator is seeded: a failure names the request, and the
 * same seed repeats it.
 */
import http from 'node:http'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { makeHousehold, makeKiosk, makeResident, makeStaff, testPayload } from '../support/payload'

// Its own loopback address: the sign-in counters it spends are nobody else's.
const FROM = '127.0.0.99'
const TIMEOUT_MS = 5000
const SEED = Number(process.env.FUZZ_SEED ?? 20261126)

type Actor = { name: string; headers: Record<string, string> }
type Probe = {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}
type Outcome = { probe: Probe; actor: string; status: number; ms: number; body: string }

function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COLLECTIONS = [
  'households',
  'members',
  'passes',
  'pass-receipts',
  'signatures',
  'residents',
  'users',
  'kiosks',
  'procedures',
  'notifications',
  'benchmark-baselines',
  'payload-locked-documents',
  'payload-preferences',
  'payload-jobs',
  'payload-migrations',
]
const BAD_IDS = [
  'abc',
  'null',
  'undefined',
  '1e309',
  '%00',
  '-1',
  '0',
  '1.5',
  '99999999999999999999',
  '%ff%fe',
  '%E4%B8%AD',
  '..%2F..%2Fetc',
  'x'.repeat(3000),
  '2147483647',
  ' 1',
  '0x10',
  'NaN',
  'Infinity',
  '[]',
  '{}',
]
const BAD_VALUES = [
  'abc',
  'notadate',
  '1e309',
  '',
  'null',
  '%00',
  '-1',
  '1,2,abc',
  '9'.repeat(40),
  '%ff',
  'true',
  '[object Object]',
  "' OR 1=1 --",
  '2026-13-45',
]
const FIELDS = [
  'id',
  'household',
  'member',
  'createdAt',
  'updatedAt',
  'fee',
  'status',
  'unit',
  'qrToken',
  'number',
  'household.unit',
  'member.household',
  'household.passes.qrToken',
  'version.household',
  'roles',
  'email',
  'ordinal',
  'signedAt',
  'nonexistent',
  '__proto__',
  'constructor.prototype',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'less_than_equal',
  'like',
  'contains',
  'exists',
  'near',
  'within',
  'bogus',
]
const BODIES: (string | Buffer)[] = [
  'null',
  '"str"',
  '123',
  '[]',
  '[1,2]',
  '{}',
  '{bad',
  '{"member":"abc"}',
  '{"member":null}',
  '{"member":{"id":"x"}}',
  '{"household":1e309}',
  '{"household":"-1","unit":["a"]}',
  '{"status":"active","fee":-50}',
  '{"__proto__":{"admin":true}}',
  JSON.stringify({ a: 'x'.repeat(200_000) }),
  '{"a":' + '['.repeat(500) + ']'.repeat(500) + '}',
  '\u0000\u0001',
  Buffer.from([0xff, 0xfe, 0x00, 0x41]),
  '{"signature":"data:image/png;base64,AAAA","household":1,"signedByName":"x"}',
  '{"email":123,"password":{}}',
  '{"token":null,"password":"x"}',
]
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
  'application/json; charset=latin1',
]
const ENDPOINTS = [
  ['GET', '/api/passes/quote'],
  ['POST', '/api/passes/request'],
  ['POST', '/api/passes/{id}/status'],
  ['POST', '/api/pass-receipts/handover'],
  ['POST', '/api/households/import'],
  ['GET', '/api/estate-settings'],
  ['PATCH', '/api/estate-settings/1'],
  ['GET', '/api/estates'],
  ['POST', '/api/estates'],
  ['POST', '/api/users/login'],
  ['POST', '/api/residents/login'],
  ['POST', '/api/users/forgot-password'],
  ['POST', '/api/residents/reset-password'],
  ['POST', '/api/users/unlock'],
  ['GET', '/api/users/me'],
  ['POST', '/api/users/refresh-token'],
  ['GET', '/api/access'],
  ['POST', '/api/users/first-register'],
  ['GET', '/office/households/{id}/handover'],
  ['GET', '/office/households/{id}/receipt'],
  ['OPTIONS', '/office/import'],
  ['GET', '/portal'],
  ['POST', '/api/payload-jobs/run'],
  ['GET', '/api/households/count'],
] as const
const GRAPHQL = [
  '{',
  'query { nope }',
  '{ Passes(where: { id: { equals: "abc" } }) { docs { id } } }',
  '{ Households(limit: -5) { docs { id } } }',
  '{ Household(id: "abc") { unit } }',
  '{ Passes(page: 1e20) { docs { id } } }',
  'mutation { loginUser(email: 1, password: 2) { token } }',
  'mutation { createPass(data: { member: "abc" }) { id } }',
  '{ versionsPasses { docs { id } } }',
  '{ Members(where: { createdAt: { greater_than: "notadate" } }) { docs { id } } }',
  `{ ${'a: Passes { docs { id } } '.repeat(30)} }`,
  'mutation { updateHousehold(id: 2147483647, data: {}) { id } }',
  '{ __schema { types { name } } }',
]

function generate(random: () => number, count: number): Probe[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const probes: Probe[] = []
  const query = () => {
    const parts: string[] = []
    const n = Math.floor(random() * 4)
    for (let i = 0; i < n; i++) {
      const kind = random()
      if (kind < 0.45) parts.push(`where[${pick(FIELDS)}][${pick(OPERATORS)}]=${pick(BAD_VALUES)}`)
      else if (kind < 0.55)
        parts.push(
          `where[or][${Math.floor(random() * 3)}][${pick(FIELDS)}][${pick(OPERATORS)}]=${pick(BAD_VALUES)}`,
        )
      else if (kind < 0.62) parts.push(`where=${pick(BAD_VALUES)}`)
      else if (kind < 0.72)
        parts.push(
          `sort=${pick(['-', '--id', 'nonexistent', '__proto__', 'qrToken', '-household.unit', pick(BAD_VALUES)])}`,
        )
      else if (kind < 0.8) parts.push(`limit=${pick(BAD_VALUES.concat(['0', '1000000', '-5']))}`)
      else if (kind < 0.88) parts.push(`page=${pick(BAD_VALUES.concat(['1e20', '0', '-1']))}`)
      else if (kind < 0.95) parts.push(`depth=${pick(['abc', '1000', '-1', '2', '1e9'])}`)
      else parts.push(`select[${pick(FIELDS)}]=${pick(['true', 'false', 'abc'])}`)
    }
    return parts.length ? `?${parts.join('&')}` : ''
  }
  for (let i = 0; i < count; i++) {
    const roll = random()
    if (roll < 0.55) {
      const slug = pick(COLLECTIONS)
      const shape = random()
      const method = pick(['GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS'])
      let path = `/api/${slug}`
      if (shape < 0.4) path += `/${pick(BAD_IDS)}`
      else if (shape < 0.55) path += `/versions${random() < 0.5 ? `/${pick(BAD_IDS)}` : ''}`
      // Writes to a whole collection are always narrowed to a record that cannot exist.
      const q =
        method === 'PATCH' || method === 'DELETE'
          ? `?where[id][equals]=2147483647&${query().slice(1)}`
          : query()
      const withBody = method === 'POST' || method === 'PATCH' || method === 'PUT'
      probes.push({
        method,
        path: path + q,
        headers: withBody ? { 'Content-Type': pick(CONTENT_TYPES) } : {},
        body: withBody ? pick(BODIES) : undefined,
      })
    } else if (roll < 0.85) {
      const [method, template] = pick(ENDPOINTS)
      const path = template.replace('{id}', pick(BAD_IDS)) + (method === 'GET' ? query() : '')
      probes.push({
        method,
        path,
        headers: method === 'POST' ? { 'Content-Type': pick(CONTENT_TYPES) } : {},
        body: method === 'POST' ? pick(BODIES) : undefined,
      })
    } else {
      const viaGet = random() < 0.2
      const q = pick(GRAPHQL)
      probes.push(
        viaGet
          ? { method: 'GET', path: `/api/graphql?query=${encodeURIComponent(q)}` }
          : {
              method: 'POST',
              path: '/api/graphql',
              headers: {
                'Content-Type': pick([
                  'application/json',
                  'application/json',
                  'text/plain',
                  'application/graphql',
                ]),
              },
              body:
                random() < 0.8
                  ? JSON.stringify({ query: q, variables: random() < 0.3 ? 'bad' : undefined })
                  : pick(BODIES),
            },
      )
    }
    if (random() < 0.15)
      probes[probes.length - 1]!.headers = {
        ...probes[probes.length - 1]!.headers,
        'Accept-Language': pick(['en', 'zh-TW', '*', 'xx-invalid;;q=abc', 'zh-HK,zh;q=0.9']),
      }
  }
  return probes
}

function send(probe: Probe, actor: Actor): Promise<Outcome> {
  const url = new URL(inject('baseURL'))
  const started = Date.now()
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        // Node sends no raw spaces or non-ASCII in a path; malformed %-escapes stay as they are.
        path: probe.path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)),
        method: probe.method,
        localAddress: FROM,
        headers: {
          ...actor.headers,
          ...probe.headers,
          ...(probe.body !== undefined ? { 'Content-Length': Buffer.byteLength(probe.body) } : {}),
        },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            probe,
            actor: actor.name,
            status: res.statusCode ?? 0,
            ms: Date.now() - started,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('timeout', () => {
      req.destroy()
      resolve({ probe, actor: actor.name, status: -1, ms: Date.now() - started, body: 'timed out' })
    })
    req.on('error', (error) =>
      resolve({
        probe,
        actor: actor.name,
        status: -2,
        ms: Date.now() - started,
        body: String(error),
      }),
    )
    if (probe.body !== undefined) req.write(probe.body)
    req.end()
  })
}

/** A refusal a person can act on: JSON with a non-empty message (Payload's or ours), or a page. */
function hasMessage(outcome: Outcome): boolean {
  if (outcome.probe.method === 'HEAD') return true
  try {
    const body = JSON.parse(outcome.body) as { errors?: { message?: unknown }[]; message?: unknown }
    const message = body.errors?.[0]?.message ?? body.message
    return typeof message === 'string' && message.trim().length > 0
  } catch {
    // An HTML page (office and portal pages): its text must say something.
    return /<html/i.test(outcome.body) && outcome.body.replace(/<[^>]+>/g, '').trim().length > 0
  }
}

let actors: Actor[]

beforeAll(async () => {
  const cs = await makeStaff(['cs'])
  const { household, members } = await makeHousehold()
  const resident = await makeResident(household.id, members[0]!.id)
  const kiosk = await makeKiosk()
  const payload = await testPayload()
  const token = async (collection: 'users' | 'residents', email: string, password: string) =>
    (await payload.login({ collection, data: { email, password } })).token!
  actors = [
    { name: 'anonymous', headers: {} },
    {
      name: 'staff (cs)',
      headers: { Authorization: `JWT ${await token('users', cs.email, cs.password)}` },
    },
    {
      name: 'resident',
      headers: {
        Authorization: `JWT ${await token('residents', resident.email, resident.password)}`,
      },
    },
    { name: 'kiosk', headers: { Authorization: `kiosks API-Key ${kiosk.apiKey}` } },
  ]
})

describe('anonymous, staff, resident and kiosk', () => {
  it('issue 6 #17 (GEN-1): 1,200 malformed requests get no 5xx, no hang over 5 s, and no refusal without a message', async () => {
    const random = prng(SEED)
    const probes = generate(random, 300)
    const outcomes: Outcome[] = []
    for (const actor of actors) {
      // Four at a time: concurrency as a browser makes it, without measuring queueing.
      for (let i = 0; i < probes.length; i += 4) {
        outcomes.push(...(await Promise.all(probes.slice(i, i + 4).map((p) => send(p, actor)))))
      }
    }
    const byClass = (test: (o: Outcome) => boolean) => outcomes.filter(test)
    const serverErrors = byClass((o) => o.status >= 500)
    const hangs = byClass((o) => o.status === -1 || o.ms > TIMEOUT_MS)
    const broken = byClass((o) => o.status === -2)
    const silent = byClass((o) => o.status >= 400 && o.status < 500 && !hasMessage(o))
    const counts = outcomes.reduce<Record<string, number>>((acc, o) => {
      const key = o.status < 0 ? 'no answer' : `${Math.floor(o.status / 100)}xx`
      acc[key] = (acc[key] ?? 0) + 1
      return acc
    }, {})
    console.log(`fuzz: sent ${outcomes.length} requests (seed ${SEED}): ${JSON.stringify(counts)}`)
    const describeAll = (list: Outcome[]) =>
      list
        .slice(0, 15)
        .map(
          (o) =>
            `${o.actor} ${o.probe.method} ${o.probe.path.slice(0, 160)} [${o.probe.headers?.['Content-Type'] ?? ''}] ${String(o.probe.body ?? '').slice(0, 60)} → ${o.status} ${o.body.slice(0, 120)}`,
        )
    expect(outcomes.length).toBeGreaterThanOrEqual(1200)
    expect(describeAll(serverErrors), '5xx answers').toEqual([])
    expect(describeAll(hangs), 'answers slower than 5 s').toEqual([])
    expect(describeAll(broken), 'connections dropped').toEqual([])
    expect(describeAll(silent), '4xx without a message').toEqual([])
  })
})
