/**
 * Workflows as data (GEN-1, GEN-2): the pass and household status tables hold through every door
 * (REST, GraphQL, the Local API), every move keeps who and when, and each record tells the caller
 * which moves they may make. Refusals carry a code and a message in the caller's language.
 * Grouped by who acts; each test makes its own household.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login } from '../support/http'
import {
  asUser,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  testPayload,
  type TestStaff,
} from '../support/payload'

let cs: TestStaff
let csToken: string
let guardToken: string

beforeAll(async () => {
  cs = await makeStaff(['cs'])
  const guard = await makeStaff(['guard'])
  csToken = await login(cs.email, cs.password)
  guardToken = await login(guard.email, guard.password)
})

const handOver = (householdId: number | string) =>
  api('/api/pass-receipts/handover', {
    method: 'POST',
    auth: { token: csToken },
    json: { household: householdId, signedByName: '業主', signerNote: '業主本人', signature: SIGNATURE_PNG },
  })

/** A household whose passes were handed over: it has moved in and its passes are active. */
async function movedInHousehold() {
  const made = await makeHousehold()
  expect((await handOver(made.household.id)).status).toBe(201)
  const payload = await testPayload()
  const { docs: passes } = await payload.find({
    collection: 'passes',
    where: { household: { equals: made.household.id } },
    sort: 'ordinal',
    depth: 0,
  })
  return { ...made, passes }
}

async function changesOf(collection: string, id: number | string) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'status-changes',
    where: { collectionSlug: { equals: collection }, documentId: { equals: String(id) } },
    sort: 'at',
    depth: 0,
  })
  return docs
}

/** The refusal a person sees: the status, the code, the field, the message in their language. */
function expectRefusal(
  res: { status: number; body: any },
  status: number,
  code: string,
  message: RegExp | string,
) {
  expect(res.status).toBe(status)
  const [error] = res.body.errors
  expect(error.data.code).toBe(code)
  if (typeof message === 'string') expect(error.message).toBe(message)
  else expect(error.message).toMatch(message)
  expect(error.message).not.toContain('·')
  return error
}

