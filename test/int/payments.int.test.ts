/**
 * Payments of pass fees (PAS-3) through every door: the office's record endpoint, plain REST,
 * GraphQL and the Local API. Grouped by who acts; each test makes its own households.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, graphql, login } from '../support/http'
import { FORBIDDEN } from '../support/messages'
import {
  asUser,
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  testPayload,
  type TestStaff,
} from '../support/payload'

type Id = number | string

let cs: TestStaff
const tokens: Record<string, string> = {}

beforeAll(async () => {
  cs = await makeStaff(['cs'])
  tokens.cs = await login(cs.email, cs.password)
  for (const role of ['finance', 'supervisor', 'manager', 'guard', 'admin'] as const) {
    const staff = await makeStaff([role])
    tokens[role] = await login(staff.email, staff.password)
  }
})

/** A member's next pass, made as the server would: the 4th and later cost 50. */
async function issuePassFor(member: Id) {
  const payload = await testPayload()
  return payload.create({ collection: 'passes', data: { member: member as number }, depth: 0 })
}

/** A household owing `n` extra passes (50 each), at most 2 per member (the unpaid limit). */
async function householdOwing(n = 1, options: { estate?: Id } = {}) {
  const names = ['王大明', '王小華', '王美美']
  const made = await makeHousehold(
    names.slice(0, Math.max(1, Math.ceil(n / 2))).map((name) => ({ name })),
    options,
  )
  const owed = []
  for (let i = 0; i < n; i++) owed.push(await issuePassFor(made.members[Math.floor(i / 2)]!.id))
  for (const pass of owed) expect(pass.fee).toBe(50)
  return { ...made, owed }
}

const record = (token: string, json: Record<string, unknown>, lang = 'en') =>
  api('/api/payments/record', {
    method: 'POST',
    auth: { token },
    headers: { 'Accept-Language': lang },
    json,
  })

async function passById(id: Id) {
  const payload = await testPayload()
  return payload.findByID({ collection: 'passes', id, depth: 0 })
}

async function paymentsOf(household: Id) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'payments',
    where: { household: { equals: household } },
    depth: 0,
    limit: 100,
  })
  return docs
}

