/**
 * Mail (MAIL-1 … MAIL-6, GEN-1, GEN-2, GEN-4, GEN-5): batches handed over by guards and counted by
 * CS, items recorded against their addressees and announced by e-mail with a pickup QR code,
 * picked up once with a signature at a kiosk or the desk, reminded, returned. Every rule is tried
 * through the doors it could be broken through. Grouped by who acts; each test makes its own data.
 */
import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { remindUnclaimedMail } from '@/domain/mail/remindUnclaimedMail'
import { type Auth, api, graphql, login } from '../support/http'
import { FORBIDDEN } from '../support/messages'
import {
  asUser,
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  runQueuedJobs,
  testPayload,
} from '../support/payload'
import { readQrCode } from '../support/qr'
import { smtpPeer } from '../support/smtp'
import { testDatabase } from '../support/database'
import { startServer } from '../support/server'

type Id = number | string
let guard: Auth
let cs: Auth
let csName: string
let csId: Id
let supervisor: Auth

beforeAll(async () => {
  const g = await makeStaff(['guard'], '保安甲')
  csName = `客服 ${randomUUID().slice(0, 4)}`
  const c = await makeStaff(['cs'], csName)
  csId = c.id
  const s = await makeStaff(['supervisor'], '主管甲')
  guard = { token: await login(g.email, g.password) }
  cs = { token: await login(c.email, c.password) }
  supervisor = { token: await login(s.email, s.password) }
})

/** The refusal a person sees: status, code, and a message in one language. */
function expectRefusal(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  const [error] = res.body.errors
  expect(error.data?.code ?? error.extensions?.code).toBe(code)
  expect(error.message).toBeTruthy()
  expect(error.message).not.toContain('·')
  return error
}

const handOverBatch = (declaredCount: unknown, auth: Auth = guard, extra = {}) =>
  api('/api/mail-batches', {
    method: 'POST',
    auth,
    json: { source: 'post-office', declaredCount, ...extra },
  })

const acceptBatch = (id: Id, body: Record<string, unknown>, auth: Auth = cs) =>
  api(`/api/mail-batches/${id}/accept`, { method: 'POST', auth, json: body })

/** A batch counted and signed by CS, with room for `count` items. */
async function acceptedBatch(count = 5) {
  const made = await handOverBatch(count)
  expect(made.status).toBe(201)
  const res = await acceptBatch(made.body.doc.id, { countedCount: count, signature: SIGNATURE_PNG })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.doc as { id: Id; countedCount: number }
}

const recordItem = (json: Record<string, unknown>, auth: Auth = cs) =>
  api('/api/mail-items', { method: 'POST', auth, json: { kind: 'letter', ...json } })

/** A household with a portal account, and one waiting item for its first member. */
async function waitingMail(kind = 'parcel', count = 1) {
  const { household, members } = await makeHousehold([
    { name: '陳大文', relationship: 'owner', gender: 'male' },
    { name: '陳小文', relationship: 'child', gender: 'male', age: 9 },
  ])
  const resident = await makeResident(household.id, members[0]!.id)
  const batch = await acceptedBatch(Math.max(count, 2))
  const items = []
  for (let i = 0; i < count; i++) {
    const res = await recordItem({
      batch: batch.id,
      household: household.id,
      member: members[0]!.id,
      kind,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    items.push(res.body.doc)
  }
  return { household, members, resident, batch, items, code: items[0].pickupCode as string }
}

const pickup = (auth: Auth, body: Record<string, unknown>, key: string = randomUUID()) =>
  api('/api/mail-items/pickup', {
    method: 'POST',
    auth,
    json: { signature: SIGNATURE_PNG, ...body },
    headers: { 'Idempotency-Key': key },
  })

async function item(id: Id) {
  const payload = await testPayload()
  return payload.findByID({ collection: 'mail-items', id, depth: 0 })
}

/** The id of a polymorphic actor field (`createdBy`, `by`) read at depth 0. */
const actorId = (value: unknown) => {
  const v = (value as { value?: Id | { id: Id } } | null)?.value
  return String(typeof v === 'object' && v ? v.id : v)
}

/** One address's outbox, once the queued notices are stored (as the cron does within seconds). */
async function outboxFor(to: string) {
  await runQueuedJobs('tellMailArrived')
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { to: { equals: to } },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
  })
  return docs
}

describe('guard', () => {
  it('MAIL-1: hands a batch to CS with its source and declared count; who and when are kept', async () => {
    const res = await handOverBatch(6, guard, { source: 'courier', courierName: '順豐速運' })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({
      status: 'handed-over',
      declaredCount: 6,
      courierName: '順豐速運',
    })
    expect(res.body.doc.createdBy).toBeTruthy()
    expect(res.body.doc.label).toContain('順豐速運')
  })

  it('MAIL-1: a zero, negative or fractional count, or a courier without a name, is refused and nothing is written', async () => {
    const payload = await testPayload()
    const before = await payload.count({ collection: 'mail-batches' })
    for (const bad of [0, -3, 2.5, null]) {
      expectRefusal(await handOverBatch(bad), 400, 'mail.count-invalid')
    }
    expectRefusal(
      await handOverBatch(3, guard, { source: 'courier' }),
      400,
      'mail.courier-name-required',
    )
    expect((await payload.count({ collection: 'mail-batches' })).totalDocs).toBe(before.totalDocs)
  })

  it('MAIL-2: cannot count and sign for CS, nor mark a batch accepted, nor read the items', async () => {
    const made = await handOverBatch(2)
    const accept = await acceptBatch(
      made.body.doc.id,
      { countedCount: 2, signature: SIGNATURE_PNG },
      guard,
    )
    expect(accept.status).toBe(403)
    const patch = await api(`/api/mail-batches/${made.body.doc.id}`, {
      method: 'PATCH',
      auth: guard,
      json: { status: 'accepted' },
    })
    expect(patch.status).toBe(403)
    expect((await api('/api/mail-items', { auth: guard })).status).toBe(403)
  })
})