describe('staff: cs', () => {
  it('workflow: a pass cannot go from lost back to active through REST (workflow.illegal-move)', async () => {
    const { passes } = await movedInHousehold()
    const pass = passes[0]!
    const lost = await api(`/api/passes/${pass.id}/status`, {
      method: 'POST',
      auth: { token: csToken },
      json: { status: 'lost' },
    })
    expect(lost.status).toBe(200)
    const back = await api(`/api/passes/${pass.id}/status`, {
      method: 'POST',
      auth: { token: csToken },
      headers: { 'Accept-Language': 'en' },
      json: { status: 'active' },
    })
    const error = expectRefusal(
      back,
      400,
      'workflow.illegal-move',
      'This record is “Reported lost”; it cannot become “Active” this way.',
    )
    expect(error.data.errors[0]).toMatchObject({ path: 'status', code: 'workflow.illegal-move' })
    const zh = await api(`/api/passes/${pass.id}/status`, {
      method: 'POST',
      auth: { token: csToken },
      json: { status: 'void' },
    })
    expectRefusal(
      zh,
      400,
      'workflow.illegal-move',
      '此記錄目前為「已報失」，不可如此改為「已作廢」。',
    )
    const payload = await testPayload()
    expect((await payload.findByID({ collection: 'passes', id: pass.id })).status).toBe('lost')
  })

  it('workflow: a status the table does not know is refused (workflow.unknown-state)', async () => {
    const { passes } = await movedInHousehold()
    const res = await api(`/api/passes/${passes[0]!.id}/status`, {
      method: 'POST',
      auth: { token: csToken },
      headers: { 'Accept-Language': 'en' },
      json: { status: 'stolen' },
    })
    expectRefusal(res, 400, 'workflow.unknown-state', '“stolen” is not a status of this record.')
  })

  it('GEN-2: a status change records who and when (status-changes)', async () => {
    const { household, passes } = await movedInHousehold()
    const before = Date.now()
    const res = await api(`/api/passes/${passes[0]!.id}/status`, {
      method: 'POST',
      auth: { token: csToken },
      json: { status: 'void' },
    })
    expect(res.status).toBe(200)
    const changes = await changesOf('passes', passes[0]!.id)
    expect(changes.map((c) => [c.from, c.to, c.operation ?? null])).toEqual([
      ['prepared', 'active', 'handover'],
      ['active', 'void', null],
    ])
    const voided = changes[1]!
    expect(voided).toMatchObject({
      workflow: 'pass',
      field: 'status',
      by: { relationTo: 'users', value: cs.id },
    })
    expect(Date.parse(voided.at)).toBeGreaterThanOrEqual(before - 1000)
    // The handover moved the household in, by the cs who handed over, as the handover operation.
    const moveIn = await changesOf('households', household.id)
    expect(moveIn).toHaveLength(1)
    expect(moveIn[0]).toMatchObject({
      from: 'pre-move-in',
      to: 'moved-in',
      operation: 'handover',
      by: { relationTo: 'users', value: cs.id },
    })
  })

  it('workflow: the office records a move-out through REST, and it is kept with who and when', async () => {
    const { household } = await movedInHousehold()
    const res = await api(`/api/households/${household.id}`, {
      method: 'PATCH',
      auth: { token: csToken },
      json: { status: 'moved-out' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('moved-out')
    const changes = await changesOf('households', household.id)
    expect(changes.at(-1)).toMatchObject({
      from: 'moved-in',
      to: 'moved-out',
      by: { relationTo: 'users', value: cs.id },
    })
    expect(changes.at(-1)!.operation ?? null).toBeNull()
  })

  it('workflow: a household moves in only at the handover, not through REST (household.moves-in-at-handover)', async () => {
    const { household } = await makeHousehold()
    const res = await api(`/api/households/${household.id}`, {
      method: 'PATCH',
      auth: { token: csToken },
      json: { status: 'moved-in' },
    })
    const error = expectRefusal(
      res,
      400,
      'household.moves-in-at-handover',
      '移交出入證時才可轉為已入住。',
    )
    expect(error.data.errors[0].path).toBe('status')
    const payload = await testPayload()
    expect((await payload.findByID({ collection: 'households', id: household.id })).status).toBe(
      'pre-move-in',
    )
    expect(await changesOf('households', household.id)).toHaveLength(0)
  })

  it('workflow: a household cannot go back before move-in through GraphQL (workflow.illegal-move)', async () => {
    const { household } = await movedInHousehold()
    const res = await graphql(
      `mutation { updateHousehold(id: ${household.id}, data: { status: pre_move_in }) { status } }`,
      { token: csToken },
    )
    expect(res.body.errors?.[0]).toMatchObject({
      message: '此記錄目前為「已入住」，不可如此改為「未入住」。',
      extensions: { code: 'workflow.illegal-move' },
    })
    const payload = await testPayload()
    expect((await payload.findByID({ collection: 'households', id: household.id })).status).toBe(
      'moved-in',
    )
  })

  it('workflow: nor through the Local API, even with overrideAccess, unless the handover makes the move', async () => {
    const payload = await testPayload()
    const { household, members } = await makeHousehold()
    const user = await asUser(cs)
    await expect(
      payload.update({
        collection: 'households',
        id: household.id,
        data: { status: 'moved-in' },
        user,
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'status', code: 'household.moves-in-at-handover' }] },
    })
    const { docs } = await payload.find({
      collection: 'passes',
      where: { member: { equals: members[0]!.id } },
      limit: 1,
    })
    await expect(
      payload.update({ collection: 'passes', id: docs[0]!.id, data: { status: 'active' } }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'status', code: 'workflow.illegal-move' }] },
    })
    expect((await payload.findByID({ collection: 'passes', id: docs[0]!.id })).status).toBe(
      'prepared',
    )
  })

  it('workflow: a new household cannot start moved in (workflow.illegal-start)', async () => {
    const res = await api('/api/households', {
      method: 'POST',
      auth: { token: csToken },
      headers: { 'Accept-Language': 'en' },
      json: { unit: `9-${Date.now() % 100000}`, status: 'moved-in' },
    })
    expectRefusal(
      res,
      400,
      'workflow.illegal-start',
      'A new record starts as “Before move-in”; it cannot start as “Moved in”.',
    )
  })

  it('workflow: the moves cs may make come with the pass and the household', async () => {
    const { household, passes } = await movedInHousehold()
    const pass = await api(`/api/passes/${passes[0]!.id}?depth=0`, { auth: { token: csToken } })
    expect(pass.body.moves).toEqual([
      { to: 'lost', label: { en: 'Report lost', 'zh-TW': '報失' } },
      { to: 'void', label: { en: 'Void', 'zh-TW': '作廢' } },
    ])
    const home = await api(`/api/households/${household.id}?depth=0`, { auth: { token: csToken } })
    expect(home.body.moves).toEqual([
      { to: 'moved-out', label: { en: 'Record move-out', 'zh-TW': '登記遷出' } },
    ])
    const gql = await graphql(`{ Pass(id: ${passes[0]!.id}) { status moves } }`, { token: csToken })
    expect(gql.body.data.Pass.moves.map((m: { to: string }) => m.to)).toEqual(['lost', 'void'])
  })
})

