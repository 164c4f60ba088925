/**
 * Many estates in one installation: nobody acting in estate A reads, counts, searches, creates,
 * updates or deletes anything of estate B. A generated matrix: every estate-owned collection ×
 * every kind of actor × every door (REST list, by id, count, where on the estate and across a
 * relationship, sort, GraphQL list and by id, versions, update, delete, create aimed at B), on
 * whichever database the run uses. It prints how many cells it tried.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { addMonths, monthIn } from '@/domain/subscriptions/months'
import { type Auth, api, graphql, login } from '../support/http'
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

type Id = number | string
const PNG = Buffer.from(SIGNATURE_PNG.split(',')[1]!, 'base64')

/** Uploads a logo through REST as a browser form would. */
async function uploadLogo(token: string, data: Buffer, type: string, name: string, lang = 'en') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'logo' }))
  const res = await fetch(`${inject('baseURL')}/api/estate-logos`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Accept-Language': lang },
    body: form,
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

/** Estate B's records, by collection: what no actor of A may reach. */
const theirs: Record<string, Id[]> = {}
let estateA: Id
let estateB: Id
let unitB: string
let cells = 0

const ESTATE_OWNED = [
  'households',
  'members',
  'passes',
  'pass-receipts',
  'signatures',
  'residents',
  'kiosks',
  'procedures',
  'notifications',
  'estate-settings',
  'status-changes',
  'estate-logos',
  'mail-batches',
  'mail-items',
  'mail-photos',
  'mail-authorisations',
  'mail-holds',
  'publications',
  'subscriptions',
  'complaints',
  'complaint-photos',
  'maintenance-notices',
  'home-visits',
  'visitor-requests',
  'visitor-passes',
  'work-permits',
  'permit-photos',
  'do-not-admit',
  'payments',
] as const
const VERSIONED = new Set([
  'households',
  'members',
  'passes',
  'procedures',
  'estate-settings',
  'mail-batches',
  'mail-authorisations',
  'publications',
  'subscriptions',
  'complaints',
  'maintenance-notices',
  'home-visits',
  'visitor-requests',
  'visitor-passes',
  'work-permits',
])
/** What each collection may be asked to change: harmless if it were (wrongly) allowed. */
const HARMLESS_CHANGE: Record<string, Record<string, unknown>> = {
  households: { status: 'moved-in' },
  members: { name: '入侵者' },
  passes: { feePaidAt: '2026-01-01T00:00:00.000Z' },
  'pass-receipts': { signedByName: '入侵者' },
  signatures: { alt: 'x' },
  residents: { name: '入侵者' },
  kiosks: { name: '入侵者' },
  procedures: { title: '入侵者' },
  notifications: { subject: '入侵者' },
  'estate-settings': { extraPassFee: 1 },
  'status-changes': { note: '入侵者' },
  'estate-logos': { alt: '入侵者' },
  'mail-batches': { status: 'accepted' },
  'mail-items': { location: '入侵者' },
  'mail-photos': { alt: '入侵者' },
  'mail-authorisations': { revoked: true },
  'mail-holds': { note: '入侵者' },
  publications: { title: '入侵者' },
  subscriptions: { decisionNote: '入侵者' },
  complaints: { department: 'security' },
  'complaint-photos': { alt: '入侵者' },
  'maintenance-notices': { work: '入侵者' },
  'home-visits': { notes: '入侵者' },
  'visitor-requests': { status: 'refused', confirmedBy: '入侵者', confirmedHow: 'phone' },
  'visitor-passes': { status: 'revoked' },
  'work-permits': { step: 'received' },
  'permit-photos': { alt: '入侵者' },
  'do-not-admit': { reason: '入侵者' },
  payments: { reference: '入侵者' },
  estates: { name: '入侵者' },
  users: { name: '入侵者' },
}

type Actor = {
  name: string
  auth: Auth
  /** what this actor may legitimately see of B */ mayRead?: string[]
}
const actors: Actor[] = []

beforeAll(async () => {
  const payload = await testPayload()
  estateA = (await testEstate()).id
  const b = await makeEstate('乙屋苑')
  estateB = b.id

  // Estate B: a household with two members and their passes, a portal account, a handover with
  // its receipt and signature, a kiosk, a procedure, an e-mail in the outbox, its staff.
  const bStaff = await makeStaff(['cs'], 'B cs', { estate: estateB })
  const bToken = await login(bStaff.email, bStaff.password)
  const { household, members } = await makeHousehold(
    [
      { name: '乙戶主', relationship: 'owner', gender: 'male' },
      { name: '乙孩子', relationship: 'child', gender: 'female', age: 7 },
    ],
    { estate: estateB },
  )
  unitB = household.unit
  const resident = await makeResident(household.id, members[0]!.id)
  const handover = await api('/api/pass-receipts/handover', {
    method: 'POST',
    auth: { token: bToken },
    json: { household: household.id, signerMember: members[0]!.id, signature: SIGNATURE_PNG },
  })
  expect(handover.status).toBe(201)
  // An extra pass with a fee, paid for at B's office (PAS-3).
  const extra = await api('/api/passes/request', {
    method: 'POST',
    auth: { token: bToken },
    json: { member: members[0]!.id },
  })
  expect(extra.body.doc.fee).toBe(50)
  const paid = await api('/api/payments/record', {
    method: 'POST',
    auth: { token: bToken },
    json: { household: household.id, passes: [extra.body.doc.id], method: 'cash' },
  })
  expect(paid.status).toBe(201)
  const kiosk = await makeKiosk({ estate: estateB })
  const procedure = await payload.create({
    collection: 'procedures',
    data: {
      key: 'b-only',
      numeral: '(一)',
      order: 1,
      title: '乙屋苑程序',
      estate: estateB as number,
    },
  })
  await payload.create({
    collection: 'estate-logos',
    data: { alt: '乙屋苑標誌', estate: estateB as number },
    file: { data: PNG, mimetype: 'image/png', name: `b-logo-${Date.now()}.png`, size: PNG.length },
  })
  await payload.create({
    collection: 'notifications',
    data: {
      to: 'b-resident@test.example',
      subject: '乙屋苑通知',
      body: '只屬乙屋苑',
      estate: estateB as number,
    },
  })
  // B's mail: a batch counted and signed, an item for the household, a delegate and a hold
  // recorded by its resident, a photo.
  const batch = await api('/api/mail-batches', {
    method: 'POST',
    auth: { token: bToken },
    json: { source: 'post-office', declaredCount: 1 },
  })
  expect(batch.status).toBe(201)
  const accepted = await api(`/api/mail-batches/${batch.body.doc.id}/accept`, {
    method: 'POST',
    auth: { token: bToken },
    json: { countedCount: 1, signature: SIGNATURE_PNG },
  })
  expect(accepted.status).toBe(200)
  const item = await api('/api/mail-items', {
    method: 'POST',
    auth: { token: bToken },
    json: {
      batch: batch.body.doc.id,
      household: household.id,
      member: members[0]!.id,
      kind: 'parcel',
    },
  })
  expect(item.status).toBe(201)
  const bResident = { token: await login(resident.email, resident.password, 'residents') }
  const soon = new Date(Date.now() + 5 * 86400_000).toISOString().slice(0, 10)
  const delegate = await api('/api/mail-authorisations', {
    method: 'POST',
    auth: bResident,
    json: { member: members[0]!.id, delegateName: '乙代領人', validUntil: soon },
  })
  expect(delegate.status).toBe(201)
  const hold = await api('/api/mail-holds', {
    method: 'POST',
    auth: bResident,
    json: { until: soon },
  })
  expect(hold.status).toBe(201)
  await payload.create({
    collection: 'mail-photos',
    data: { estate: estateB as number },
    file: {
      data: PNG,
      mimetype: 'image/png',
      name: `b-parcel-${Date.now()}.png`,
      size: PNG.length,
    },
  })
  // A title B's office offers and a subscription of B's household to it.
  const bTitle = await payload.create({
    collection: 'publications',
    data: {
      title: '乙報',
      category: 'newspaper',
      supplier: 'post-office',
      monthlyPrice: 20,
      estate: estateB as number,
    },
  })
  const bSubscription = await payload.create({
    collection: 'subscriptions',
    data: { household: household.id, publication: bTitle.id, months: 3, channel: 'phone' },
  })
  // Ordered by B's own office, so that it is in B's register for next month.
  const bSupervisor = await makeStaff(['supervisor'], 'B supervisor', { estate: estateB })
  const bSupervisorToken = await login(bSupervisor.email, bSupervisor.password)
  const path = `/api/subscriptions/${bSubscription.id}`
  for (const [url, method, json, token] of [
    [path, 'PATCH', { status: 'confirmed-by-supplier' }, bToken],
    [`${path}/sign`, 'POST', { signedByName: '乙戶主', signature: SIGNATURE_PNG }, bToken],
    [path, 'PATCH', { status: 'approved' }, bSupervisorToken],
    [path, 'PATCH', { status: 'ordered' }, bToken],
  ] as const) {
    const res = await api(url, { method, auth: { token }, json })
    expect(res.status, `${url} ${JSON.stringify(res.body)}`).toBe(200)
  }
  // B's complaint, made by its resident in the portal with a photo of their own.
  const photoForm = new FormData()
  photoForm.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'b-leak.png')
  photoForm.append('_payload', JSON.stringify({}))
  const photo = await fetch(`${inject('baseURL')}/api/complaint-photos`, {
    method: 'POST',
    headers: { Authorization: `JWT ${bResident.token}` },
    body: photoForm,
  })
  expect(photo.status).toBe(201)
  const complaint = await api('/api/complaints', {
    method: 'POST',
    auth: bResident,
    json: { problem: '乙屋苑漏水', confirmed: true, photos: [(await photo.json()).doc.id] },
  })
  expect(complaint.status).toBe(201)
  const notice = await api('/api/maintenance-notices', {
    method: 'POST',
    auth: { token: bToken },
    json: { complaint: complaint.body.doc.id, work: '乙屋苑維修' },
  })
  expect(notice.status).toBe(201)
  const visit = await api('/api/home-visits', {
    method: 'POST',
    auth: { token: bToken },
    json: {
      household: household.id,
      complaint: complaint.body.doc.id,
      scheduledAt: '2026-12-01T02:00:00.000Z',
      residentName: '乙戶主',
      work: '乙屋苑上門',
      expectedMinutes: 30,
      parties: ['cs'],
    },
  })
  expect(visit.status).toBe(201)
  // B's gate: a visitor waiting for the household, recorded by B's guard.
  const bGuard = await makeStaff(['guard'], 'B guard', { estate: estateB })
  const visitor = await api('/api/visitor-requests', {
    method: 'POST',
    auth: { token: await login(bGuard.email, bGuard.password) },
    json: { surname: '乙訪客', hostHousehold: household.id },
  })
  expect(visitor.status).toBe(201)
  const visitorPass = await api('/api/visitor-passes', {
    method: 'POST',
    auth: bResident,
    json: {
      visitorName: '乙訪客',
      validFrom: new Date().toISOString(),
      validUntil: new Date(Date.now() + 86400_000).toISOString(),
    },
  })
  expect(visitorPass.status).toBe(201)
  // B's contractors: a worker's photo and a permit submitted by B's engineering department.
  const bEngineer = await makeStaff(['engineering'], 'B engineering', { estate: estateB })
  const workerPhoto = await payload.create({
    collection: 'permit-photos',
    data: { estate: estateB as number },
    file: {
      data: PNG,
      mimetype: 'image/png',
      name: `b-worker-${Date.now()}.png`,
      size: PNG.length,
    },
  })
  const permit = await api('/api/work-permits', {
    method: 'POST',
    auth: { token: await login(bEngineer.email, bEngineer.password) },
    json: {
      department: 'engineering',
      company: '乙工程',
      personInCharge: '乙工頭',
      fee: 100,
      validFrom: '2026-12-01',
      validUntil: '2026-12-31',
      workers: [{ name: '乙工人', idNumber: 'B765432(1)', photo: workerPhoto.id }],
    },
  })
  expect(permit.status).toBe(201)
  // B's do-not-admit list.
  await payload.create({
    collection: 'do-not-admit',
    data: { name: '乙名單', reason: '乙的原因', estate: estateB as number },
  })
  for (const slug of ESTATE_OWNED) {
    const found = await payload.find({
      collection: slug,
      where: { estate: { equals: estateB } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    theirs[slug] = found.docs.map((d) => d.id)
    expect(theirs[slug]!.length, `estate B has ${slug}`).toBeGreaterThan(0)
  }
  expect(theirs.residents).toContain(resident.id)
  expect(theirs.kiosks).toContain(kiosk.id)
  expect(theirs.procedures).toContain(procedure.id)
  theirs.estates = [estateB]
  theirs.users = [bStaff.id]

  // Estate A's actors: every staff role that reads differently, an administrator of every estate
  // working in A, a person with roles at both estates working in A, a resident and a kiosk of A.
  const staffOfA = async (roles: Parameters<typeof makeStaff>[0], extra = {}) => {
    const staff = await makeStaff(roles, `A ${roles.join('+')}`, extra)
    return { token: await login(staff.email, staff.password) }
  }
  for (const role of ['admin', 'manager', 'supervisor', 'cs', 'finance', 'guard'] as const) {
    actors.push({ name: `staff ${role} of A`, auth: await staffOfA([role]) })
  }
  const root = await makeStaff(['guard'], 'All estates admin')
  await payload.update({
    collection: 'users',
    id: root.id,
    data: { allEstates: true, memberships: [] },
  })
  actors.push({
    name: 'administrator of every estate, working in A',
    auth: { token: await login(root.email, root.password) },
    mayRead: ['estates'],
  })
  actors.push({
    name: 'cs of A who is also supervisor of B, working in A',
    auth: await staffOfA(['cs'], { also: [{ estate: estateB, roles: ['supervisor'] }] }),
    mayRead: ['estates'],
  })
  const { household: ours, members: ourMembers } = await makeHousehold()
  const ourResident = await makeResident(ours.id, ourMembers[0]!.id)
  actors.push({
    name: 'resident of A',
    auth: { token: await login(ourResident.email, ourResident.password, 'residents') },
  })
  const ourKiosk = await makeKiosk()
  actors.push({ name: 'kiosk of A', auth: { apiKey: ourKiosk.apiKey } })
})

afterAll(() => {
  console.log(`estate matrix: ${cells} cells tried (collections × actors × doors)`)
})

const ids = (body: { docs?: { id: Id }[] } | null | undefined) =>
  (body?.docs ?? []).map((d) => String(d.id))
const none = (found: string[], of: Id[]) => found.filter((id) => of.map(String).includes(id))

/** A refusal or nothing: never one of B's records. */
async function expectNoneOfB(slug: string, actor: Actor) {
  const of = theirs[slug]!
  const label = (door: string) => `${actor.name} · ${slug} · ${door}`
  const read = async (door: string, path: string) => {
    cells++
    const res = await api(path, { auth: actor.auth })
    expect(res.status, label(door)).toBeLessThan(500)
    if (res.status === 200) expect(none(ids(res.body), of), label(door)).toEqual([])
    return res
  }
  await read('list', `/api/${slug}?limit=500&depth=0`)
  await read('list sorted by estate', `/api/${slug}?limit=500&depth=0&sort=-estate`)
  await read('where estate = B', `/api/${slug}?limit=500&depth=0&where[estate][equals]=${estateB}`)
  await read('where id in B', `/api/${slug}?limit=500&depth=2&where[id][in]=${of.join(',')}`)
  if (
    [
      'members',
      'passes',
      'pass-receipts',
      'signatures',
      'residents',
      'mail-items',
      'mail-authorisations',
      'mail-holds',
      'subscriptions',
      'complaints',
      'complaint-photos',
      'maintenance-notices',
      'home-visits',
      'visitor-passes',
      'payments',
    ].includes(slug)
  ) {
    await read(
      'where across the household',
      `/api/${slug}?limit=500&where[household.unit][equals]=${encodeURIComponent(unitB)}`,
    )
  }
  cells++
  const count = await api(`/api/${slug}/count?where[estate][equals]=${estateB}`, {
    auth: actor.auth,
  })
  expect(count.status, label('count')).toBeLessThan(500)
  if (count.status === 200) expect(count.body.totalDocs, label('count')).toBe(0)
  for (const id of of.slice(0, 3)) {
    cells++
    const one = await api(`/api/${slug}/${id}?depth=0`, { auth: actor.auth })
    expect([401, 403, 404], label(`by id ${id}`)).toContain(one.status)
  }
  if (VERSIONED.has(slug)) {
    await read('versions', `/api/${slug}/versions?limit=500&where[parent][in]=${of.join(',')}`)
  }
  // GraphQL: the collection's own list and by-id queries.
  const payload = await testPayload()
  const names = payload.collections[slug as 'households']!.config.graphQL as
    { pluralName?: string; singularName?: string } | false
  if (names && names.pluralName && names.singularName) {
    cells++
    const list = await graphql(
      `{ ${names.pluralName}(limit: 500, where: { id: { in: [${of.join(',')}] } }) { docs { id } } }`,
      actor.auth,
    )
    expect(list.status, label('graphql list')).toBeLessThan(500)
    expect(none(ids(list.body?.data?.[names.pluralName]), of), label('graphql list')).toEqual([])
    cells++
    const byId = await graphql(`{ ${names.singularName}(id: ${of[0]}) { id } }`, actor.auth)
    expect(byId.body?.data?.[names.singularName] ?? null, label('graphql by id')).toBeNull()
  }
  // Writes: refused, and B's record is as it was.
  const before = await payload.findByID({ collection: slug as 'households', id: of[0]!, depth: 0 })
  cells++
  const update = await api(`/api/${slug}/${of[0]}`, {
    method: 'PATCH',
    auth: actor.auth,
    json: HARMLESS_CHANGE[slug],
  })
  expect([401, 403, 404], label('update')).toContain(update.status)
  cells++
  const del = await api(`/api/${slug}/${of[0]}`, { method: 'DELETE', auth: actor.auth })
  expect([401, 403, 404], label('delete')).toContain(del.status)
  cells++
  const bulk = await api(`/api/${slug}?where[estate][equals]=${estateB}`, {
    method: 'PATCH',
    auth: actor.auth,
    json: HARMLESS_CHANGE[slug],
  })
  expect(bulk.status, label('bulk update')).toBeLessThan(500)
  const after = await payload.findByID({ collection: slug as 'households', id: of[0]!, depth: 0 })
  expect(after.updatedAt, label('unchanged')).toBe(before.updatedAt)
}

describe('cross-estate matrix', () => {
  it('estate: the matrix covers every estate-owned collection, the estates and the staff', () => {
    expect(Object.keys(theirs).sort()).toEqual([...ESTATE_OWNED, 'estates', 'users'].sort())
  })
})

describe('every actor of estate A', () => {
  for (const slug of [...ESTATE_OWNED, 'estates', 'users']) {
    it(`estate: no actor of A reads, counts, searches, changes or deletes ${slug} of B, through any door`, async () => {
      for (const actor of actors) {
        if (actor.mayRead?.includes(slug)) continue
        await expectNoneOfB(slug, actor)
      }
    })
  }

  it("estate: records created by actors of A are A's, whatever estate the request names", async () => {
    const cs = await makeStaff(['cs'])
    const token = await login(cs.email, cs.password)
    const res = await api('/api/households', {
      method: 'POST',
      auth: { token },
      json: { unit: unitB, estate: estateB },
    })
    cells++
    expect(res.status).toBe(201)
    expect(res.body.doc.estate.id ?? res.body.doc.estate).toBe(estateA)
    // The same unit exists once in each estate: B's is untouched and A now has its own.
    expect(res.body.doc.unit).toBe(unitB)
    const again = await api('/api/households', {
      method: 'POST',
      auth: { token },
      json: { unit: unitB },
    })
    cells++
    expect(again.status).toBe(400)
  })

  it('estate: staff of A cannot attach a record to a parent of B (estate.forbidden), in their language', async () => {
    const cs = await makeStaff(['cs'])
    const token = await login(cs.email, cs.password)
    const payload = await testPayload()
    const bHousehold = await payload.findByID({
      collection: 'members',
      id: theirs.members![0]!,
      depth: 0,
    })
    const { household: ourHousehold } = await makeHousehold()
    const attempts = [
      [
        '/api/members',
        { household: bHousehold.household, name: '混入', gender: 'male', relationship: 'owner' },
      ],
      ['/api/passes', { member: theirs.members![0] }],
      [
        '/api/residents',
        {
          household: bHousehold.household,
          name: '混入',
          email: `x-${Date.now()}@test.example`,
          password: 'Long-enough-pass-1',
        },
      ],
      ['/api/passes/request', { member: theirs.members![0] }],
      ['/api/passes/quote', { member: theirs.members![0] }],
      [
        '/api/pass-receipts/handover',
        { household: bHousehold.household, signedByName: 'x', signature: SIGNATURE_PNG },
      ],
      [
        '/api/subscriptions',
        { household: bHousehold.household, publication: theirs.publications![0], months: 1 },
      ],
      [
        '/api/subscriptions',
        { household: ourHousehold.id, publication: theirs.publications![0], months: 1 },
      ],
      [
        `/api/subscriptions/${theirs.subscriptions![0]}/sign`,
        { signedByName: 'x', signature: SIGNATURE_PNG },
      ],
      [
        `/api/subscriptions/${theirs.subscriptions![0]}/cancel`,
        { lastMonth: '2030-01', datesConfirmed: true, signedByName: 'x', signature: SIGNATURE_PNG },
      ],
    ] as const
    for (const [path, json] of attempts) {
      for (const lang of ['en', 'zh-TW']) {
        cells++
        const res = await api(path, {
          method: 'POST',
          auth: { token },
          json,
          headers: { 'Accept-Language': lang },
        })
        expect([403, 404], `${path} ${lang}: ${JSON.stringify(res.body)}`).toContain(res.status)
        if (res.body?.errors?.[0]?.data?.code === 'estate.forbidden') {
          expect(res.body.errors[0].message).toBe(
            lang === 'en' ? 'This belongs to another estate.' : '此記錄屬於其他屋苑。',
          )
        }
      }
    }
    const subscriptionsOfB = await payload.count({
      collection: 'subscriptions',
      where: { estate: { equals: estateB } },
    })
    expect(subscriptionsOfB.totalDocs).toBe(theirs.subscriptions!.length)
    expect(
      (await payload.findByID({ collection: 'subscriptions', id: theirs.subscriptions![0]! }))
        .status,
    ).toBe('ordered')
    const passesOfB = await payload.count({
      collection: 'passes',
      where: { estate: { equals: estateB } },
    })
    expect(passesOfB.totalDocs).toBe(theirs.passes!.length)
  })

  it("estate: staff of A cannot lock a record of B (which would keep B's staff from editing it)", async () => {
    const cs = await makeStaff(['cs'])
    const token = await login(cs.email, cs.password)
    const lock = (value: Id) =>
      api('/api/payload-locked-documents', {
        method: 'POST',
        auth: { token },
        json: { document: { relationTo: 'households', value }, globalSlug: null },
      })
    cells++
    expect((await lock(theirs.households![0]!)).status).toBe(403)
    const { household } = await makeHousehold()
    const own = await lock(household.id)
    expect(own.status).toBe(201)
    await api(`/api/payload-locked-documents/${own.body.doc.id}`, {
      method: 'DELETE',
      auth: { token },
    })
  })

  it('estate: the office pages of A show nothing of B (a 404 page)', async () => {
    const cs = await makeStaff(['cs'])
    const token = await login(cs.email, cs.password)
    const payload = await testPayload()
    const member = await payload.findByID({
      collection: 'members',
      id: theirs.members![0]!,
      depth: 0,
    })
    for (const page of ['receipt', 'handover']) {
      cells++
      const res = await api(`/office/households/${member.household}/${page}`, { auth: { token } })
      expect(res.status, page).toBe(404)
      expect(String(res.body)).not.toContain(unitB)
    }
    for (const page of ['', '/sign', '/cancel']) {
      cells++
      const id = theirs.subscriptions![0]
      const res = await api(`/office/subscriptions/${id}${page}`, { auth: { token } })
      expect(res.status, `subscription ${page}`).toBe(404)
      expect(String(res.body)).not.toContain(unitB)
    }
    const month = addMonths(monthIn('Asia/Shanghai'), 1)
    for (const page of ['register', 'charges']) {
      cells++
      const res = await api(`/office/subscriptions/${page}?month=${month}`, { auth: { token } })
      expect(res.status, page).toBe(200)
      expect(String(res.body)).not.toContain('乙報')
      expect(String(res.body)).not.toContain(unitB)
      cells++
      const json = await api(`/api/subscriptions/${page}?month=${month}`, { auth: { token } })
      expect(json.status, page).toBe(200)
      expect(JSON.stringify(json.body)).not.toContain('乙報')
    }
    // B's own office sees it there: the page would show a leak.
    const bCs = await makeStaff(['cs'], 'B cs 2', { estate: estateB })
    const bRegister = await api(`/office/subscriptions/register?month=${month}`, {
      auth: { token: await login(bCs.email, bCs.password) },
    })
    expect(String(bRegister.body)).toContain('乙報')
  })
})

describe('staff with roles at two estates', () => {
  it("estate: switching the estate they work in switches every list to that estate, with that estate's roles", async () => {
    const both = await makeStaff(['cs'], 'Both', { also: [{ estate: estateB, roles: ['guard'] }] })
    const token = await login(both.email, both.password)
    const inA = await api('/api/households?limit=500&depth=0', { auth: { token } })
    expect(none(ids(inA.body), theirs.households!)).toEqual([])
    expect((await api('/api/notifications', { auth: { token } })).status).toBe(200)
    const switched = await api(`/api/users/${both.id}`, {
      method: 'PATCH',
      auth: { token },
      json: { currentEstate: estateB },
    })
    expect(switched.status).toBe(200)
    const inB = await api('/api/households?limit=500&depth=0', { auth: { token } })
    expect(ids(inB.body).sort()).toEqual(theirs.households!.map(String).sort())
    // At B they are a guard: the outbox is not theirs to read there.
    expect((await api('/api/notifications', { auth: { token } })).status).toBe(403)
  })

  it('estate: nobody switches to an estate they do not work at (estate.not-a-member)', async () => {
    const cs = await makeStaff(['cs'])
    const token = await login(cs.email, cs.password)
    const res = await api(`/api/users/${cs.id}`, {
      method: 'PATCH',
      auth: { token },
      headers: { 'Accept-Language': 'en' },
      json: { currentEstate: estateB },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0]).toMatchObject({
      data: { code: 'estate.not-a-member' },
      message: 'You do not work at this estate.',
    })
  })

  it('estate: an admin of A cannot give anyone roles at B, nor make an administrator of every estate', async () => {
    const admin = await makeStaff(['admin'])
    const token = await login(admin.email, admin.password)
    const res = await api('/api/users', {
      method: 'POST',
      auth: { token },
      json: {
        email: `b-${Date.now()}@test.example`,
        password: 'Harbour-lantern-morning-7',
        name: 'Sneaky',
        memberships: [{ estate: estateB, roles: ['admin'] }],
      },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].data.code).toBe('estate.forbidden')
    const root = await api('/api/users', {
      method: 'POST',
      auth: { token },
      json: {
        email: `root-${Date.now()}@test.example`,
        password: 'Harbour-lantern-morning-7',
        name: 'Root?',
        memberships: [{ estate: estateA, roles: ['guard'] }],
        allEstates: true,
      },
    })
    expect(root.status).toBe(201)
    expect(root.body.doc.allEstates).toBe(false)
  })
})

describe('need to know, within one estate', () => {
  it("need-to-know: children's ages and residents' e-mails are read by the roles that serve residents and the family, not by other staff", async () => {
    const { household, members } = await makeHousehold([
      { name: '家長', relationship: 'owner', gender: 'male' },
      { name: '小孩', relationship: 'child', gender: 'female', age: 5 },
    ])
    const resident = await makeResident(household.id, members[0]!.id)
    const child = members[1]!
    const token = async (roles: Parameters<typeof makeStaff>[0]) => {
      const staff = await makeStaff(roles)
      return { token: await login(staff.email, staff.password) }
    }
    for (const role of ['cs', 'supervisor', 'manager', 'admin'] as const) {
      const auth = await token([role])
      cells++
      expect((await api(`/api/members/${child.id}`, { auth })).body.age, role).toBe(5)
      expect((await api(`/api/residents/${resident.id}`, { auth })).body.email, role).toBe(
        resident.email,
      )
    }
    for (const role of [
      'guard',
      'engineering',
      'environment',
      'security',
      'finance',
      'administration',
    ] as const) {
      const auth = await token([role])
      cells++
      const member = await api(`/api/members/${child.id}`, { auth })
      expect(member.status, role).toBe(200)
      expect(member.body.name, role).toBe('小孩')
      expect(member.body, role).not.toHaveProperty('age')
      const byAge = await api(
        `/api/members?where[age][equals]=5&where[household][equals]=${household.id}`,
        { auth },
      )
      expect(byAge.status, role).toBeLessThan(500)
      for (const doc of byAge.body?.docs ?? []) expect(doc, role).not.toHaveProperty('age')
      const account = await api(`/api/residents/${resident.id}`, { auth })
      expect(account.body, role).not.toHaveProperty('email')
      const gql = await graphql(`{ Member(id: ${child.id}) { name age } }`, auth)
      expect(gql.body.data?.Member?.age ?? null, role).toBeNull()
    }
    const family = { token: await login(resident.email, resident.password, 'residents') }
    expect((await api(`/api/members/${child.id}`, { auth: family })).body.age).toBe(5)
  })
})

describe('staff: administrator of every estate', () => {
  it('GEN-6: a new estate made in the admin has its settings and the office procedures at once, in its own name', async () => {
    const payload = await testPayload()
    const root = await makeStaff(['admin'], 'Root')
    await payload.update({ collection: 'users', id: root.id, data: { allEstates: true } })
    const token = await login(root.email, root.password)
    const code = `N${Date.now() % 1_000_000}`
    const made = await api('/api/estates', {
      method: 'POST',
      auth: { token },
      json: { name: '新苑', nameEn: 'New Court', code, timeZone: 'Asia/Shanghai', currency: 'CNY' },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const id = made.body.doc.id
    const procedures = await payload.count({
      collection: 'procedures',
      where: { estate: { equals: id } },
    })
    expect(procedures.totalDocs).toBeGreaterThan(5)
    const settings = await payload.count({
      collection: 'estate-settings',
      where: { estate: { equals: id } },
    })
    expect(settings.totalDocs).toBe(1)
    // Still, a client cannot choose another estate for a record through the admin of all estates.
    const household = await api('/api/households', {
      method: 'POST',
      auth: { token },
      json: { unit: '9-0909', estate: id },
    })
    expect(household.status).toBe(201)
    expect(household.body.doc.estate.id ?? household.body.doc.estate).toBe(estateA)
  })
})

describe('staff: admin of an estate', () => {
  it("estate: uploads the estate's logo (PNG, JPEG or WebP up to 1 MB); a larger file or an SVG is refused with a reason", async () => {
    const admin = await makeStaff(['admin'])
    const token = await login(admin.email, admin.password)
    const ok = await uploadLogo(token, PNG, 'image/png', `logo-${Date.now()}.png`)
    expect(ok.status).toBe(201)
    expect(ok.body.doc.estate.id ?? ok.body.doc.estate).toBe(estateA)
    const large = await uploadLogo(
      token,
      Buffer.alloc(1024 * 1024 + 10, 1),
      'image/png',
      'big.png',
      'zh-TW',
    )
    expect(large.status).toBe(413)
    expect(large.body.errors[0]).toMatchObject({
      data: { code: 'estate.logo-too-large' },
      message: '標誌圖檔超過 1 MB。',
    })
    const svg = await uploadLogo(
      token,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image/svg+xml',
      'x.svg',
    )
    expect(svg.status).toBe(400)
    const cs = await makeStaff(['cs'])
    const refused = await uploadLogo(
      await login(cs.email, cs.password),
      PNG,
      'image/png',
      `cs-${Date.now()}.png`,
    )
    expect(refused.status).toBe(403)
  })
})

describe("dates in the estate's time zone", () => {
  it("estate: each date of a record is kept with its estate's time zone, which the admin shows it in; an estate's time zone must be one the admin knows", async () => {
    const payload = await testPayload()
    const hk = await payload.create({
      collection: 'estates',
      data: {
        name: '港島苑',
        code: `HZ${Date.now().toString(36).toUpperCase().slice(-6)}`,
        timeZone: 'Asia/Hong_Kong',
        currency: 'HKD',
      },
    })
    const cs = await makeStaff(['cs'], 'HK cs', { estate: hk.id })
    const token = await login(cs.email, cs.password)
    const { household } = await makeHousehold(undefined, { estate: hk.id })
    const handover = await api('/api/pass-receipts/handover', {
      method: 'POST',
      auth: { token },
      json: {
        household: household.id,
        signedByName: '戶主',
        signerNote: '業主本人',
        signature: SIGNATURE_PNG,
      },
    })
    expect(handover.status).toBe(201)
    expect(handover.body.doc ?? handover.body.receipt ?? handover.body).toBeTruthy()
    const moved = await api(`/api/households/${household.id}?depth=0`, { auth: { token } })
    expect(moved.body).toMatchObject({ status: 'moved-in', movedInAt_tz: 'Asia/Hong_Kong' })
    const passes = await api(`/api/passes?where[household][equals]=${household.id}&depth=0`, {
      auth: { token },
    })
    for (const pass of passes.body.docs) expect(pass.activatedAt_tz).toBe('Asia/Hong_Kong')
    const admin = await makeStaff(['admin'])
    const root = await api(`/api/users/${admin.id}`, {
      method: 'GET',
      auth: { token: await login(admin.email, admin.password) },
    })
    expect(root.status).toBe(200)
    await expect(
      payload.create({
        collection: 'estates',
        data: {
          name: '巴黎',
          code: `PA${Date.now().toString(36).toUpperCase().slice(-6)}`,
          timeZone: 'Europe/Paris',
          currency: 'EUR',
        },
      }),
    ).rejects.toThrow(/Europe\/Paris|時區/)
  })
})