describe('staff: cs', () => {
  it('MAIL-2: counts with the guard and signs; both numbers, the signature, who and when are kept', async () => {
    const made = await handOverBatch(4)
    const res = await acceptBatch(made.body.doc.id, { countedCount: 4, signature: SIGNATURE_PNG })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({
      status: 'accepted',
      declaredCount: 4,
      countedCount: 4,
      countMismatch: false,
    })
    expect(res.body.doc.csSignature).toBeTruthy()
    expect(res.body.doc.acceptedAt).toBeTruthy()
    const payload = await testPayload()
    const moves = await payload.find({
      collection: 'status-changes',
      where: {
        collectionSlug: { equals: 'mail-batches' },
        documentId: { equals: String(made.body.doc.id) },
      },
      depth: 0,
    })
    expect(moves.docs).toHaveLength(1)
    expect(moves.docs[0]).toMatchObject({
      from: 'handed-over',
      to: 'accepted',
      operation: 'accept-batch',
    })
    expect(moves.docs[0]!.by).toBeTruthy()
  })

  it('MAIL-2: 5 counted of 6 declared is never silently accepted: refused without a note, accepted with one and flagged', async () => {
    const made = await handOverBatch(6)
    const id = made.body.doc.id
    const refused = await acceptBatch(id, { countedCount: 5, signature: SIGNATURE_PNG })
    const error = expectRefusal(refused, 400, 'mail.count-mismatch-needs-note')
    expect(error.message).toMatch(/6.*5/)
    expect(
      (await testPayload().then((p) => p.findByID({ collection: 'mail-batches', id }))).status,
    ).toBe('handed-over')
    const noted = await acceptBatch(id, {
      countedCount: 5,
      discrepancyNote: '保安誤將一份報紙計入',
      signature: SIGNATURE_PNG,
    })
    expect(noted.status).toBe(200)
    expect(noted.body.doc).toMatchObject({
      declaredCount: 6,
      countedCount: 5,
      countMismatch: true,
      discrepancyNote: '保安誤將一份報紙計入',
    })
  })

  it('MAIL-2: the message is in the caller’s language', async () => {
    const made = await handOverBatch(6)
    const res = await api(`/api/mail-batches/${made.body.doc.id}/accept`, {
      method: 'POST',
      auth: cs,
      json: { countedCount: 5, signature: SIGNATURE_PNG },
      headers: { 'Accept-Language': 'en' },
    })
    expect(expectRefusal(res, 400, 'mail.count-mismatch-needs-note').message).toMatch(
      /counts differ/,
    )
  })

  it('MAIL-2: bad counts, a missing or non-PNG signature, and a second acceptance are refused', async () => {
    const made = await handOverBatch(3)
    const id = made.body.doc.id
    for (const bad of [0, -1, '3', 1.5, null, 'many']) {
      expectRefusal(
        await acceptBatch(id, { countedCount: bad, signature: SIGNATURE_PNG }),
        400,
        'mail.count-invalid',
      )
    }
    expectRefusal(await acceptBatch(id, { countedCount: 3 }), 400, 'signature.missing')
    expectRefusal(
      await acceptBatch(id, { countedCount: 3, signature: 'data:image/jpeg;base64,/9j/4AAQ' }),
      400,
      'signature.not-png',
    )
    expect((await acceptBatch(id, { countedCount: 3, signature: SIGNATURE_PNG })).status).toBe(200)
    expectRefusal(
      await acceptBatch(id, { countedCount: 3, signature: SIGNATURE_PNG }),
      409,
      'mail.batch-already-accepted',
    )
    const malformed = await api(`/api/mail-batches/${id}/accept`, {
      method: 'POST',
      auth: cs,
      body: '{nope',
    })
    expect(malformed.status).toBe(400)
    expect(
      (await api('/api/mail-batches/not-an-id/accept', { method: 'POST', auth: cs, json: {} }))
        .status,
    ).toBeLessThan(500)
  })

  it('MAIL-2 (GEN-1): no door marks a batch accepted without the count and signature', async () => {
    const made = await handOverBatch(2)
    const id = made.body.doc.id
    const rest = await api(`/api/mail-batches/${id}`, {
      method: 'PATCH',
      auth: cs,
      json: { status: 'accepted', countedCount: 2 },
    })
    expectRefusal(rest, 400, 'mail.batch-accept-needs-count')
    const gql = await graphql(
      `mutation { updateMailBatch(id: ${id}, data: { status: accepted }) { status } }`,
      cs,
    )
    expect(gql.body.errors?.[0]?.extensions?.code ?? gql.body.errors?.[0]?.data?.code).toBeTruthy()
    const payload = await testPayload()
    const staff = await makeStaff(['cs'])
    await expect(
      payload.update({
        collection: 'mail-batches',
        id,
        data: { status: 'accepted' },
        user: await asUser(staff),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'mail-batches', id })).status).toBe('handed-over')
  })

  it('MAIL-3: records an item against a unit and member; the addressee’s account is e-mailed a pickup code and QR once per batch', async () => {
    const { household, members } = await makeHousehold([
      { name: '李美玲', relationship: 'owner', gender: 'female' },
      { name: '李志強', relationship: 'spouse', gender: 'male' },
    ])
    const hers = await makeResident(household.id, members[0]!.id)
    const his = await makeResident(household.id, members[1]!.id)
    const batch = await acceptedBatch(3)
    const first = await recordItem({
      batch: batch.id,
      household: household.id,
      member: members[0]!.id,
      kind: 'registered',
      trackingNumber: 'RR123456789CN',
      location: 'A-3',
    })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.doc).toMatchObject({
      addressee: '李美玲',
      status: 'waiting',
      location: 'A-3',
    })
    expect(first.body.doc.pickupCode).toMatch(/^\d{10}$/)
    const second = await recordItem({
      batch: batch.id,
      household: household.id,
      member: members[0]!.id,
      kind: 'parcel',
    })
    expect(second.body.doc.pickupCode).toBe(first.body.doc.pickupCode)

    const toHer = await outboxFor(hers.email)
    expect(toHer).toHaveLength(1)
    expect(toHer[0]!.qrCode).toBe(first.body.doc.pickupCode)
    const spaced = first.body.doc.pickupCode.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3')
    expect(toHer[0]!.body).toContain(spaced)
    expect(toHer[0]!.body).toContain('李美玲')
    // His own account is not told of her mail.
    expect(await outboxFor(his.email)).toHaveLength(0)
  })

  it('MAIL-3, GEN-4: the notice is stored by a job queued with the recording: one job for a batch’s items of one code, one notice however often it runs', async () => {
    const payload = await testPayload()
    const { resident, items, code } = await waitingMail('letter', 3)
    const ids = items.map((i: { id: Id }) => String(i.id))
    // The recordings stored no message themselves…
    const stored = await payload.find({
      collection: 'notifications',
      where: { to: { equals: resident.email } },
      depth: 0,
    })
    expect(stored.docs).toHaveLength(0)
    // …and queued one job for the three items (they share the addressee's code).
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'tellMailArrived' } },
      limit: 1000,
      depth: 0,
    })
    const ours = jobs.docs.filter((j) =>
      ids.includes(String((j.input as { itemId?: string }).itemId)),
    )
    expect(ours).toHaveLength(1)
    // The job queued again for another of the items (a second process, a retry), run beside itself.
    for (const id of ids.slice(1)) {
      await payload.jobs.queue({ task: 'tellMailArrived', input: { itemId: id } })
    }
    await Promise.all([runQueuedJobs('tellMailArrived'), runQueuedJobs('tellMailArrived')])
    const told = await outboxFor(resident.email)
    expect(told).toHaveLength(1)
    expect(told[0]!.qrCode).toBe(code)
  })

  it('MAIL-3: mail picked up before its notice was stored is not told of; what still waits is', async () => {
    const { resident, items, code } = await waitingMail('parcel')
    const ok = await pickup(cs, { code, items: [items[0].id], signerName: '陳大文' })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(await outboxFor(resident.email)).toHaveLength(0)
    // Two items of one batch and code (only the first queued the notice); the first is picked up
    // before the notice is stored: the second still waits, and is told of.
    const two = await waitingMail('letter', 2)
    const first = await pickup(cs, {
      code: two.code,
      items: [two.items[0].id],
      signerName: '陳大文',
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    const told = await outboxFor(two.resident.email)
    expect(told).toHaveLength(1)
    expect(told[0]!.qrCode).toBe(two.code)
  })

  it('MAIL-3: the e-mail delivered by SMTP carries the QR code as an image that reads back as the pickup code', async () => {
    const { resident, code } = await waitingMail('letter')
    const [message] = await outboxFor(resident.email)
    const peer = smtpPeer(inject('smtpPort'))
    await peer.start()
    try {
      const payload = await testPayload()
      const { docs: jobs } = await payload.find({
        collection: 'payload-jobs',
        where: {
          taskSlug: { equals: 'sendNotification' },
          'input.notificationId': { equals: String(message!.id) },
        },
        limit: 5,
        depth: 0,
      })
      expect(jobs.length).toBeGreaterThan(0)
      await payload.jobs.run({ limit: 10, where: { id: { in: jobs.map((j) => j.id) } } })
      expect(peer.received).toHaveLength(1)
      expect(peer.received[0]!.images).toHaveLength(1)
      expect(await readQrCode(peer.received[0]!.images[0]!)).toBe(code)
      expect(peer.received[0]!.html).toContain('<img')
      expect(peer.received[0]!.text).toContain(code.slice(0, 3))
    } finally {
      await peer.stop()
    }
  })

  it('MAIL-3: a unit, member or batch id of the wrong shape or out of range is a 4xx with a message, never a 5xx, and records nothing', async () => {
    const { household, members } = await makeHousehold()
    const batch = await acceptedBatch(1)
    const good = { batch: batch.id, household: household.id, member: members[0]!.id }
    for (const bad of ['abc', 99999999999, -1, 1.5, '1 OR 1=1']) {
      for (const field of ['household', 'member', 'batch'] as const) {
        const res = await recordItem({ ...good, [field]: bad })
        expect(res.status, `${field}=${JSON.stringify(bad)}: ${JSON.stringify(res.body)}`).toBe(400)
        expect(JSON.stringify(res.body.errors)).toMatch(/message/)
      }
    }
    // The batch's one place is still free.
    expect((await recordItem(good)).status).toBe(201)
  })

  it('MAIL-3: items need an accepted batch with room, a member of the unit, an addressee; another estate’s unit is refused', async () => {
    const { household, members } = await makeHousehold()
    const other = await makeHousehold()
    const open = await handOverBatch(2)
    expectRefusal(
      await recordItem({ batch: open.body.doc.id, household: household.id, addressee: '甲' }),
      400,
      'mail.batch-not-accepted',
    )
    const batch = await acceptedBatch(1)
    expectRefusal(
      await recordItem({ batch: batch.id, household: household.id, member: other.members[0]!.id }),
      400,
      'mail.member-not-in-household',
    )
    expectRefusal(
      await recordItem({ batch: batch.id, household: household.id }),
      400,
      'mail.addressee-required',
    )
    expect(
      (await recordItem({ batch: batch.id, household: household.id, member: members[0]!.id }))
        .status,
    ).toBe(201)
    expectRefusal(
      await recordItem({ batch: batch.id, household: household.id, addressee: '乙' }),
      400,
      'mail.batch-full',
    )
    const estateB = await makeEstate('丙屋苑')
    const far = await makeHousehold(undefined, { estate: estateB.id })
    const crossing = await recordItem({
      batch: (await acceptedBatch(1)).id,
      household: far.household.id,
      addressee: '丁',
    })
    expect(crossing.status).toBe(403)
    expect(crossing.body.errors[0].data.code).toBe('estate.forbidden')
  })

  it('MAIL-6: returns an item to its sender only with a reason; the date is kept; never while the household holds its mail', async () => {
    const { items } = await waitingMail('letter', 2)
    const noReason = await api(`/api/mail-items/${items[0].id}`, {
      method: 'PATCH',
      auth: cs,
      json: { status: 'returned' },
    })
    expectRefusal(noReason, 400, 'mail.return-reason-required')
    const returned = await api(`/api/mail-items/${items[0].id}`, {
      method: 'PATCH',
      auth: cs,
      json: { status: 'returned', returnReason: '查無此人' },
    })
    expect(returned.status).toBe(200)
    expect(returned.body.doc.status).toBe('returned')
    expect(returned.body.doc.returnedAt).toBeTruthy()
    // Final: it cannot be returned to waiting nor picked up.
    const back = await api(`/api/mail-items/${items[0].id}`, {
      method: 'PATCH',
      auth: cs,
      json: { status: 'waiting' },
    })
    expect(back.status).toBe(400)
  })

  it('MAIL-6: nothing is returned to sender while the household holds its mail', async () => {
    const { items, resident } = await waitingMail('letter', 1)
    const token = await login(resident.email, resident.password, 'residents')
    const until = new Date(Date.now() + 10 * 86400_000).toISOString().slice(0, 10)
    const hold = await api('/api/mail-holds', {
      method: 'POST',
      auth: { token },
      json: { until, note: '出門旅行' },
    })
    expect(hold.status, JSON.stringify(hold.body)).toBe(201)
    const res = await api(`/api/mail-items/${items[0].id}`, {
      method: 'PATCH',
      auth: cs,
      json: { status: 'returned', returnReason: '逾期未領' },
    })
    expectRefusal(res, 400, 'mail.household-on-hold')
    expect((await item(items[0].id)).status).toBe('waiting')
  })

  it('GEN-2: who recorded an item, corrected it and returned it, and when, is kept (mail items keep no versions)', async () => {
    const { household, members } = await makeHousehold([
      { name: '周家豪', relationship: 'owner', gender: 'male' },
      { name: '周嘉欣', relationship: 'spouse', gender: 'female' },
    ])
    const batch = await acceptedBatch(2)
    const before = Date.now()
    const made = await recordItem({
      batch: batch.id,
      household: household.id,
      member: members[0]!.id,
      kind: 'parcel',
      location: 'A-1',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const id = made.body.doc.id as Id
    const recorded = await item(id)
    expect(String(recorded.recordedBy)).toBe(String(csId))
    expect(new Date(recorded.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000)

    const corrected = await api(`/api/mail-items/${id}`, {
      method: 'PATCH',
      auth: cs,
      json: { location: 'B-2', member: members[1]!.id, addressee: '周嘉欣' },
    })
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200)
    const returned = await api(`/api/mail-items/${id}`, {
      method: 'PATCH',
      auth: cs,
      json: { status: 'returned', returnReason: '地址不符' },
    })
    expect(returned.status, JSON.stringify(returned.body)).toBe(200)

    const payload = await testPayload()
    const { docs } = await payload.find({
      collection: 'status-changes',
      where: { collectionSlug: { equals: 'mail-items' }, documentId: { equals: String(id) } },
      sort: 'at',
      depth: 0,
      limit: 20,
    })
    const kept = docs.map((d) => ({ field: d.field, from: d.from ?? null, to: d.to }))
    expect(kept).toEqual(
      expect.arrayContaining([
        { field: 'location', from: 'A-1', to: 'B-2' },
        { field: 'member', from: String(members[0]!.id), to: String(members[1]!.id) },
        { field: 'addressee', from: '周家豪', to: '周嘉欣' },
        { field: 'status', from: 'waiting', to: 'returned' },
        { field: 'returnReason', from: null, to: '地址不符' },
      ]),
    )
    expect(docs).toHaveLength(5)
    for (const change of docs) {
      expect(actorId(change.by)).toBe(String(csId))
      expect(new Date(change.at).getTime()).toBeGreaterThanOrEqual(before - 1000)
    }
    // Recording and reading wrote no record of changes; who recorded the item is kept as it was.
    expect(String((await item(id)).recordedBy)).toBe(String(csId))
  })

  it('MAIL-4: at the desk the addressee signs on CS’s screen; CS must name the signer and can never sign as themselves', async () => {
    const { items, code } = await waitingMail('parcel', 2)
    const ids = items.map((i) => i.id)
    expectRefusal(await pickup(cs, { code, items: ids }), 400, 'mail.signer-required')
    expectRefusal(
      await pickup(cs, { code, items: ids, signerName: csName }),
      403,
      'mail.staff-cannot-sign',
    )
    expectRefusal(
      await pickup(cs, { code, items: ids, signerName: '路人甲' }),
      403,
      'mail.delegate-not-authorised',
    )
    const ok = await pickup(cs, { code, items: ids, signerName: '陳大文' })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body.count).toBe(2)
    const after = await item(ids[0])
    expect(after).toMatchObject({ status: 'picked-up', pickupPlace: 'desk', pickedUpBy: '陳大文' })
    expect(after.pickupWitness).toBeTruthy()
    expect(after.pickupSignature).toBeTruthy()
  })

  it('MAIL-5 (GEN-1): no door marks an item picked up without the pickup and its signature', async () => {
    const { items } = await waitingMail('letter')
    const id = items[0].id
    expectRefusal(
      await api(`/api/mail-items/${id}`, {
        method: 'PATCH',
        auth: cs,
        json: { status: 'picked-up' },
      }),
      400,
      'mail.pickup-needs-signature',
    )
    const gql = await graphql(
      `mutation { updateMailItem(id: ${id}, data: { status: picked_up }) { status } }`,
      cs,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await item(id)).status).toBe('waiting')
  })
})