describe('staff: guard', () => {
  it('workflow: a guard is offered no move and cannot make one', async () => {
    const { passes } = await movedInHousehold()
    const pass = await api(`/api/passes/${passes[0]!.id}?depth=0`, { auth: { token: guardToken } })
    expect(pass.body.moves).toEqual([])
    const res = await api(`/api/passes/${passes[0]!.id}/status`, {
      method: 'POST',
      auth: { token: guardToken },
      json: { status: 'lost' },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].data.code).toBe('request.forbidden')
  })

  it('GEN-2: reads the record of moves (status-changes) but cannot write it', async () => {
    const { household } = await movedInHousehold()
    const list = await api(
      `/api/status-changes?where[documentId][equals]=${household.id}&where[collectionSlug][equals]=households`,
      { auth: { token: guardToken } },
    )
    expect(list.status).toBe(200)
    expect(list.body.docs).toHaveLength(1)
    const forged = await api('/api/status-changes', {
      method: 'POST',
      auth: { token: csToken },
      json: {
        workflow: 'pass',
        collectionSlug: 'passes',
        documentId: '1',
        field: 'status',
        to: 'void',
        at: new Date().toISOString(),
      },
    })
    expect(forged.status).toBe(403)
    const edit = await api(`/api/status-changes/${list.body.docs[0].id}`, {
      method: 'PATCH',
      auth: { token: csToken },
      json: { to: 'moved-out' },
    })
    expect(edit.status).toBe(403)
  })
})

describe('resident', () => {
  it('workflow: is offered “report lost” for an active pass of their household, and nothing for a lost one', async () => {
    const { household, passes } = await movedInHousehold()
    const resident = await makeResident(household.id)
    const token = await login(resident.email, resident.password, 'residents')
    const before = await api(`/api/passes/${passes[0]!.id}?depth=0`, { auth: { token } })
    expect(before.body.moves).toEqual([
      { to: 'lost', label: { en: 'Report lost', 'zh-TW': '報失' } },
    ])
    const lost = await api(`/api/passes/${passes[0]!.id}/status`, {
      method: 'POST',
      auth: { token },
      json: { status: 'lost' },
    })
    expect(lost.status).toBe(200)
    const after = await api(`/api/passes/${passes[0]!.id}?depth=0`, { auth: { token } })
    expect(after.body.moves).toEqual([])
    expect((await changesOf('passes', passes[0]!.id)).at(-1)).toMatchObject({
      to: 'lost',
      by: { relationTo: 'residents', value: resident.id },
    })
  })

  it('workflow: cannot void their pass; the refusal is in the resident’s own language, whatever the browser asks', async () => {
    const { household, passes } = await movedInHousehold()
    const resident = await makeResident(household.id)
    const payload = await testPayload()
    await payload.update({ collection: 'residents', id: resident.id, data: { language: 'en' } })
    const token = await login(resident.email, resident.password, 'residents')
    const res = await api(`/api/passes/${passes[0]!.id}/status`, {
      method: 'POST',
      auth: { token },
      headers: { 'Accept-Language': 'zh-TW' },
      json: { status: 'void' },
    })
    expectRefusal(
      res,
      400,
      'workflow.illegal-move',
      'This record is “Active”; it cannot become “Void” this way.',
    )
  })

  it('GEN-5: cannot read the record of moves', async () => {
    const { household } = await movedInHousehold()
    const resident = await makeResident(household.id)
    const token = await login(resident.email, resident.password, 'residents')
    const res = await api('/api/status-changes', { auth: { token } })
    expect(res.status).toBe(403)
  })
})

