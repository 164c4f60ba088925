/**
 * Newspaper and magazine subscriptions (procedure 五, SUB-1 … SUB-7) through every door: REST,
 * GraphQL and the Local API. Grouped by who acts; each test makes its own household and order.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { followSubscriptionCalendar } from '@/domain/subscriptions/followCalendar'
import { addMonths, monthIn } from '@/domain/subscriptions/months'
import { testDatabase } from '../support/database'
import { type Auth, api, graphql, login } from '../support/http'
import {
  asUser,
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
type Publication = { id: Id; title: string }

const THIS_MONTH = monthIn('Asia/Shanghai')
const NEXT_MONTH = addMonths(THIS_MONTH, 1)

let cs: Auth
let supervisor: Auth
let manager: Auth
let finance: Auth
let guard: Auth
let admin: Auth
let postOffice: Publication
let cnpiec: Publication
let otherSupplier: Publication
let postOfficeByLetter: Publication

const staffAuth = async (roles: Parameters<typeof makeStaff>[0]) => {
  const staff = await makeStaff(roles)
  return { token: await login(staff.email, staff.password) }
}

async function makePublication(data: Record<string, unknown>): Promise<Publication> {
  const payload = await testPayload()
  return payload.create({
    collection: 'publications',
    data: {
      category: 'newspaper',
      supplier: 'post-office',
      monthlyPrice: 30,
      available: true,
      estate: (await testEstate()).id,
      ...data,
    } as never,
  })
}

beforeAll(async () => {
  // One after another: sign-ins in flight at once count against the address's limit.
  cs = await staffAuth(['cs'])
  supervisor = await staffAuth(['supervisor'])
  manager = await staffAuth(['manager'])
  finance = await staffAuth(['finance'])
  guard = await staffAuth(['guard'])
  admin = await staffAuth(['admin'])
  postOffice = await makePublication({
    title: `人民日報 ${Date.now()}`,
    supplierEmail: 'subscriptions@post.example',
    monthlyPrice: 28.5,
  })
  postOfficeByLetter = await makePublication({ title: `新民晚報 ${Date.now()}`, monthlyPrice: 20 })
  cnpiec = await makePublication({
    title: `The Economist ${Date.now()}`,
    category: 'magazine',
    supplier: 'cnpiec',
    monthlyPrice: 120,
  })
  otherSupplier = await makePublication({
    title: `讀者文摘 ${Date.now()}`,
    category: 'magazine',
    supplier: 'other',
    supplierName: '文摘書報社',
    monthlyPrice: 15,
  })
})

/** A household with a portal account in a language (Chinese unless told), logged in. */
async function residentHousehold(language: 'zh-TW' | 'en' = 'zh-TW') {
  const { household, members } = await makeHousehold()
  const account = await makeResident(household.id, members[0]!.id)
  const payload = await testPayload()
  await payload.update({ collection: 'residents', id: account.id, data: { language } })
  const auth = { token: await login(account.email, account.password, 'residents') }
  return { household, auth, account }
}

const order = (auth: Auth, json: Record<string, unknown>, lang = 'en') =>
  api('/api/subscriptions', {
    method: 'POST',
    auth,
    json,
    headers: { 'Accept-Language': lang },
  })

const move = (
  id: Id,
  status: string,
  auth: Auth,
  extra: Record<string, unknown> = {},
  lang = 'en',
) =>
  api(`/api/subscriptions/${id}`, {
    method: 'PATCH',
    auth,
    json: { status, ...extra },
    headers: { 'Accept-Language': lang },
  })

const sign = (id: Id, auth: Auth, json: Record<string, unknown> = {}, lang = 'en') =>
  api(`/api/subscriptions/${id}/sign`, {
    method: 'POST',
    auth,
    json: { signedByName: '王大明', signature: SIGNATURE_PNG, ...json },
    headers: { 'Accept-Language': lang },
  })

const cancel = (id: Id, auth: Auth, json: Record<string, unknown> = {}, lang = 'en') =>
  api(`/api/subscriptions/${id}/cancel`, {
    method: 'POST',
    auth,
    json: {
      lastMonth: NEXT_MONTH,
      datesConfirmed: true,
      signedByName: '王大明',
      signature: SIGNATURE_PNG,
      ...json,
    },
    headers: { 'Accept-Language': lang },
  })

const stored = async (id: Id) =>
  (await testPayload()).findByID({ collection: 'subscriptions', id, depth: 0 })

const code = (res: { body: any }) => res.body?.errors?.[0]?.data?.code

/** A phone order recorded by cs and taken as far as `until`, through the API as each role would. */
async function subscriptionUntil(
  until: 'requested' | 'confirmed-by-supplier' | 'signed' | 'approved' | 'ordered' | 'active',
  publication: Publication = postOffice,
  {
    months = 3,
    household,
    as = { cs, supervisor },
  }: { months?: number; household?: Id; as?: { cs: Auth; supervisor: Auth } } = {},
) {
  const { cs, supervisor } = as
  const home = household ?? (await makeHousehold()).household.id
  const created = await order(cs, {
    household: home,
    publication: publication.id,
    months,
    startDate: `${NEXT_MONTH}-01`,
    channel: 'phone',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as Id
  const steps: [string, () => Promise<{ status: number; body: any }>][] = [
    ['confirmed-by-supplier', () => move(id, 'confirmed-by-supplier', cs)],
    ['signed', () => sign(id, cs)],
    ['approved', () => move(id, 'approved', supervisor)],
    [
      'ordered',
      () =>
        move(id, 'ordered', cs, {
          quantity: 1,
          quantityConfirmationSentAt: new Date().toISOString(),
        }),
    ],
    ['active', () => move(id, 'active', cs)],
  ]
  if (until !== 'requested') {
    for (const [state, step] of steps) {
      const res = await step()
      expect(res.status, `${state}: ${JSON.stringify(res.body)}`).toBe(200)
      if (state === until) break
    }
  }
  return { id, household: home }
}

async function statusChanges(id: Id) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'status-changes',
    where: { collectionSlug: { equals: 'subscriptions' }, documentId: { equals: String(id) } },
    sort: 'at',
    depth: 0,
  })
  return docs
}