describe('staff: supervisor and other roles', () => {
  it('GEN-5: a supervisor reads the estate’s mail; a guard, finance or engineering does not read items', async () => {
    const { items } = await waitingMail('letter')
    const read = await api(`/api/mail-items/${items[0].id}`, { auth: supervisor })
    expect(read.status).toBe(200)
    for (const role of ['finance', 'engineering'] as const) {
      const staff = await makeStaff([role])
      const token = await login(staff.email, staff.password)
      expect((await api(`/api/mail-items/${items[0].id}`, { auth: { token } })).status).toBe(403)
    }
  })
})

describe('kiosk', () => {
  let kiosk: Auth
  let kioskId: Id
  beforeAll(async () => {
    const made = await makeKiosk()
    kiosk = { apiKey: made.apiKey }
    kioskId = made.id
  })

  it('MAIL-4: a pickup code shows the addressee’s name and the kind and count of their items, nothing else', async () => {
    const { code, items } = await waitingMail('parcel', 2)
    const res = await api('/api/mail-items/lookup', { method: 'POST', auth: kiosk, json: { code } })
    expect(res.status).toBe(200)
    expect(Object.keys(res.body).sort()).toEqual(['addressee', 'count', 'items'])
    expect(res.body).toMatchObject({ addressee: '陳大文', count: 2 })
    for (const i of res.body.items) expect(Object.keys(i).sort()).toEqual(['id', 'kind'])
    expect(res.body.items.map((i: { id: Id }) => String(i.id)).sort()).toEqual(
      items.map((i) => String(i.id)).sort(),
    )
    // Typed with spaces as it is printed: the same.
    const spaced = await api('/api/mail-items/lookup', {
      method: 'POST',
      auth: kiosk,
      json: { code: `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}` },
    })
    expect(spaced.status).toBe(200)
  })

  it('MAIL-4: the resident signs and the kiosk confirms how many items were picked up; who, where and when are kept', async () => {
    const { code, items } = await waitingMail('parcel', 2)
    const res = await pickup(kiosk, { code, items: items.map((i) => i.id) })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ count: 2, replayed: false })
    const after = await item(items[0].id)
    expect(after).toMatchObject({ status: 'picked-up', pickupPlace: 'kiosk', pickedUpBy: '陳大文' })
    expect(String((after.pickupKiosk as { id?: Id })?.id ?? after.pickupKiosk)).toBe(
      String(kioskId),
    )
    expect(after.pickedUpAt).toBeTruthy()
    const payload = await testPayload()
    const moves = await payload.find({
      collection: 'status-changes',
      where: {
        collectionSlug: { equals: 'mail-items' },
        documentId: { equals: String(items[0].id) },
      },
      depth: 0,
    })
    expect(moves.docs[0]).toMatchObject({ from: 'waiting', to: 'picked-up', operation: 'pickup' })
    // Picked up: the code shows nothing any more.
    expectRefusal(
      await api('/api/mail-items/lookup', { method: 'POST', auth: kiosk, json: { code } }),
      404,
      'mail.code-unknown',
    )
  })

  it('MAIL-5: two kiosks confirming the same item at the same moment give exactly one success', async () => {
    const other = await makeKiosk()
    const { code, items } = await waitingMail('parcel', 1)
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        pickup(i % 2 ? kiosk : { apiKey: other.apiKey }, { code, items: [items[0].id] }),
      ),
    )
    const statuses = attempts.map((a) => a.status).sort()
    expect(
      statuses.filter((s) => s === 200),
      JSON.stringify(attempts.map((a) => a.body)),
    ).toHaveLength(1)
    expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true)
    const payload = await testPayload()
    const moves = await payload.count({
      collection: 'status-changes',
      where: {
        collectionSlug: { equals: 'mail-items' },
        documentId: { equals: String(items[0].id) },
        to: { equals: 'picked-up' },
      },
    })
    expect(moves.totalDocs).toBe(1)
  })

  it('MAIL-5: a retry with the same idempotency key gets the first answer; another pickup of the same item is refused', async () => {
    const { code, items } = await waitingMail('letter', 1)
    const key = randomUUID()
    const first = await pickup(kiosk, { code, items: [items[0].id] }, key)
    expect(first.status).toBe(200)
    const retry = await pickup(kiosk, { code, items: [items[0].id] }, key)
    expect(retry.status).toBe(200)
    expect(retry.body).toMatchObject({
      count: 1,
      replayed: true,
      pickedUpAt: first.body.pickedUpAt,
    })
    expectRefusal(
      await pickup(kiosk, { code, items: [items[0].id] }),
      409,
      'mail.already-picked-up',
    )
  })

  it('MAIL-4: a pickup without a signature, or with a non-PNG or oversized one, is refused and the item still waits', async () => {
    const { code, items } = await waitingMail('letter', 1)
    const ids = [items[0].id]
    expectRefusal(
      await pickup(kiosk, { code, items: ids, signature: '' }),
      400,
      'signature.missing',
    )
    expectRefusal(
      await pickup(kiosk, { code, items: ids, signature: 'hello' }),
      400,
      'signature.not-png',
    )
    const huge = `data:image/png;base64,${Buffer.alloc(600 * 1024, 1).toString('base64')}`
    expectRefusal(
      await pickup(kiosk, { code, items: ids, signature: huge }),
      400,
      'signature.too-large',
    )
    expect((await item(ids[0])).status).toBe('waiting')
  })

  it('MAIL-4: a delegate collects only with the addressee’s valid authorisation, which the pickup records', async () => {
    const { code, items, resident, members } = await waitingMail('parcel', 1)
    const ids = [items[0].id]
    expectRefusal(
      await pickup(kiosk, { code, items: ids, delegateName: '黃師傅' }),
      403,
      'mail.delegate-not-authorised',
    )
    const token = await login(resident.email, resident.password, 'residents')
    const validUntil = new Date(Date.now() + 5 * 86400_000).toISOString().slice(0, 10)
    const auth = await api('/api/mail-authorisations', {
      method: 'POST',
      auth: { token },
      json: { member: members[0]!.id, delegateName: '黃師傅', validUntil },
    })
    expect(auth.status, JSON.stringify(auth.body)).toBe(201)
    // Withdrawn, it no longer counts …
    await api(`/api/mail-authorisations/${auth.body.doc.id}`, {
      method: 'PATCH',
      auth: { token },
      json: { revoked: true },
    })
    expectRefusal(
      await pickup(kiosk, { code, items: ids, delegateName: '黃師傅' }),
      403,
      'mail.delegate-not-authorised',
    )
    // … a new one does, whatever the spacing and case of the typed name.
    const again = await api('/api/mail-authorisations', {
      method: 'POST',
      auth: { token },
      json: { member: members[0]!.id, delegateName: '黃師傅', validUntil },
    })
    expect(again.status).toBe(201)
    const ok = await pickup(kiosk, { code, items: ids, delegateName: ' 黃 師傅 ' })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    const after = await item(ids[0])
    expect(after.pickedUpBy).toBe('黃師傅')
    expect(String((after.delegate as { id?: Id })?.id ?? after.delegate)).toBe(
      String(again.body.doc.id),
    )
  })

  it('MAIL-4: malformed and unknown codes, items not of the code, and empty or malformed bodies are refused, never a 5xx', async () => {
    const { code, items } = await waitingMail('letter', 1)
    const mine = await waitingMail('letter', 1)
    for (const bad of ['12ab', '', 123, null, '1'.repeat(11)]) {
      expectRefusal(
        await api('/api/mail-items/lookup', { method: 'POST', auth: kiosk, json: { code: bad } }),
        400,
        'mail.code-malformed',
      )
    }
    expectRefusal(
      await pickup(kiosk, { code, items: [mine.items[0].id] }),
      400,
      'mail.item-not-for-code',
    )
    expectRefusal(await pickup(kiosk, { code, items: [] }), 400, 'mail.items-required')
    expectRefusal(await pickup(kiosk, { code, items: 'all' }), 400, 'mail.items-required')
    expectRefusal(await pickup(kiosk, { code, items: [{ id: 1 }] }), 400, 'mail.items-required')
    const notJson = await api('/api/mail-items/pickup', {
      method: 'POST',
      auth: kiosk,
      body: 'code=1',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(notJson.status).toBe(400)
    const weirdIds = await pickup(kiosk, { code, items: ['abc', "1' OR 1=1"] })
    expect(weirdIds.status).toBeGreaterThanOrEqual(400)
    expect(weirdIds.status).toBeLessThan(500)
    expect((await item(items[0].id)).status).toBe('waiting')
  })

  it('MAIL-4: trying codes gets nowhere: after 10 wrong codes the kiosk is refused even the right one for a while', async () => {
    const fresh = await makeKiosk()
    const device = { apiKey: fresh.apiKey }
    const { code } = await waitingMail('letter', 1)
    let last = 0
    for (let i = 0; i < 10; i++) {
      const wrong = String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999))
      last = (
        await api('/api/mail-items/lookup', { method: 'POST', auth: device, json: { code: wrong } })
      ).status
    }
    expect(last).toBe(404)
    expectRefusal(
      await api('/api/mail-items/lookup', { method: 'POST', auth: device, json: { code } }),
      429,
      'mail.too-many-codes',
    )
    // Another kiosk is not affected.
    expect(
      (await api('/api/mail-items/lookup', { method: 'POST', auth: kiosk, json: { code } })).status,
    ).toBe(200)
  })

  it('MAIL-4: a right code costs none of the kiosk’s attempts; wrong ones still do, also sent all at once', async () => {
    const fresh = await makeKiosk()
    const device = { apiKey: fresh.apiKey }
    const { code, items } = await waitingMail('letter', 1)
    const lookUp = (c: string) =>
      api('/api/mail-items/lookup', { method: 'POST', auth: device, json: { code: c } })
    const wrong = () => String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999))
    const payload = await testPayload()
    const spentRows = async () =>
      (
        await payload.count({
          collection: 'attempt-counters',
          where: { key: { equals: `pk:kiosk:${String(fresh.id)}` } },
        })
      ).totalDocs

    for (let i = 0; i < 9; i++) expect((await lookUp(wrong())).status).toBe(404)
    expect(await spentRows()).toBe(9)
    // More right codes than the limit: none of them is counted.
    for (let i = 0; i < 12; i++) expect((await lookUp(code)).status).toBe(200)
    expect(await spentRows()).toBe(9)
    // So the tenth wrong code is still answered, and only then is the device refused everything.
    expectRefusal(await lookUp(wrong()), 404, 'mail.code-unknown')
    expectRefusal(await lookUp(wrong()), 429, 'mail.too-many-codes')
    expectRefusal(await lookUp(code), 429, 'mail.too-many-codes')
    expectRefusal(await pickup(device, { code, items: [items[0].id] }), 429, 'mail.too-many-codes')
    expect((await item(items[0].id)).status).toBe('waiting')

    // Twenty wrong codes at the same moment from another kiosk: ten answered, ten refused.
    const burst = await makeKiosk()
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        api('/api/mail-items/lookup', {
          method: 'POST',
          auth: { apiKey: burst.apiKey },
          json: { code: wrong() },
        }),
      ),
    )
    const statuses = answers.map((a) => a.status)
    expect(
      statuses.filter((s) => s === 404),
      JSON.stringify(statuses),
    ).toHaveLength(10)
    expect(statuses.filter((s) => s === 429)).toHaveLength(10)
    expect(
      (
        await api('/api/mail-items/lookup', {
          method: 'POST',
          auth: { apiKey: burst.apiKey },
          json: { code },
        })
      ).status,
    ).toBe(429)
  })

  it('GEN-5: a kiosk reads no mail records through any door and can do only kiosk actions', async () => {
    const { items, household } = await waitingMail('letter', 1)
    expect((await api('/api/mail-items', { auth: kiosk })).status).toBe(403)
    expect((await api(`/api/mail-items/${items[0].id}`, { auth: kiosk })).status).toBe(403)
    expect((await api('/api/mail-batches', { auth: kiosk })).status).toBe(403)
    expect((await api('/api/mail-authorisations', { auth: kiosk })).status).toBe(403)
    const gql = await graphql('{ MailItems { docs { id addressee pickupCode } } }', kiosk)
    expect(JSON.stringify(gql.body)).not.toContain(String(items[0].pickupCode))
    expect((await handOverBatch(1, kiosk)).status).toBe(403)
    expect((await recordItem({ household: household.id, addressee: 'x' }, kiosk)).status).toBe(403)
    const patch = await api(`/api/mail-items/${items[0].id}`, {
      method: 'PATCH',
      auth: kiosk,
      json: { status: 'picked-up' },
    })
    expect(patch.status).toBe(403)
  })

  it('GEN-5: another estate’s kiosk finds nothing with a valid code of this estate', async () => {
    const estate = await makeEstate('戊屋苑')
    const far = await makeKiosk({ estate: estate.id })
    const { code, items } = await waitingMail('letter', 1)
    expectRefusal(
      await api('/api/mail-items/lookup', {
        method: 'POST',
        auth: { apiKey: far.apiKey },
        json: { code },
      }),
      404,
      'mail.code-unknown',
    )
    expect((await pickup({ apiKey: far.apiKey }, { code, items: [items[0].id] })).status).toBe(404)
    expect((await item(items[0].id)).status).toBe('waiting')
  })
})