describe('kiosk', () => {
  it('GEN-5: cannot read the record of moves, nor move a pass', async () => {
    const kiosk = await makeKiosk()
    const { passes } = await movedInHousehold()
    const auth = { apiKey: kiosk.apiKey }
    expect((await api('/api/status-changes', { auth })).status).toBe(403)
    const res = await api(`/api/passes/${passes[0]!.id}/status`, {
      method: 'POST',
      auth,
      json: { status: 'lost' },
    })
    expect(res.status).toBe(403)
  })
})

describe('errors by code', () => {
  it('a field validate function’s refusal carries its code, in the language asked (member.child-age-required)', async () => {
    const { household } = await makeHousehold([])
    const child = { household: household.id, name: '小寶', gender: 'male', relationship: 'child' }
    const en = await api('/api/members', {
      method: 'POST',
      auth: { token: csToken },
      headers: { 'Accept-Language': 'en' },
      json: child,
    })
    const error = expectRefusal(en, 400, 'member.child-age-required', 'A child’s age is required.')
    expect(error.data.errors[0]).toMatchObject({ path: 'age', code: 'member.child-age-required' })
    const zh = await api('/api/members', { method: 'POST', auth: { token: csToken }, json: child })
    expectRefusal(zh, 400, 'member.child-age-required', '孩童須填寫年齡。')
  })

  it('a staff member’s stored language wins over the browser’s; without one, Accept-Language decides', async () => {
    const staff = await makeStaff(['cs'])
    const token = await login(staff.email, staff.password)
    const bad = { unit: 'not a unit' }
    const asked = await api('/api/households', {
      method: 'POST',
      auth: { token },
      headers: { 'Accept-Language': 'en' },
      json: bad,
    })
    expectRefusal(
      asked,
      400,
      'household.unit-format',
      'The unit must look like 3-1502 (block-flat).',
    )
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: staff.id, data: { language: 'zh-TW' } })
    const stored = await api('/api/households', {
      method: 'POST',
      auth: { token },
      headers: { 'Accept-Language': 'en' },
      json: bad,
    })
    expectRefusal(stored, 400, 'household.unit-format', '單元格式須如 3-1502（座數-單位）。')
  })

  it('Payload’s own field checks get a code too (request.field-invalid)', async () => {
    const res = await api('/api/members', { method: 'POST', auth: { token: csToken }, json: {} })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.code).toBe('request.field-invalid')
  })

  it('the receipt e-mail goes in each resident’s language', async () => {
    const payload = await testPayload()
    const { household } = await makeHousehold()
    const english = await makeResident(household.id)
    await payload.update({ collection: 'residents', id: english.id, data: { language: 'en' } })
    const chinese = await makeResident(household.id)
    expect((await handOver(household.id)).status).toBe(201)
    const mail = await payload.find({
      collection: 'notifications',
      where: { to: { in: [english.email, chinese.email] } },
    })
    const subject = (to: string) => mail.docs.find((m) => m.to === to)!.subject
    expect(subject(english.email)).toBe(`Access pass receipt ${household.unit}`)
    expect(subject(chinese.email)).toBe(`業戶出入證簽收單 ${household.unit}`)
  })
})