describe('resident', () => {
  it('SUB-1: browses the titles on offer (title, category, supplier, monthly price), not the unavailable ones', async () => {
    const { auth } = await residentHousehold()
    const hidden = await makePublication({ title: `停刊 ${Date.now()}`, available: false })
    const res = await api('/api/publications?limit=500&depth=0', { auth })
    expect(res.status).toBe(200)
    const titles = res.body.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain(postOffice.title)
    expect(titles).not.toContain(hidden.title)
    const doc = res.body.docs.find((d: { id: Id }) => d.id === postOffice.id)
    expect(doc).toMatchObject({
      category: 'newspaper',
      supplier: 'post-office',
      monthlyPrice: 28.5,
    })
    // The supplier's address is the office's business.
    expect(doc).not.toHaveProperty('supplierEmail')
    expect((await api(`/api/publications/${hidden.id}`, { auth })).status).toBe(404)
  })

  it('SUB-1: orders a title in the portal for their own household; household, channel, fee and status are the server’s', async () => {
    const { household, auth } = await residentHousehold()
    const other = await makeHousehold()
    const res = await order(auth, {
      publication: postOffice.id,
      months: 6,
      startDate: `${NEXT_MONTH}-01`,
      household: other.household.id,
      channel: 'phone',
      monthlyFee: 0.01,
      supplier: 'other',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({
      channel: 'portal',
      status: 'requested',
      monthlyFee: 28.5,
      currency: 'CNY',
      supplier: 'post-office',
      months: 6,
    })
    expect(res.body.doc.household.id ?? res.body.doc.household).toBe(household.id)
    expect(res.body.doc.startDate.slice(0, 7)).toBe(NEXT_MONTH)
    expect(res.body.doc.endDate.slice(0, 7)).toBe(addMonths(NEXT_MONTH, 5))
  })

  it('SUB-3: an order shorter than one month is refused with a message in their language, and nothing is written', async () => {
    const { household, auth } = await residentHousehold('en')
    const payload = await testPayload()
    const count = async () =>
      (
        await payload.count({
          collection: 'subscriptions',
          where: { household: { equals: household.id } },
        })
      ).totalDocs
    for (const [months, lang, message] of [
      [
        0,
        'en',
        'A subscription runs at least 1 month: give a whole number of months from 1 to 60.',
      ],
      [0.5, 'en', null],
      [-3, 'en', null],
      [61, 'en', null],
    ] as const) {
      const res = await order(auth, { publication: postOffice.id, months }, lang)
      expect(res.status, String(months)).toBe(400)
      expect(code(res), String(months)).toBe('subscription.months-minimum')
      if (message) expect(res.body.errors[0].message).toBe(message)
    }
    const missing = await order(auth, { publication: postOffice.id })
    expect(missing.status).toBe(400)
    expect(await count()).toBe(0)
    // A resident who reads Chinese gets Chinese, whatever the browser asks for.
    const zh = await residentHousehold('zh-TW')
    const refused = await order(zh.auth, { publication: postOffice.id, months: 0 }, 'en')
    expect(refused.body.errors[0].message).toBe('訂閱期最少 1 個月：請填寫 1 至 60 的整數月數。')
  })

  it('SUB-3: a start before this month, a title not on offer or another estate’s title is refused', async () => {
    const { auth } = await residentHousehold()
    const past = await order(auth, {
      publication: postOffice.id,
      months: 1,
      startDate: `${addMonths(THIS_MONTH, -1)}-15`,
    })
    expect(past.status).toBe(400)
    expect(code(past)).toBe('subscription.start-past')
    const hidden = await makePublication({ title: `停刊 ${Date.now()}`, available: false })
    const unavailable = await order(auth, { publication: hidden.id, months: 1 })
    expect(unavailable.status).toBe(400)
    expect(code(unavailable)).toBe('publication.not-offered')
    const elsewhere = await makeEstate('丙屋苑')
    const theirs = await makePublication({ title: '丙報', estate: elsewhere.id })
    const foreign = await order(auth, { publication: theirs.id, months: 1 })
    expect([400, 403]).toContain(foreign.status)
  })

  it('SUB-3: signs the confirmation letter on screen once cs has confirmed it, and it is kept with the signature', async () => {
    const { household, auth } = await residentHousehold()
    const { id } = await subscriptionUntil('requested', postOffice, { household: household.id })
    const early = await sign(id, auth)
    expect(early.status).toBe(409)
    expect(code(early)).toBe('subscription.not-awaiting-signature')
    expect((await move(id, 'confirmed-by-supplier', cs)).status).toBe(200)
    const direct = await move(id, 'signed', auth)
    expect(direct.status).toBe(400)
    expect(code(direct)).toBe('subscription.sign-with-letter')
    const signed = await sign(id, auth, { signedByName: '業主本人' })
    expect(signed.status, JSON.stringify(signed.body)).toBe(200)
    expect(signed.body.doc).toMatchObject({
      status: 'signed',
      letterSignedByName: '業主本人',
      letterSignedVia: 'portal',
    })
    expect(signed.body.doc.letterSignedAt).toBeTruthy()
    const signature = await api(
      `/api/signatures/${signed.body.doc.letterSignature?.id ?? signed.body.doc.letterSignature}`,
      { auth },
    )
    expect(signature.status).toBe(200)
    const again = await sign(id, auth)
    expect(again.status).toBe(409)
  })

  it('SUB-3: a signature that is missing or not a PNG, or no name, is refused and nothing changes', async () => {
    const { household, auth } = await residentHousehold()
    const { id } = await subscriptionUntil('confirmed-by-supplier', postOffice, {
      household: household.id,
    })
    for (const [json, expected] of [
      [{ signature: '' }, 'signature.missing'],
      [{ signature: 'data:image/png;base64,aGVsbG8=' }, 'signature.not-png'],
      [{ signedByName: '   ' }, 'subscription.signer-name'],
    ] as const) {
      const res = await sign(id, auth, json)
      expect(res.status).toBe(400)
      expect(code(res)).toBe(expected)
    }
    expect((await stored(id)).status).toBe('confirmed-by-supplier')
  })

  it('SUB-3: may decline a confirmed order instead of signing it', async () => {
    const { household, auth } = await residentHousehold()
    const { id } = await subscriptionUntil('confirmed-by-supplier', postOffice, {
      household: household.id,
    })
    const mine = await api(`/api/subscriptions/${id}`, { auth })
    expect(mine.body.moves.map((m: { to: string }) => m.to)).toEqual(['refused'])
    const res = await move(id, 'refused', auth)
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('refused')
  })

  it('SUB-4: cannot approve their own requisition, nor write the fee', async () => {
    const { household, auth } = await residentHousehold()
    const { id } = await subscriptionUntil('signed', postOffice, { household: household.id })
    const res = await move(id, 'approved', auth)
    expect(res.status).toBe(400)
    expect(code(res)).toBe('subscription.approval-role')
    const fee = await api(`/api/subscriptions/${id}`, {
      method: 'PATCH',
      auth,
      json: { monthlyFee: 1, months: 12 },
    })
    expect(fee.status).toBeLessThan(500)
    expect(await stored(id)).toMatchObject({ status: 'signed', monthlyFee: 28.5, months: 3 })
  })

  it('SUB-7: cancels a post-office subscription with confirmed dates and a signed notice; the supplier is e-mailed through the outbox', async () => {
    const { household, auth } = await residentHousehold()
    const { id } = await subscriptionUntil('active', postOffice, { household: household.id })
    const res = await cancel(id, auth, { lastMonth: NEXT_MONTH })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc).toMatchObject({
      status: 'cancelled',
      supplierNotifiedBy: 'email',
      cancellationSignedByName: '王大明',
    })
    expect(res.body.doc.cancellationEndDate.slice(0, 7)).toBe(NEXT_MONTH)
    const payload = await testPayload()
    const doc = await stored(id)
    const notice = await payload.findByID({
      collection: 'notifications',
      id: doc.supplierNotice as number,
    })
    expect(notice).toMatchObject({ to: 'subscriptions@post.example', status: 'queued' })
    expect(notice.subject).toContain('退訂通知')
    expect(notice.body).toContain(household.unit)
    const moves = await statusChanges(id)
    expect(moves.at(-1)).toMatchObject({ from: 'active', to: 'cancelled', operation: 'cancel' })
  })

  it('SUB-7: a CNPIEC or other supplier’s subscription cannot be cancelled: refused as prepaid, nothing changes', async () => {
    for (const [publication, lang] of [
      [cnpiec, 'en'],
      [otherSupplier, 'zh-TW'],
    ] as const) {
      const { household, auth } = await residentHousehold(lang)
      const { id } = await subscriptionUntil('ordered', publication, { household: household.id })
      const payload = await testPayload()
      const signaturesBefore = (await payload.count({ collection: 'signatures' })).totalDocs
      const res = await cancel(id, auth)
      expect(res.status).toBe(409)
      expect(code(res)).toBe('subscription.prepaid')
      expect(res.body.errors[0].message).toMatch(lang === 'en' ? /paid in advance/ : /已預付/)
      const patch = await move(id, 'cancelled', auth)
      expect(patch.status).toBe(400)
      expect(code(patch)).toBe('subscription.prepaid')
      expect((await stored(id)).status).toBe('ordered')
      expect((await payload.count({ collection: 'signatures' })).totalDocs).toBe(signaturesBefore)
    }
  })

  it('GEN-5: reads only their own household’s subscriptions (REST list, by id, across the household, GraphQL)', async () => {
    const mine = await residentHousehold()
    const theirs = await residentHousehold()
    const own = await subscriptionUntil('requested', postOffice, { household: mine.household.id })
    const other = await subscriptionUntil('requested', postOffice, {
      household: theirs.household.id,
    })
    const list = await api('/api/subscriptions?limit=500&depth=0', { auth: mine.auth })
    expect(list.body.docs.map((d: { id: Id }) => d.id)).toEqual([own.id])
    expect((await api(`/api/subscriptions/${other.id}`, { auth: mine.auth })).status).toBe(404)
    const across = await api(
      `/api/subscriptions?where[household.unit][equals]=${encodeURIComponent(theirs.household.unit)}`,
      { auth: mine.auth },
    )
    expect(across.body.docs ?? []).toEqual([])
    const gql = await graphql(
      `{ NewspaperSubscriptions(limit: 100) { docs { id } } NewspaperSubscription(id: ${other.id}) { id } }`,
      mine.auth,
    )
    expect(gql.body.data.NewspaperSubscriptions.docs.map((d: { id: Id }) => d.id)).toEqual([own.id])
    expect(gql.body.data.NewspaperSubscription).toBeNull()
    const versions = await api(`/api/subscriptions/versions?where[parent][equals]=${own.id}`, {
      auth: mine.auth,
    })
    expect(versions.status).toBe(403)
    const moves = await api(`/api/status-changes?where[documentId][equals]=${own.id}`, {
      auth: mine.auth,
    })
    expect(moves.status).toBe(403)
  })

  it('GEN-5: no door shows a resident the office’s fields or another household’s subscription (select, depth, where and sort on hidden fields, GraphQL versions, bulk PATCH, DELETE)', async () => {
    const mine = await residentHousehold()
    const theirs = await residentHousehold()
    const own = await subscriptionUntil('ordered', cnpiec, { household: mine.household.id })
    const other = await subscriptionUntil('confirmed-by-supplier', postOffice, {
      household: theirs.household.id,
    })
    const hidden = [
      'supplierConfirmedBy',
      'decidedBy',
      'orderedBy',
      'orderReference',
      'supplierContact',
      'quantityConfirmationSentAt',
      'createdBy',
      'updatedBy',
    ]
    const selected = await api(
      `/api/subscriptions/${own.id}?depth=3&${hidden.map((f) => `select[${f}]=true`).join('&')}`,
      { auth: mine.auth },
    )
    expect(selected.status).toBe(200)
    for (const field of hidden) expect(selected.body, field).not.toHaveProperty(field)
    const deep = await api(`/api/subscriptions/${own.id}?depth=3`, { auth: mine.auth })
    for (const field of hidden) expect(deep.body, field).not.toHaveProperty(field)
    expect(deep.body.publication).not.toHaveProperty('supplierEmail')
    for (const query of [
      'where[supplierContact][like]=a',
      'where[decidedBy][exists]=true',
      'where[orderedBy.email][like]=test',
      'where[household][equals]=' + theirs.household.id,
      'sort=supplierContact',
      'sort=-orderReference',
    ]) {
      const res = await api(`/api/subscriptions?${query}`, { auth: mine.auth })
      expect(res.status, query).toBeLessThan(500)
      for (const doc of res.body?.docs ?? []) expect(doc.id, query).toBe(own.id)
    }
    const versions = await graphql(
      `
        {
          versionsNewspaperSubscriptions {
            docs {
              id
              parent {
                id
              }
            }
          }
        }
      `,
      mine.auth,
    )
    expect(versions.body.data?.versionsNewspaperSubscriptions ?? null).toBeNull()
    const bulk = await api('/api/subscriptions?where[id][exists]=true', {
      method: 'PATCH',
      auth: mine.auth,
      json: { status: 'refused' },
    })
    expect(bulk.status).toBeLessThan(500)
    expect((await stored(other.id)).status).toBe('confirmed-by-supplier')
    expect((await stored(own.id)).status).toBe('ordered')
    const patchOther = await move(other.id, 'refused', mine.auth)
    expect([403, 404]).toContain(patchOther.status)
    expect((await stored(other.id)).status).toBe('confirmed-by-supplier')
    expect(
      (await api(`/api/subscriptions/${own.id}`, { method: 'DELETE', auth: mine.auth })).status,
    ).toBe(403)
    const created = await graphql(
      `mutation { createNewspaperSubscription(data: { publication: ${postOffice.id}, months: 2, household: ${theirs.household.id} }) { id channel household { id } } }`,
      mine.auth,
    )
    expect(created.body.data.createNewspaperSubscription).toMatchObject({
      channel: 'portal',
      household: { id: mine.household.id },
    })
    expect(
      (
        await api('/api/publications', {
          method: 'POST',
          auth: mine.auth,
          json: { title: 'x', monthlyPrice: 1 },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api(`/api/publications/${postOffice.id}`, {
          method: 'PATCH',
          auth: mine.auth,
          json: { monthlyPrice: 0 },
        })
      ).status,
    ).toBe(403)
  })

  it('SUB-6: sees the monthly charges of their own household only', async () => {
    const mine = await residentHousehold()
    const theirs = await residentHousehold()
    await subscriptionUntil('ordered', postOffice, { household: mine.household.id })
    await subscriptionUntil('ordered', cnpiec, { household: theirs.household.id })
    const res = await api(`/api/subscriptions/charges?month=${NEXT_MONTH}`, { auth: mine.auth })
    expect(res.status).toBe(200)
    expect(res.body.units).toHaveLength(1)
    expect(res.body.units[0]).toMatchObject({
      unit: mine.household.unit,
      totals: [{ currency: 'CNY', amount: 28.5 }],
    })
    const register = await api(`/api/subscriptions/register?month=${NEXT_MONTH}`, {
      auth: mine.auth,
    })
    expect(register.status).toBe(403)
  })
})

describe('cs', () => {
  it('SUB-1: records an order taken by phone or in person; “portal” is for residents', async () => {
    const { household } = await makeHousehold()
    const phone = await order(cs, { household: household.id, publication: cnpiec.id, months: 12 })
    expect(phone.status).toBe(201)
    expect(phone.body.doc).toMatchObject({ channel: 'phone', monthlyFee: 120, supplier: 'cnpiec' })
    const desk = await order(cs, {
      household: household.id,
      publication: postOffice.id,
      months: 1,
      channel: 'in-person',
    })
    expect(desk.body.doc.channel).toBe('in-person')
    const portal = await order(
      cs,
      { household: household.id, publication: postOffice.id, months: 1, channel: 'portal' },
      'zh-TW',
    )
    expect(portal.status).toBe(400)
    expect(code(portal)).toBe('subscription.channel')
    expect(portal.body.errors[0].message).toBe(
      '職員只可登記電話或親臨的訂閱；網上訂閱由住戶自行提交。',
    )
    const noHousehold = await order(cs, { publication: postOffice.id, months: 1 })
    expect(noHousehold.status).toBe(400)
  })

  it('SUB-2: confirms availability and the monthly price with the supplier; the fee becomes the confirmed price, who and when are kept, the household is asked to sign', async () => {
    const { household } = await makeHousehold()
    const account = await makeResident(household.id)
    const { id } = await subscriptionUntil('requested', postOffice, { household: household.id })
    const res = await move(id, 'confirmed-by-supplier', cs, {
      confirmedMonthlyPrice: 31,
      supplierContact: '郵局 李小姐 2345 6789',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const doc = await stored(id)
    expect(doc).toMatchObject({ status: 'confirmed-by-supplier', monthlyFee: 31 })
    expect(doc.supplierConfirmedBy).toBeTruthy()
    expect(doc.supplierConfirmedAt).toBeTruthy()
    expect(doc.supplierConfirmedAt_tz).toBe('Asia/Shanghai')
    const [change] = await statusChanges(id)
    expect(change).toMatchObject({ from: 'requested', to: 'confirmed-by-supplier' })
    expect(change!.by).toMatchObject({ relationTo: 'users' })
    const payload = await testPayload()
    const mail = await payload.find({
      collection: 'notifications',
      where: { to: { equals: account.email } },
    })
    expect(mail.docs.map((m) => m.subject).join()).toMatch(/確認書/)
    // The signed letter will say 31 a month: the terms no longer change.
    for (const json of [{ confirmedMonthlyPrice: 5 }, { months: 12 }, { publication: cnpiec.id }]) {
      const locked = await api(`/api/subscriptions/${id}`, { method: 'PATCH', auth: cs, json })
      expect(locked.status, JSON.stringify(json)).toBe(400)
      expect(code(locked)).toBe('subscription.locked')
    }
    expect(await stored(id)).toMatchObject({ monthlyFee: 31, months: 3 })
  })

  it('SUB-2: a title the supplier cannot supply is refused', async () => {
    const { id } = await subscriptionUntil('requested')
    const res = await move(id, 'refused', cs, {}, 'zh-TW')
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('refused')
  })

  it('SUB-3: the resident signs at the desk on the office screen', async () => {
    const { id } = await subscriptionUntil('confirmed-by-supplier')
    const res = await sign(id, cs, { signedByName: '陳太' })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'signed', letterSignedVia: 'desk' })
  })

  it('SUB-3: of five signatures of one letter sent at once, one signs it; the others find it signed (409)', async () => {
    const { id } = await subscriptionUntil('confirmed-by-supplier')
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => sign(id, cs, { signedByName: `簽署人 ${i}` })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409])
    for (const r of results.filter((x) => x.status === 409)) {
      expect(code(r)).toBe('subscription.not-awaiting-signature')
    }
    const signs = (await statusChanges(id)).filter((m) => m.to === 'signed')
    expect(signs).toHaveLength(1)
    const winner = results.find((r) => r.status === 200)!
    expect((await stored(id)).letterSignedByName).toBe(winner.body.doc.letterSignedByName)
  })

  it('SUB-3: a letter whose signing was cut by a crash (its claim left, never signed) can be signed again after two minutes, not before', async () => {
    const { id } = await subscriptionUntil('confirmed-by-supplier')
    const payload = await testPayload()
    const left = await payload.create({
      collection: 'operation-claims',
      data: { key: `subscription-letter:${id}`, claimedAt: new Date().toISOString() },
    })
    const fresh = await sign(id, cs, { signedByName: '陳太' })
    expect(fresh.status).toBe(409)
    expect(code(fresh)).toBe('subscription.not-awaiting-signature')
    await payload.update({
      collection: 'operation-claims',
      id: left.id,
      data: { claimedAt: new Date(Date.now() - 3 * 60_000).toISOString() },
    })
    const taken = await sign(id, cs, { signedByName: '陳太' })
    if (testDatabase() === 'sqlite') {
      expect(taken.status).toBe(200)
      expect(taken.body.doc.status).toBe('signed')
    } else {
      // PostgreSQL never leaves such a claim (a crash rolls it back with its transaction); one
      // there anyway is not taken over inside a transaction.
      expect(taken.status).toBe(409)
    }
    expect((await statusChanges(id)).filter((m) => m.to === 'signed').length).toBeLessThanOrEqual(1)
  })

  it('SUB-7: of three cancellations sent at once, one cancels and tells the supplier once', async () => {
    const { id } = await subscriptionUntil('ordered', postOffice)
    const results = await Promise.all(Array.from({ length: 3 }, () => cancel(id, cs)))
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409])
    expect((await statusChanges(id)).filter((m) => m.to === 'cancelled')).toHaveLength(1)
    const payload = await testPayload()
    const notices = await payload.count({
      collection: 'notifications',
      where: { dedupeKey: { equals: `subscription-cancel:${id}` } },
    })
    expect(notices.totalDocs).toBe(1)
  })

  it('SUB-4: a cs approving the requisition is refused, through REST, GraphQL and the Local API', async () => {
    const { id } = await subscriptionUntil('signed')
    const rest = await move(id, 'approved', cs, {}, 'zh-TW')
    expect(rest.status).toBe(400)
    expect(code(rest)).toBe('subscription.approval-role')
    expect(rest.body.errors[0].message).toBe('只有主管或物業經理可以批准或不批准請購單。')
    const gql = await graphql(
      `mutation { updateNewspaperSubscription(id: ${id}, data: { status: approved }) { status } }`,
      cs,
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/supervisor|主管/)
    const payload = await testPayload()
    const csUser = await makeStaff(['cs'])
    await expect(
      payload.update({
        collection: 'subscriptions',
        id,
        data: { status: 'approved' },
        user: await asUser(csUser),
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    expect((await stored(id)).status).toBe('signed')
  })

  it('SUB-5: an order placed before approval is refused (subscription.not-approved), through REST, GraphQL and the Local API', async () => {
    const { id } = await subscriptionUntil('signed')
    const rest = await move(id, 'ordered', cs)
    expect(rest.status).toBe(400)
    expect(code(rest)).toBe('subscription.not-approved')
    expect(rest.body.errors[0].message).toMatch(/not been approved/)
    const gql = await graphql(
      `mutation { updateNewspaperSubscription(id: ${id}, data: { status: ordered }) { status } }`,
      cs,
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/approved|批准/)
    const payload = await testPayload()
    await expect(
      payload.update({ collection: 'subscriptions', id, data: { status: 'ordered' } }),
    ).rejects.toThrow()
    const requested = await subscriptionUntil('requested')
    expect(code(await move(requested.id, 'ordered', cs))).toBe('subscription.not-approved')
    expect((await stored(id)).status).toBe('signed')
  })

  it('SUB-5: a CNPIEC order needs the written confirmation of quantity sent to the supplier', async () => {
    const { id } = await subscriptionUntil('approved', cnpiec)
    const bare = await move(id, 'ordered', cs)
    expect(bare.status).toBe(400)
    expect(code(bare)).toBe('subscription.cnpiec-confirmation')
    const sentAt = new Date().toISOString()
    const res = await move(id, 'ordered', cs, {
      quantity: 2,
      quantityConfirmationSentAt: sentAt,
      orderReference: 'CN-2026-001',
    })
    expect(res.status).toBe(200)
    const doc = await stored(id)
    expect(doc).toMatchObject({ status: 'ordered', quantity: 2, orderReference: 'CN-2026-001' })
    expect(doc.orderedBy).toBeTruthy()
    expect(doc.orderedAt).toBeTruthy()
    // A post-office order needs none.
    const plain = await subscriptionUntil('approved', postOffice)
    expect((await move(plain.id, 'ordered', cs)).status).toBe(200)
  })

  it('SUB-7: a PATCH to cancelled is refused: post office needs the signed notice, others are prepaid', async () => {
    const po = await subscriptionUntil('ordered', postOffice)
    const res = await move(po.id, 'cancelled', cs)
    expect(res.status).toBe(400)
    expect(code(res)).toBe('subscription.cancel-with-notice')
    const cn = await subscriptionUntil('ordered', cnpiec)
    const prepaid = await move(cn.id, 'cancelled', cs)
    expect(prepaid.status).toBe(400)
    expect(code(prepaid)).toBe('subscription.prepaid')
    expect(prepaid.body.errors[0].message).toMatch(/CNPIEC/)
    const gql = await graphql(
      `mutation { updateNewspaperSubscription(id: ${cn.id}, data: { status: cancelled }) { status } }`,
      cs,
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/post-office|郵局/)
    expect((await stored(cn.id)).status).toBe('ordered')
  })

  it('SUB-7: a cancellation needs the dates confirmed, a last month within the period and a signature; each refusal changes nothing', async () => {
    const { id } = await subscriptionUntil('ordered', postOffice, { months: 3 })
    for (const [json, status, expected] of [
      [{ datesConfirmed: false }, 400, 'subscription.dates-unconfirmed'],
      [{ lastMonth: '2026-13' }, 400, 'subscription.month-format'],
      [{ lastMonth: addMonths(NEXT_MONTH, 3) }, 400, 'subscription.cancel-last-month'],
      [{ lastMonth: addMonths(THIS_MONTH, -1) }, 400, 'subscription.cancel-last-month'],
      [{ signature: null }, 400, 'signature.missing'],
    ] as const) {
      const res = await cancel(id, cs, json)
      expect(res.status, JSON.stringify(json)).toBe(status)
      expect(code(res), JSON.stringify(json)).toBe(expected)
    }
    expect((await stored(id)).status).toBe('ordered')
    const early = await subscriptionUntil('signed', postOffice)
    const notYet = await cancel(early.id, cs)
    expect(notYet.status).toBe(409)
    expect(code(notYet)).toBe('subscription.not-cancellable-now')
  })

  it('SUB-7: without a supplier e-mail the office prints a letter and records its sending', async () => {
    const { id } = await subscriptionUntil('active', postOfficeByLetter)
    const early = await api(`/api/subscriptions/${id}`, {
      method: 'PATCH',
      auth: cs,
      json: { cancellationLetterSentAt: new Date().toISOString() },
    })
    expect(early.status).toBe(400)
    expect(code(early)).toBe('subscription.not-cancelled')
    const res = await cancel(id, cs, { lastMonth: THIS_MONTH })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'cancelled', supplierNotifiedBy: 'letter' })
    const sentAt = new Date().toISOString()
    const recorded = await api(`/api/subscriptions/${id}`, {
      method: 'PATCH',
      auth: cs,
      json: { cancellationLetterSentAt: sentAt },
    })
    expect(recorded.status).toBe(200)
    expect((await stored(id)).cancellationLetterSentAt).toBe(sentAt)
    const page = await api(`/office/subscriptions/${id}`, { auth: cs })
    expect(page.status).toBe(200)
  })

  it('SUB-6: the monthly register lists titles, periods and units grouped by category and title; a cancellation is marked', async () => {
    const a = await makeHousehold()
    const b = await makeHousehold()
    const kept = await subscriptionUntil('active', postOffice, { household: a.household.id })
    const gone = await subscriptionUntil('active', postOffice, { household: b.household.id })
    const magazine = await subscriptionUntil('ordered', cnpiec, { household: a.household.id })
    const waiting = await subscriptionUntil('signed', postOffice, { household: b.household.id })
    expect((await cancel(gone.id, cs, { lastMonth: THIS_MONTH })).status).toBe(200)
    const res = await api(`/api/subscriptions/register?month=${NEXT_MONTH}`, { auth: cs })
    expect(res.status).toBe(200)
    const categories = res.body.groups.map((g: { category: string }) => g.category)
    expect(categories.indexOf('newspaper')).toBeLessThan(categories.indexOf('magazine'))
    const rowsOf = (title: string) =>
      res.body.groups
        .flatMap((g: { titles: { title: string; rows: unknown[] }[] }) => g.titles)
        .find((t: { title: string }) => t.title === title)?.rows ?? []
    const daily = rowsOf(postOffice.title) as {
      id: Id
      unit: string
      cancellationMark: string | null
      delivered: boolean
    }[]
    expect(daily.map((r) => r.id)).toContain(kept.id)
    expect(daily.map((r) => r.id)).not.toContain(waiting.id)
    const cancelled = daily.find((r) => r.id === gone.id)
    expect(cancelled).toMatchObject({ cancellationMark: 'stopped', delivered: false })
    expect(daily.find((r) => r.id === kept.id)).toMatchObject({
      cancellationMark: null,
      delivered: true,
    })
    expect((rowsOf(cnpiec.title) as { id: Id }[]).map((r) => r.id)).toContain(magazine.id)
    // This month's register: the notice taken this month, delivered to the end of the month.
    const now = await api(`/api/subscriptions/register?month=${THIS_MONTH}`, { auth: cs })
    expect(now.status).toBe(200)
    const page = await api(`/office/subscriptions/register?month=${NEXT_MONTH}`, { auth: cs })
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain(postOffice.title)
    expect(String(page.body)).toContain(b.household.unit)
  })

  it('SUB-6: the register exports as CSV whose cells a spreadsheet cannot run as formulas, in the caller’s language', async () => {
    const trap = await makePublication({
      title: `=HYPERLINK("http://evil.example")`,
      monthlyPrice: 9,
    })
    await subscriptionUntil('ordered', trap)
    const res = await api(`/api/subscriptions/register?month=${NEXT_MONTH}&format=csv`, {
      auth: cs,
      headers: { 'Accept-Language': 'zh-TW' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/csv/)
    const text = String(res.body)
    expect(text.split('\r\n')[0]).toContain('"刊物"')
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
    expect(text).not.toMatch(/(^|,)"=HYPERLINK/m)
    const en = await api(`/api/subscriptions/register?month=${NEXT_MONTH}&format=csv`, {
      auth: cs,
      headers: { 'Accept-Language': 'en' },
    })
    expect(String(en.body).split('\r\n')[0]).toContain('"Title"')
  })

  it('SUB-6: each unit’s monthly charges are listed with their total', async () => {
    const { household } = await makeHousehold()
    await subscriptionUntil('active', postOffice, { household: household.id })
    await subscriptionUntil('ordered', cnpiec, { household: household.id })
    await subscriptionUntil('signed', otherSupplier, { household: household.id })
    const res = await api(`/api/subscriptions/charges?month=${NEXT_MONTH}`, { auth: cs })
    expect(res.status).toBe(200)
    const unit = res.body.units.find((u: { unit: string }) => u.unit === household.unit)
    expect(unit.lines).toHaveLength(2)
    expect(unit.totals).toEqual([{ currency: 'CNY', amount: 148.5 }])
    expect((await api(`/api/subscriptions/charges?month=${THIS_MONTH}`, { auth: cs })).status).toBe(
      200,
    )
    const page = await api(`/office/subscriptions/charges?month=${NEXT_MONTH}`, { auth: cs })
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain(household.unit)
  })

  it('GEN-2: every move of a subscription keeps who and when', async () => {
    const { id } = await subscriptionUntil('active', cnpiec)
    const moves = await statusChanges(id)
    expect(moves.map((m) => `${m.from}>${m.to}`)).toEqual([
      'requested>confirmed-by-supplier',
      'confirmed-by-supplier>signed',
      'signed>approved',
      'approved>ordered',
      'ordered>active',
    ])
    for (const m of moves) {
      expect(m.by).toMatchObject({ relationTo: 'users' })
      expect(m.at).toBeTruthy()
    }
    expect(moves[1]!.operation).toBe('sign')
    const doc = await stored(id)
    expect(doc.decidedBy).toBeTruthy()
    expect(doc.createdBy).toMatchObject({ relationTo: 'users' })
  })

  it('bad input gets a 4xx with a message, never a 500, and writes nothing', async () => {
    const { id } = await subscriptionUntil('confirmed-by-supplier')
    for (const [path, init] of [
      ['/api/subscriptions/abc/sign', { method: 'POST', json: {} }],
      ['/api/subscriptions/99999999/sign', { method: 'POST', json: {} }],
      ['/api/subscriptions/1e3/cancel', { method: 'POST', json: {} }],
      [
        `/api/subscriptions/${id}/sign`,
        { method: 'POST', body: 'not json', headers: { 'Content-Type': 'application/json' } },
      ],
      [`/api/subscriptions/${id}/sign`, { method: 'POST', json: [1, 2] }],
      [`/api/subscriptions/${id}/cancel`, { method: 'POST', json: { lastMonth: { $gt: '' } } }],
      ['/api/subscriptions/register?month=2026-13', {}],
      ['/api/subscriptions/register', {}],
      ['/api/subscriptions/charges?month=abc', {}],
      ['/api/subscriptions?where[startDate][less_than]=notadate', {}],
      ['/api/subscriptions?where[household][equals]=abc', {}],
      ['/api/subscriptions', { method: 'POST', json: { publication: 'abc', months: 'three' } }],
      [
        '/api/subscriptions',
        { method: 'POST', json: { publication: postOffice.id, months: 2, startDate: 'soon' } },
      ],
      [`/api/subscriptions/${id}`, { method: 'PATCH', json: { status: 'paid' } }],
      [
        `/api/subscriptions/${id}`,
        { method: 'PATCH', body: '[]', headers: { 'Content-Type': 'application/json' } },
      ],
      [
        '/api/publications',
        { method: 'POST', json: { title: 'x', supplier: 'other', monthlyPrice: -1 } },
      ],
      [
        '/api/publications',
        { method: 'POST', json: { title: 'x', supplier: 'other', monthlyPrice: 3 } },
      ],
    ] as const) {
      const res = await api(path, { auth: cs, ...(init as object) })
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400)
      expect(res.status, path).toBeLessThan(500)
      expect(res.body?.errors?.[0]?.message, path).toBeTruthy()
    }
    expect((await stored(id)).status).toBe('confirmed-by-supplier')
    const other = await api('/api/publications', {
      method: 'POST',
      auth: cs,
      headers: { 'Accept-Language': 'en' },
      json: { title: 'x', supplier: 'other', monthlyPrice: 3 },
    })
    expect(code(other)).toBe('publication.supplier-name')
  })
})

describe('cs of one estate and supervisor of another', () => {
  it('SUB-4: working as cs, cannot approve with the supervisor role held elsewhere', async () => {
    const elsewhere = await makeEstate('丁屋苑')
    const both = await makeStaff(['cs'], 'Both', {
      also: [{ estate: elsewhere.id, roles: ['supervisor'] }],
    })
    const auth = { token: await login(both.email, both.password) }
    const { id } = await subscriptionUntil('signed')
    const res = await move(id, 'approved', auth)
    expect(res.status).toBe(400)
    expect(code(res)).toBe('subscription.approval-role')
    expect((await stored(id)).status).toBe('signed')
  })
})

describe('supervisor', () => {
  it('SUB-4: approves a signed requisition; who and when are kept', async () => {
    const { id } = await subscriptionUntil('signed')
    const offered = await api(`/api/subscriptions/${id}`, { auth: supervisor })
    expect(offered.body.moves.map((m: { to: string }) => m.to).sort()).toEqual([
      'approved',
      'refused',
    ])
    const res = await move(id, 'approved', supervisor, { decisionNote: '同意' })
    expect(res.status).toBe(200)
    expect(await stored(id)).toMatchObject({ status: 'approved', decisionNote: '同意' })
    expect((await stored(id)).decidedAt).toBeTruthy()
  })

  it('SUB-4: cannot approve before the letter is signed, nor place the order', async () => {
    const { id } = await subscriptionUntil('confirmed-by-supplier')
    expect((await move(id, 'approved', supervisor)).status).toBe(400)
    const approved = await subscriptionUntil('approved')
    const res = await move(approved.id, 'ordered', supervisor)
    expect(res.status).toBe(400)
    expect(code(res)).toBe('workflow.illegal-move')
  })
})

describe('manager', () => {
  it('SUB-4: refuses a requisition with a note', async () => {
    const { id } = await subscriptionUntil('signed')
    const res = await move(id, 'refused', manager, { decisionNote: '超出預算' })
    expect(res.status).toBe(200)
    expect(await stored(id)).toMatchObject({ status: 'refused', decisionNote: '超出預算' })
    expect(code(await move(id, 'approved', manager))).toBe('workflow.illegal-move')
  })

  it('SUB-4: an admin, finance or guard cannot decide a requisition', async () => {
    const { id } = await subscriptionUntil('signed')
    for (const auth of [admin, finance, guard]) {
      const res = await move(id, 'approved', auth)
      expect([400, 403, 404]).toContain(res.status)
    }
    expect(code(await move(id, 'approved', admin))).toBe('subscription.approval-role')
    expect((await stored(id)).status).toBe('signed')
  })
})

describe('finance', () => {
  it('SUB-6: reads the subscriptions, the register and the charges, and changes nothing', async () => {
    const { id } = await subscriptionUntil('ordered')
    expect((await api(`/api/subscriptions/${id}`, { auth: finance })).status).toBe(200)
    expect(
      (await api(`/api/subscriptions/register?month=${NEXT_MONTH}`, { auth: finance })).status,
    ).toBe(200)
    expect(
      (await api(`/api/subscriptions/charges?month=${NEXT_MONTH}`, { auth: finance })).status,
    ).toBe(200)
    const res = await move(id, 'active', finance)
    expect(res.status).toBe(403)
  })
})

describe('guard', () => {
  it('GEN-5: reads no subscription, register or charges, and cannot order', async () => {
    const { id } = await subscriptionUntil('requested')
    expect((await api(`/api/subscriptions/${id}`, { auth: guard })).status).toBe(403)
    expect((await api('/api/subscriptions', { auth: guard })).status).toBe(403)
    expect(
      (await api(`/api/subscriptions/register?month=${NEXT_MONTH}`, { auth: guard })).status,
    ).toBe(403)
    expect(
      (await api(`/api/subscriptions/charges?month=${NEXT_MONTH}`, { auth: guard })).status,
    ).toBe(403)
    const { household } = await makeHousehold()
    expect(
      (await order(guard, { household: household.id, publication: postOffice.id, months: 1 }))
        .status,
    ).toBe(403)
    expect((await sign(id, guard)).status).toBe(403)
  })
})

describe('kiosk', () => {
  it('GEN-5: reads no title, subscription, register or charges, and can do nothing with them', async () => {
    const kiosk = await makeKiosk()
    const auth = { apiKey: kiosk.apiKey }
    const { id } = await subscriptionUntil('ordered')
    for (const path of [
      '/api/publications',
      '/api/subscriptions',
      `/api/subscriptions/${id}`,
      `/api/subscriptions/register?month=${NEXT_MONTH}`,
      `/api/subscriptions/charges?month=${NEXT_MONTH}`,
    ]) {
      const res = await api(path, { auth })
      expect([401, 403, 404], path).toContain(res.status)
    }
    expect((await cancel(id, auth)).status).toBe(403)
    expect((await order(auth, { publication: postOffice.id, months: 1 })).status).toBe(403)
    const gql = await graphql(
      '{ NewspaperSubscriptions { docs { id } } Publications { docs { id } } }',
      auth,
    )
    expect(gql.body.data?.NewspaperSubscriptions ?? null).toBeNull()
    expect((await stored(id)).status).toBe('ordered')
  })
})

describe('anonymous', () => {
  it('GEN-5: gets 403 for every title, subscription and operation', async () => {
    const { id } = await subscriptionUntil('confirmed-by-supplier')
    for (const [path, method] of [
      ['/api/publications', 'GET'],
      ['/api/subscriptions', 'GET'],
      [`/api/subscriptions/${id}`, 'GET'],
      [`/api/subscriptions/register?month=${NEXT_MONTH}`, 'GET'],
      [`/api/subscriptions/charges?month=${NEXT_MONTH}`, 'GET'],
    ] as const) {
      expect((await api(path, { method })).status, path).toBe(403)
    }
    expect((await sign(id, undefined)).status).toBe(403)
    expect((await cancel(id, undefined)).status).toBe(403)
    expect((await order(undefined, { publication: postOffice.id, months: 1 })).status).toBe(403)
    expect((await move(id, 'signed', undefined)).status).toBe(403)
    expect((await stored(id)).status).toBe('confirmed-by-supplier')
  })
})

describe('the calendar (an hourly job)', () => {
  it('SUB-3, GEN-2: an ordered subscription is delivered from its first month and ends after its last; a late order starts and ends at once; each move is recorded as the calendar’s', async () => {
    const estate = await makeEstate()
    const staffThere = async (roles: Parameters<typeof makeStaff>[0]) => {
      const staff = await makeStaff(roles, undefined, { estate: estate.id })
      return { token: await login(staff.email, staff.password) }
    }
    const as = { cs: await staffThere(['cs']), supervisor: await staffThere(['supervisor']) }
    const paper = await makePublication({ title: `曆月日報 ${Date.now()}`, estate: estate.id })
    const { household } = await makeHousehold(undefined, { estate: estate.id })
    const two = await subscriptionUntil('ordered', paper, {
      household: household.id,
      months: 2,
      as,
    })
    const one = await subscriptionUntil('ordered', paper, {
      household: household.id,
      months: 1,
      as,
    })
    const payload = await testPayload()
    const run = (month: string) =>
      followSubscriptionCalendar(payload, {
        now: new Date(`${month}-15T04:00:00Z`),
        estate: estate.id,
      })

    expect(await run(THIS_MONTH)).toEqual({ started: 0, ended: 0 })
    expect((await stored(two.id)).status).toBe('ordered')
    expect(await run(NEXT_MONTH)).toEqual({ started: 2, ended: 0 })
    expect((await stored(two.id)).status).toBe('active')
    // Its second month is still being delivered; the one-month order's is over.
    expect(await run(addMonths(NEXT_MONTH, 1))).toEqual({ started: 0, ended: 1 })
    expect((await stored(two.id)).status).toBe('active')
    expect((await stored(one.id)).status).toBe('ended')
    expect(await run(addMonths(NEXT_MONTH, 2))).toEqual({ started: 0, ended: 1 })
    expect((await stored(two.id)).status).toBe('ended')
    // Again: nothing left to move.
    expect(await run(addMonths(NEXT_MONTH, 3))).toEqual({ started: 0, ended: 0 })

    const moves = (await statusChanges(two.id)).slice(-2)
    expect(moves.map((m) => `${m.from}>${m.to}:${m.operation}`)).toEqual([
      'ordered>active:calendar',
      'active>ended:calendar',
    ])
    for (const m of moves) expect(m.at).toBeTruthy()

    // An order placed only after its months were over starts and ends in the same run.
    const late = await subscriptionUntil('ordered', paper, {
      household: household.id,
      months: 1,
      as,
    })
    expect(await run(addMonths(NEXT_MONTH, 4))).toEqual({ started: 1, ended: 1 })
    expect((await stored(late.id)).status).toBe('ended')
  })
})