describe('resident', () => {
  it('GEN-5: reads their own household’s mail with its pickup code, and nothing of another household', async () => {
    const mine = await waitingMail('parcel', 1)
    const theirs = await waitingMail('letter', 1)
    const token = await login(mine.resident.email, mine.resident.password, 'residents')
    const list = await api('/api/mail-items?limit=100&depth=0', { auth: { token } })
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((d: { id: Id }) => String(d.id))
    expect(ids).toContain(String(mine.items[0].id))
    expect(ids).not.toContain(String(theirs.items[0].id))
    expect(list.body.docs[0].pickupCode).toBe(mine.code)
    expect(list.body.docs[0].batch).toBeUndefined()
    // Which staff member recorded it is the office's to know (issue 6 #3), at any depth.
    const deep = await api(`/api/mail-items/${mine.items[0].id}?depth=2`, { auth: { token } })
    expect(deep.status).toBe(200)
    expect(deep.body.recordedBy).toBeUndefined()
    expect(JSON.stringify(deep.body)).not.toMatch(/recordedBy|createdBy|updatedBy/)
    expect((await api(`/api/mail-items/${theirs.items[0].id}`, { auth: { token } })).status).toBe(
      404,
    )
    const across = await api(
      `/api/mail-items?where[household.unit][equals]=${encodeURIComponent(theirs.household.unit)}`,
      { auth: { token } },
    )
    expect(across.body.docs ?? []).toHaveLength(0)
  })

  it('GEN-5: cannot record, count, look up or pick up mail', async () => {
    const { code, items, resident, household } = await waitingMail('letter', 1)
    const auth = { token: await login(resident.email, resident.password, 'residents') }
    expect((await handOverBatch(1, auth)).status).toBe(403)
    expect((await recordItem({ household: household.id, addressee: 'x' }, auth)).status).toBe(403)
    expect(
      (await api('/api/mail-items/lookup', { method: 'POST', auth, json: { code } })).status,
    ).toBe(403)
    expect((await pickup(auth, { code, items: [items[0].id] })).status).toBe(403)
    expect(
      (
        await api(`/api/mail-items/${items[0].id}`, {
          method: 'PATCH',
          auth,
          json: { status: 'returned', returnReason: 'x' },
        })
      ).status,
    ).toBe(403)
  })

  it('MAIL-4: authorises a delegate only for a member of their own household, up to a day within a year; withdrawing is final', async () => {
    const { resident, members } = await waitingMail('letter', 1)
    const other = await makeHousehold()
    const auth = { token: await login(resident.email, resident.password, 'residents') }
    const day = (d: number) => new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10)
    const post = (json: Record<string, unknown>) =>
      api('/api/mail-authorisations', { method: 'POST', auth, json })
    expectRefusal(
      await post({ member: other.members[0]!.id, delegateName: '甲', validUntil: day(3) }),
      400,
      'mail.member-not-in-household',
    )
    expectRefusal(
      await post({ member: members[0]!.id, delegateName: '甲', validUntil: day(-2) }),
      400,
      'mail.authorisation-dates',
    )
    expectRefusal(
      await post({ member: members[0]!.id, delegateName: '甲', validUntil: day(400) }),
      400,
      'mail.authorisation-dates',
    )
    expect(
      (await post({ member: members[0]!.id, delegateName: '  ', validUntil: day(3) })).status,
    ).toBe(400)
    const made = await post({
      member: members[1]!.id,
      delegateName: '乙',
      validUntil: day(3),
      household: other.household.id,
    })
    expect(made.status).toBe(201)
    expect(String(made.body.doc.household?.id ?? made.body.doc.household)).not.toBe(
      String(other.household.id),
    )
    const withdrawn = await api(`/api/mail-authorisations/${made.body.doc.id}`, {
      method: 'PATCH',
      auth,
      json: { revoked: true },
    })
    expect(withdrawn.body.doc.revokedAt).toBeTruthy()
    expectRefusal(
      await api(`/api/mail-authorisations/${made.body.doc.id}`, {
        method: 'PATCH',
        auth,
        json: { revoked: false },
      }),
      400,
      'mail.authorisation-withdrawn',
    )
    expect(
      (await api(`/api/mail-authorisations/${made.body.doc.id}`, { method: 'DELETE', auth }))
        .status,
    ).toBe(403)
  })

  it('MAIL-6: a hold needs a last day from today to a year ahead, not before its first day', async () => {
    const { resident } = await waitingMail('letter', 1)
    const auth = { token: await login(resident.email, resident.password, 'residents') }
    const day = (d: number) => new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10)
    const post = (json: Record<string, unknown>) =>
      api('/api/mail-holds', { method: 'POST', auth, json })
    expectRefusal(await post({ until: day(-1) }), 400, 'mail.hold-dates')
    expectRefusal(await post({ from: day(5), until: day(3) }), 400, 'mail.hold-dates')
    expectRefusal(await post({ until: day(500) }), 400, 'mail.hold-dates')
    expect((await post({ until: 'soon' })).status).toBe(400)
    const ok = await post({ from: day(1), until: day(8) })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.until.slice(0, 10)).toBe(day(8))
  })

  it('MAIL-6: reminded after the estate’s days (3), again each period, never while on hold (the clock is moved, not waited for)', async () => {
    const payload = await testPayload()
    const { resident, items, code } = await waitingMail('parcel', 1)
    const created = new Date(items[0].createdAt).getTime()
    const at = (days: number) => new Date(created + days * 86400_000 + 60_000)
    const reminders = async () =>
      (await outboxFor(resident.email)).filter(
        (m) => m.subject.includes('提醒') && m.qrCode === code,
      )

    await remindUnclaimedMail(payload, { now: at(2) })
    expect(await reminders()).toHaveLength(0)
    await remindUnclaimedMail(payload, { now: at(3) })
    expect(await reminders()).toHaveLength(1)
    expect((await reminders())[0]!.body).toMatch(/3 日/)
    await remindUnclaimedMail(payload, { now: at(4) })
    expect(await reminders()).toHaveLength(1)
    await remindUnclaimedMail(payload, { now: at(6) })
    expect(await reminders()).toHaveLength(2)
    expect((await item(items[0].id)).reminders).toBe(2)

    const held = await waitingMail('parcel', 1)
    const token = await login(held.resident.email, held.resident.password, 'residents')
    const until = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10)
    expect(
      (await api('/api/mail-holds', { method: 'POST', auth: { token }, json: { until } })).status,
    ).toBe(201)
    await remindUnclaimedMail(payload, { now: new Date(Date.now() + 4 * 86400_000) })
    const heldReminders = (await outboxFor(held.resident.email)).filter((m) =>
      m.subject.includes('提醒'),
    )
    expect(heldReminders).toHaveLength(0)
  })
})