describe('cs', () => {
  it('PAS-3: records a payment for owed passes: the server decides amount, receipt number, time and who', async () => {
    const { household, owed } = await householdOwing(2)
    const res = await record(tokens.cs!, {
      household: household.id,
      passes: owed.map((p) => p.id),
      method: 'transfer',
      reference: 'TX-889',
      amount: 100,
      receiptNumber: 'R-1999-000001',
      paidAt: '2001-01-01T00:00:00.000Z',
      recordedBy: 1,
    })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc).toMatchObject({
      amount: 100,
      currency: 'CNY',
      method: 'transfer',
      reference: 'TX-889',
    })
    expect(doc.receiptNumber).toMatch(new RegExp(`^R-${new Date().getFullYear()}-\\d{6}$`))
    expect(doc.receiptNumber).not.toBe('R-1999-000001')
    expect(Math.abs(Date.parse(doc.paidAt) - Date.now())).toBeLessThan(60_000)
    expect(String(doc.recordedBy)).toBe(String(cs.id))
    expect(doc.recordedByName).toBe('Test cs')
    for (const pass of owed) {
      const after = await passById(pass.id)
      expect(after.feePaidAt).toBe(doc.paidAt)
      expect(after.payment).toBe(doc.id)
    }
  })

  it('PAS-3: a receipt number is unique in the estate and counts up', async () => {
    const a = await householdOwing(1)
    const b = await householdOwing(1)
    const first = await record(tokens.cs!, {
      household: a.household.id,
      passes: [a.owed[0]!.id],
      method: 'cash',
    })
    const second = await record(tokens.cs!, {
      household: b.household.id,
      passes: [b.owed[0]!.id],
      method: 'card',
    })
    const seq = (n: string) => Number(n.split('-')[2])
    expect(seq(second.body.doc.receiptNumber)).toBe(seq(first.body.doc.receiptNumber) + 1)
  })

  it('PAS-3: an amount other than what the passes owe is refused, and nothing is recorded', async () => {
    const { household, owed } = await householdOwing(1)
    const res = await record(tokens.cs!, {
      household: household.id,
      passes: [owed[0]!.id],
      method: 'cash',
      amount: 40,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toMatchObject({
      data: { code: 'payment.amount-mismatch' },
      message: 'The amount entered (40) is not the amount owed for these passes (CNY\u00a050.00).',
    })
    const zh = await record(
      tokens.cs!,
      { household: household.id, passes: [owed[0]!.id], method: 'cash', amount: 60 },
      'zh-TW',
    )
    expect(zh.status).toBe(400)
    expect(zh.body.errors[0].message).toBe(
      '所填金額（60）與這些出入證應繳的金額（50\u00a0元）不符。',
    )
    for (const path of ['/api/payments/record', '/api/payments']) {
      const notANumber = await api(path, {
        method: 'POST',
        auth: { token: tokens.cs! },
        json: { household: household.id, passes: [owed[0]!.id], method: 'cash', amount: 'abc' },
      })
      expect(notANumber.status, path).toBe(400)
      expect(notANumber.body.errors[0].data.code, path).toBe('payment.amount-invalid')
    }
    expect(await paymentsOf(household.id)).toHaveLength(0)
    expect((await passById(owed[0]!.id)).feePaidAt).toBeFalsy()
  })

  it('PAS-3: paying twice for the same pass is refused', async () => {
    const { household, owed } = await householdOwing(1)
    const body = { household: household.id, passes: [owed[0]!.id], method: 'cash' }
    expect((await record(tokens.cs!, body)).status).toBe(201)
    const again = await record(tokens.cs!, body)
    expect(again.status).toBe(409)
    expect(again.body.errors[0]).toMatchObject({
      data: { code: 'payment.pass-already-paid' },
      message: `The fee of pass ${owed[0]!.number} has already been paid.`,
    })
    expect(await paymentsOf(household.id)).toHaveLength(1)
  })

  it('PAS-3: of simultaneous payments for the same pass exactly one succeeds', async () => {
    const { household, owed } = await householdOwing(1)
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        record(i % 2 ? tokens.cs! : tokens.finance!, {
          household: household.id,
          passes: [owed[0]!.id],
          method: 'cash',
        }),
      ),
    )
    const statuses = replies.map((r) => r.status).sort()
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409])
    for (const r of replies.filter((r) => r.status === 409)) {
      expect(['payment.pass-already-paid', 'payment.recorded-concurrently']).toContain(
        r.body.errors[0].data.code,
      )
    }
    const winner = replies.find((r) => r.status === 201)!.body.doc
    const payments = await paymentsOf(household.id)
    expect(payments.map((p) => p.id)).toEqual([winner.id])
    expect((await passById(owed[0]!.id)).payment).toBe(winner.id)
  })

  it('PAS-3: simultaneous payments of different households each get their own receipt number', async () => {
    const households = await Promise.all([1, 2, 3, 4].map(() => householdOwing(1)))
    const replies = await Promise.all(
      households.map((h) =>
        record(tokens.cs!, { household: h.household.id, passes: [h.owed[0]!.id], method: 'card' }),
      ),
    )
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201])
    const numbers = new Set(replies.map((r) => r.body.doc.receiptNumber))
    expect(numbers.size).toBe(4)
  })

  it('PAS-3: a free pass, a voided pass and another household’s pass are refused by code', async () => {
    const { household, members, owed } = await householdOwing(2)
    const payload = await testPayload()
    const { docs: free } = await payload.find({
      collection: 'passes',
      where: { member: { equals: members[0]!.id }, fee: { equals: 0 } },
      limit: 1,
      depth: 0,
    })
    const freeRes = await record(tokens.cs!, {
      household: household.id,
      passes: [free[0]!.id],
      method: 'cash',
    })
    expect(freeRes.status).toBe(400)
    expect(freeRes.body.errors[0].data.code).toBe('payment.pass-free')

    const voided = await api(`/api/passes/${owed[1]!.id}/status`, {
      method: 'POST',
      auth: { token: tokens.cs! },
      json: { status: 'void' },
    })
    expect(voided.status).toBe(200)
    const voidRes = await record(tokens.cs!, {
      household: household.id,
      passes: [owed[1]!.id],
      method: 'cash',
    })
    expect(voidRes.status).toBe(409)
    expect(voidRes.body.errors[0].data.code).toBe('payment.pass-void')

    const other = await householdOwing(1)
    const mixed = await record(tokens.cs!, {
      household: household.id,
      passes: [owed[0]!.id, other.owed[0]!.id],
      method: 'cash',
    })
    expect(mixed.status).toBe(400)
    expect(mixed.body.errors[0]).toMatchObject({
      data: { code: 'payment.pass-other-household' },
      message: expect.stringContaining(other.owed[0]!.number!),
    })
    expect((await passById(owed[0]!.id)).feePaidAt).toBeFalsy()
    expect(await paymentsOf(household.id)).toHaveLength(0)
  })

  it('PAS-3: another estate’s household or pass is unknown here', async () => {
    const estateB = await makeEstate('丙屋苑')
    const theirs = await householdOwing(1, { estate: estateB.id })
    const ours = await householdOwing(1)
    const theirHousehold = await record(tokens.cs!, {
      household: theirs.household.id,
      passes: [theirs.owed[0]!.id],
      method: 'cash',
    })
    expect(theirHousehold.status).toBe(404)
    expect(theirHousehold.body.errors[0].data.code).toBe('payment.household-unknown')
    const theirPass = await record(tokens.cs!, {
      household: ours.household.id,
      passes: [theirs.owed[0]!.id],
      method: 'cash',
    })
    expect(theirPass.status).toBe(404)
    expect(theirPass.body.errors[0].data.code).toBe('payment.pass-unknown')
    expect(await paymentsOf(theirs.household.id)).toHaveLength(0)
  })

  it('PAS-3: malformed ids and bad input are 4xx with a code, never 5xx', async () => {
    const { household, owed } = await householdOwing(1)
    const cases: [Record<string, unknown>, string][] = [
      [{ household: 'abc', passes: [owed[0]!.id], method: 'cash' }, 'request.malformed-id'],
      [{ household: household.id, passes: ['1 OR 1=1'], method: 'cash' }, 'request.malformed-id'],
      [{ household: household.id, passes: [{ id: -3 }], method: 'cash' }, 'request.malformed-id'],
      [{ household: household.id, passes: [], method: 'cash' }, 'payment.passes-required'],
      [{ household: household.id, passes: 'x', method: 'cash' }, 'payment.passes-required'],
      [
        { household: household.id, passes: [owed[0]!.id], method: 'bitcoin' },
        'payment.method-invalid',
      ],
      [{ passes: [owed[0]!.id], method: 'cash' }, 'payment.household-required'],
      [
        { household: 99_999_999, passes: [owed[0]!.id], method: 'cash' },
        'payment.household-unknown',
      ],
      [{ household: household.id, passes: [99_999_999], method: 'cash' }, 'payment.pass-unknown'],
    ]
    for (const [body, code] of cases) {
      for (const path of ['/api/payments/record', '/api/payments']) {
        const res = await api(path, { method: 'POST', auth: { token: tokens.cs! }, json: body })
        expect(res.status, `${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400)
        expect(res.status, `${path} ${JSON.stringify(body)}`).toBeLessThan(500)
        expect(res.body.errors[0].data?.code, `${path} ${JSON.stringify(body)}`).toBe(code)
      }
    }
    const notJson = await api('/api/payments/record', {
      method: 'POST',
      auth: { token: tokens.cs! },
      headers: { 'Content-Type': 'application/json' },
      body: '{not json',
    })
    expect(notJson.status).toBe(400)
    for (const path of ['/api/payments/abc', '/api/payments/1e3', '/api/payments/-1']) {
      const res = await api(path, { auth: { token: tokens.cs! } })
      expect([400, 404], path).toContain(res.status)
    }
    expect(await paymentsOf(household.id)).toHaveLength(0)
  })

  it('PAS-3: plain REST, GraphQL and the Local API go through the same rules', async () => {
    const { household, owed } = await householdOwing(3)
    const rest = await api('/api/payments', {
      method: 'POST',
      auth: { token: tokens.cs! },
      json: { household: household.id, passes: [owed[0]!.id], method: 'cash', amount: 50 },
    })
    expect(rest.status).toBe(201)
    expect(rest.body.doc.receiptNumber).toMatch(/^R-\d{4}-\d{6}$/)

    const mismatch = await graphql(
      `mutation { createPayment(data: { household: ${household.id}, passes: [${owed[1]!.id}], method: cash, amount: 10 }) { id } }`,
      { token: tokens.cs! },
    )
    expect(mismatch.body.errors[0].extensions?.code ?? mismatch.body.errors[0].message).toBeTruthy()
    expect(JSON.stringify(mismatch.body.errors[0])).toMatch(/amount|金額/)
    const gql = await graphql(
      `mutation { createPayment(data: { household: ${household.id}, passes: [${owed[1]!.id}], method: card }) { receiptNumber amount } }`,
      { token: tokens.cs! },
    )
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.createPayment.amount).toBe(50)

    const payload = await testPayload()
    const user = await asUser(cs)
    await expect(
      payload.create({
        collection: 'payments',
        data: { household: household.id, passes: [owed[0]!.id], method: 'cash' },
        user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 409, data: { code: 'payment.pass-already-paid' } })
    const local = await payload.create({
      collection: 'payments',
      data: { household: household.id, passes: [owed[2]!.id], method: 'transfer' },
      user,
      overrideAccess: false,
    })
    expect(local.amount).toBe(50)
    expect(await paymentsOf(household.id)).toHaveLength(3)
  })

  it('PAS-3: a recorded payment is never changed or deleted, through any door', async () => {
    const { household, owed } = await householdOwing(1)
    const paid = await record(tokens.cs!, {
      household: household.id,
      passes: [owed[0]!.id],
      method: 'cash',
    })
    for (const token of [tokens.cs!, tokens.finance!, tokens.admin!]) {
      const patch = await api(`/api/payments/${paid.body.doc.id}`, {
        method: 'PATCH',
        auth: { token },
        json: { amount: 1, reference: 'changed' },
      })
      expect(patch.status).toBe(403)
      const del = await api(`/api/payments/${paid.body.doc.id}`, {
        method: 'DELETE',
        auth: { token },
      })
      expect(del.status).toBe(403)
    }
    const after = await paymentsOf(household.id)
    expect(after[0]).toMatchObject({ amount: 50, reference: null })
  })

  it('PAS-3: the receipt is e-mailed through the outbox to the household’s portal accounts, each in their language', async () => {
    const { household, members, owed } = await householdOwing(1)
    const resident = await makeResident(household.id, members[0]!.id)
    const payload = await testPayload()
    await payload.update({ collection: 'residents', id: resident.id, data: { language: 'en' } })
    const paid = await record(tokens.cs!, {
      household: household.id,
      passes: [owed[0]!.id],
      method: 'card',
      reference: 'SLIP-7',
    })
    expect(paid.status).toBe(201)
    const { docs } = await payload.find({
      collection: 'notifications',
      where: { dedupeKey: { like: `payment-receipt:${paid.body.doc.id}:` } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.to).toBe(resident.email)
    expect(docs[0]!.subject).toBe(`Payment receipt ${paid.body.doc.receiptNumber}`)
    expect(docs[0]!.body).toContain(owed[0]!.number)
    expect(docs[0]!.body).toContain('Total: CNY\u00a050.00')
    expect(docs[0]!.body).toContain('Payment method: Card')
    expect(docs[0]!.body).toContain('Reference: SLIP-7')
    expect(docs[0]!.body).not.toMatch(/[元證]/)
  })
})

describe('finance', () => {
  it('PAS-3: records payments and reads the report: outstanding per household and payments per day, with totals', async () => {
    const estate = await makeEstate('報表屋苑')
    const finance = await makeStaff(['finance'], 'Finance 財務', { estate: estate.id })
    const token = await login(finance.email, finance.password)
    const a = await householdOwing(3, { estate: estate.id })
    const b = await householdOwing(1, { estate: estate.id })
    await householdOwing(0, { estate: estate.id })
    expect(
      (await record(token, { household: a.household.id, passes: [a.owed[0]!.id], method: 'cash' }))
        .status,
    ).toBe(201)
    expect(
      (
        await record(token, {
          household: a.household.id,
          passes: [a.owed[1]!.id],
          method: 'transfer',
        })
      ).status,
    ).toBe(201)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
    const report = await api(`/api/payments/report?from=${today}&to=${today}`, { auth: { token } })
    expect(report.status).toBe(200)
    expect(
      report.body.outstanding.rows
        .map((r: { unit: string; amount: number; passes: string[] }) => [
          r.unit,
          r.passes.length,
          r.amount,
        ])
        .sort(),
    ).toEqual(
      [
        [a.household.unit, 1, 50],
        [b.household.unit, 1, 50],
      ].sort(),
    )
    expect(report.body.outstanding.total).toEqual({ households: 2, passes: 2, amount: 100 })
    expect(report.body.perDay.rows).toEqual([
      { day: today, count: 2, amount: 100, byMethod: { cash: 50, card: 0, transfer: 50 } },
    ])
    expect(report.body.perDay.total).toEqual({
      count: 2,
      amount: 100,
      byMethod: { cash: 50, card: 0, transfer: 50 },
    })

    const csv = await api(
      `/api/payments/report?from=${today}&to=${today}&format=csv&table=payments&lang=zh-TW`,
      { auth: { token } },
    )
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    // The bytes themselves: a byte-order mark first, so that Excel reads the Chinese as UTF-8.
    const raw = await fetch(
      `${inject('baseURL')}/api/payments/report?from=${today}&to=${today}&format=csv&table=payments`,
      { headers: { Authorization: `JWT ${token}` } },
    )
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.body).toContain('"日期","筆數","合計","現金","銀行卡","轉賬","貨幣"')
    expect(csv.body).toContain(`"${today}","2","100","50","0","50","CNY"`)
    const owedCsv = await api(`/api/payments/report?from=${today}&to=${today}&format=csv&lang=en`, {
      auth: { token },
    })
    expect(owedCsv.body).toContain('"Total","2","","100","CNY"')

    const yesterday = await api(`/api/payments/report?from=2020-01-01&to=2020-01-02`, {
      auth: { token },
    })
    expect(yesterday.body.perDay.total.count).toBe(0)
    for (const bad of ['from=2026-13-01&to=2026-12-01', 'from=x&to=y', '']) {
      const res = await api(`/api/payments/report?${bad}`, { auth: { token } })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.code).toBe('payment.report-dates')
    }
  })
})

describe('supervisor and manager', () => {
  it('PAS-3: read the estate’s payments and the report but do not take money', async () => {
    const { household, owed } = await householdOwing(1)
    const paid = await record(tokens.cs!, {
      household: household.id,
      passes: [owed[0]!.id],
      method: 'cash',
    })
    for (const role of ['supervisor', 'manager'] as const) {
      const read = await api(`/api/payments/${paid.body.doc.id}`, {
        auth: { token: tokens[role]! },
      })
      expect(read.status).toBe(200)
      const report = await api('/api/payments/report?from=2026-01-01&to=2026-01-31', {
        auth: { token: tokens[role]! },
      })
      expect(report.status).toBe(200)
    }
    const other = await householdOwing(1)
    for (const role of ['supervisor', 'manager'] as const) {
      const res = await record(tokens[role]!, {
        household: other.household.id,
        passes: [other.owed[0]!.id],
        method: 'cash',
      })
      expect(res.status).toBe(403)
      const rest = await api('/api/payments', {
        method: 'POST',
        auth: { token: tokens[role]! },
        json: { household: other.household.id, passes: [other.owed[0]!.id], method: 'cash' },
      })
      expect(rest.status).toBe(403)
    }
    expect(await paymentsOf(other.household.id)).toHaveLength(0)
  })
})

describe('supervisor: voiding a mistake', () => {
  const voidIt = (token: string, id: Id, reason?: unknown) =>
    api(`/api/payments/${id}/void`, {
      method: 'POST',
      auth: { token },
      headers: { 'Accept-Language': 'en' },
      json: reason === undefined ? {} : { reason },
    })

  it('PAS-3: a supervisor voids a payment with a reason; its passes are owed again and can be paid again', async () => {
    const { household, owed } = await householdOwing(2)
    const paid = await record(tokens.cs!, {
      household: household.id,
      passes: owed.map((p) => p.id),
      method: 'cash',
    })
    expect(paid.status).toBe(201)
    const voided = await voidIt(tokens.supervisor!, paid.body.doc.id, '收錯住戶 wrong household')
    expect(voided.status).toBe(200)
    expect(voided.body.doc).toMatchObject({ voidReason: '收錯住戶 wrong household', amount: 100 })
    expect(voided.body.doc.voidedAt).toBeTruthy()
    expect(voided.body.doc.receiptNumber).toBe(paid.body.doc.receiptNumber)
    for (const pass of owed) {
      const after = await passById(pass.id)
      expect(after.feePaidAt).toBeFalsy()
      expect(after.payment).toBeFalsy()
    }
    const again = await record(tokens.cs!, {
      household: household.id,
      passes: owed.map((p) => p.id),
      method: 'card',
    })
    expect(again.status).toBe(201)
    expect((await passById(owed[0]!.id)).payment).toBe(again.body.doc.id)
    const twice = await voidIt(tokens.supervisor!, paid.body.doc.id, 'again')
    expect(twice.status).toBe(409)
    expect(twice.body.errors[0].data.code).toBe('payment.already-voided')
  })

  it('PAS-3: only a supervisor or above voids, always with a reason; others are refused by code', async () => {
    const { household, owed } = await householdOwing(1)
    const paid = await record(tokens.cs!, {
      household: household.id,
      passes: [owed[0]!.id],
      method: 'cash',
    })
    for (const role of ['cs', 'finance', 'guard'] as const) {
      const res = await voidIt(tokens[role]!, paid.body.doc.id, 'mine')
      expect(res.status, role).toBe(403)
    }
    for (const reason of ['', '   ', 'x'.repeat(301), 42]) {
      const res = await voidIt(tokens.supervisor!, paid.body.doc.id, reason)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.code).toBe('payment.void-reason-required')
    }
    const malformed = await voidIt(tokens.supervisor!, 'abc', 'x')
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].data.code).toBe('request.malformed-id')
    const unknown = await voidIt(tokens.supervisor!, 99_999_999, 'x')
    expect(unknown.status).toBe(404)
    const estateB = await makeEstate('丁屋苑')
    const bSupervisor = await makeStaff(['supervisor'], 'B supervisor', { estate: estateB.id })
    const elsewhere = await voidIt(
      await login(bSupervisor.email, bSupervisor.password),
      paid.body.doc.id,
      'x',
    )
    expect(elsewhere.status).toBe(404)
    expect((await passById(owed[0]!.id)).payment).toBe(paid.body.doc.id)
  })
})

describe('resident', () => {
  it('PAS-3: reads their own household’s payments only, and cannot record one', async () => {
    const mine = await householdOwing(1)
    const theirs = await householdOwing(1)
    const resident = await makeResident(mine.household.id, mine.members[0]!.id)
    const token = await login(resident.email, resident.password, 'residents')
    const paidMine = await record(tokens.cs!, {
      household: mine.household.id,
      passes: [mine.owed[0]!.id],
      method: 'cash',
    })
    const paidTheirs = await record(tokens.cs!, {
      household: theirs.household.id,
      passes: [theirs.owed[0]!.id],
      method: 'cash',
    })
    const list = await api('/api/payments?limit=100', { auth: { token } })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: Id }) => d.id)).toEqual([paidMine.body.doc.id])
    expect(list.body.docs[0].recordedBy).toBeUndefined()
    const other = await api(`/api/payments/${paidTheirs.body.doc.id}`, { auth: { token } })
    expect([403, 404]).toContain(other.status)
    const gql = await graphql('{ Payments { docs { id receiptNumber } } }', { token })
    expect(gql.body.data.Payments.docs.map((d: { id: Id }) => d.id)).toEqual([paidMine.body.doc.id])
    const extra = await issuePassFor(mine.members[0]!.id)
    const res = await api('/api/payments', {
      method: 'POST',
      auth: { token },
      json: { household: mine.household.id, passes: [extra.id], method: 'cash' },
    })
    expect(res.status).toBe(403)
    const viaRecord = await record(token, {
      household: mine.household.id,
      passes: [extra.id],
      method: 'cash',
    })
    expect(viaRecord.status).toBe(403)
    const report = await api('/api/payments/report?from=2026-01-01&to=2026-01-31', {
      auth: { token },
    })
    expect(report.status).toBe(403)
  })
})

describe('guard, kiosk and anonymous', () => {
  it('PAS-3: see and record nothing', async () => {
    const { household, owed } = await householdOwing(1)
    await record(tokens.cs!, { household: household.id, passes: [owed[0]!.id], method: 'cash' })
    const kiosk = await makeKiosk()
    const auths = [{ token: tokens.guard! }, { apiKey: kiosk.apiKey }, undefined]
    for (const auth of auths) {
      const list = await api('/api/payments', { auth })
      expect(list.status).toBe(403)
      expect(list.body.errors[0].message).toMatch(FORBIDDEN)
      const create = await api('/api/payments', {
        method: 'POST',
        auth,
        json: { household: household.id, passes: [owed[0]!.id], method: 'cash' },
      })
      expect(create.status).toBe(403)
      const viaRecord = await api('/api/payments/record', {
        method: 'POST',
        auth,
        json: { household: household.id, passes: [owed[0]!.id], method: 'cash' },
      })
      expect(viaRecord.status).toBe(403)
      const report = await api('/api/payments/report?from=2026-01-01&to=2026-01-31', { auth })
      expect(report.status).toBe(403)
    }
    const gql = await graphql('{ Payments { docs { id } } }', { token: tokens.guard! })
    expect(gql.body.errors?.[0]?.message).toMatch(FORBIDDEN)
  })
})