describe('anonymous', () => {
  it('GEN-5: nobody signed in looks up, picks up or reads mail', async () => {
    const { code, items } = await waitingMail('letter', 1)
    const lookup = await api('/api/mail-items/lookup', { method: 'POST', json: { code } })
    expect(lookup.status).toBe(403)
    expect(lookup.body.errors[0].message).toMatch(FORBIDDEN)
    expect((await pickup(undefined, { code, items: [items[0].id] })).status).toBe(403)
    expect((await api('/api/mail-items')).status).toBe(403)
    // Mail items keep no versions (GEN-2 is kept by the record of changes): nothing to read there.
    const oneVersion = await api(`/api/mail-items/${items[0].id}/versions`)
    expect([403, 404]).toContain(oneVersion.status)
    expectRefusal(await api('/api/mail-items/versions'), 404, 'request.not-found')
  })
})

describe('operator: kill -9 in the middle of a pickup', () => {
  const kind = testDatabase()

  it.each(['mail-pickup:claimed', 'mail-pickup:first-item'])(
    `MAIL-5: killed at %s, the retry with the same key picks the mail up exactly once, and another kiosk is refused (${kind})`,
    async (point) => {
      const kiosk = await makeKiosk()
      const other = await makeKiosk()
      const { code, items } = await waitingMail('parcel', 2)
      const ids = items.map((i) => i.id)
      const doomed = await startServer({
        DATABASE_URI: inject('databaseUri'),
        JOBS_AUTORUN: 'off',
        ESTATE_FAILPOINTS: point,
      })
      const key = randomUUID()
      const cut = await fetch(`${doomed.url}/api/mail-items/pickup`, {
        method: 'POST',
        headers: {
          Authorization: `kiosks API-Key ${kiosk.apiKey}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify({ code, items: ids, signature: SIGNATURE_PNG }),
      }).then(
        (r) => r.status,
        () => 'connection cut',
      )
      expect(cut).toBe('connection cut')
      expect(await doomed.stop()).not.toBe(0)
      const during = await Promise.all(ids.map(async (id) => (await item(id)).status))
      // PostgreSQL rolled the whole pickup back; SQLite may keep part of it, which the retry finishes.
      if (kind === 'postgres') expect(during).toEqual(['waiting', 'waiting'])

      // Another kiosk cannot take what the interrupted pickup claimed …
      const meanwhile = await pickup({ apiKey: other.apiKey }, { code, items: ids })
      if (kind === 'sqlite') expect(meanwhile.status).toBe(409)
      // … and the kiosk's retry with the same key finishes it.
      const retry = await pickup({ apiKey: kiosk.apiKey }, { code, items: ids }, key)
      if (meanwhile.status === 200) {
        expect(retry.status).toBe(409)
      } else {
        expect(retry.status, JSON.stringify(retry.body)).toBe(200)
        expect(retry.body.count).toBe(2)
      }
      for (const id of ids) expect((await item(id)).status).toBe('picked-up')
      const payload = await testPayload()
      const moves = await payload.count({
        collection: 'status-changes',
        where: {
          collectionSlug: { equals: 'mail-items' },
          documentId: { in: ids.map(String) },
          to: { equals: 'picked-up' },
        },
      })
      expect(moves.totalDocs).toBe(2)
    },
  )
})
