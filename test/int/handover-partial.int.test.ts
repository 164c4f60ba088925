/**
 * The handover as an office runs it (issue 8, "Staff screens"; PAS-3, PAS-5): some passes now and
 * the rest later on another receipt, a signer from the household's adults or a helper named with
 * a note, no unpaid extra pass handed over through any door — and the household page's pass table
 * naming the holder of every pass. Grouped by who acts; each test makes its own household.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { asOperation } from '@/domain/workflow/defineWorkflow'
import { api, graphql, login } from '../support/http'
import { FORBIDDEN } from '../support/messages'
import {
  makeHousehold,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  testPayload,
  type TestStaff,
} from '../support/payload'

let cs: TestStaff
let csToken: string

beforeAll(async () => {
  cs = await makeStaff(['cs'])
  csToken = await login(cs.email, cs.password)
})

type Id = number | string

const handOver = (
  household: Id,
  body: Record<string, unknown>,
  { token = csToken, lang }: { token?: string; lang?: string } = {},
) =>
  api('/api/pass-receipts/handover', {
    method: 'POST',
    auth: { token },
    headers: lang ? { 'Accept-Language': lang } : {},
    json: { household, signature: SIGNATURE_PNG, ...body },
  })

async function passesOf(where: { member?: Id; household?: Id }) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'passes',
    where: where.member
      ? { member: { equals: where.member } }
      : { household: { equals: where.household } },
    sort: 'number',
    limit: 200,
    depth: 0,
  })
  return docs
}

async function receiptsOf(household: Id) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'pass-receipts',
    where: { household: { equals: household } },
    sort: 'sequence',
    depth: 0,
    limit: 20,
  })
  return docs
}

/** A household of an owner, a spouse and a child of 9, each with 3 prepared passes. */
const family = () =>
  makeHousehold([
    { name: '黃志強', relationship: 'owner', gender: 'male' },
    { name: '黃太', relationship: 'spouse', gender: 'female' },
    { name: '黃小寶', relationship: 'child', gender: 'male', age: 9 },
  ])

/** An extra pass (the 4th, 50) for a member, asked for as cs would. */
async function extraPass(member: Id) {
  const res = await api('/api/passes/request', {
    method: 'POST',
    auth: { token: csToken },
    json: { member },
  })
  expect(res.status).toBe(201)
  expect(res.body.doc.fee).toBe(50)
  return res.body.doc as { id: Id; number: string }
}

/** Finance's payment, as the payments page will record it: `feePaidAt` set. */
async function markPaid(pass: Id) {
  const payload = await testPayload()
  await payload.update({
    collection: 'passes',
    id: pass,
    data: { feePaidAt: new Date().toISOString() },
    overrideAccess: true,
  })
}

const ids = (passes: { id: Id }[]) => passes.map((p) => p.id)

describe('staff: cs', () => {
  it('PAS-5: hands over the owner’s and the child’s passes now, holds the spouse’s back, and hands those over later on a second receipt', async () => {
    const { household, members } = await family()
    const [owner, spouse, child] = members
    const ownerPasses = await passesOf({ member: owner!.id })
    const childPasses = await passesOf({ member: child!.id })
    const first = await handOver(household.id, {
      passes: ids([...ownerPasses, ...childPasses]),
      signerMember: owner!.id,
    })
    expect(first.status).toBe(201)
    expect(first.body.doc).toMatchObject({
      signedByName: '黃志強',
      signerMember: owner!.id,
      signerNote: null,
      sequence: 1,
      state: 'complete',
    })
    expect(first.body.doc.passes).toHaveLength(6)

    const after = await passesOf({ household: household.id })
    const status = (memberId: Id) =>
      after.filter((p) => String(p.member) === String(memberId)).map((p) => p.status)
    expect(status(owner!.id)).toEqual(['active', 'active', 'active'])
    expect(status(child!.id)).toEqual(['active', 'active', 'active'])
    expect(status(spouse!.id)).toEqual(['prepared', 'prepared', 'prepared'])
    const payload = await testPayload()
    expect((await payload.findByID({ collection: 'households', id: household.id })).status).toBe(
      'moved-in',
    )

    // The spouse comes a week later; her domestic helper signs for her, with a note.
    const later = await handOver(household.id, {
      passes: ids(await passesOf({ member: spouse!.id })),
      signedByName: 'Maria Santos',
      signerNote: '黃太的家傭，持黃太授權書',
    })
    expect(later.status).toBe(201)
    expect(later.body.doc).toMatchObject({
      signedByName: 'Maria Santos',
      signerMember: null,
      signerNote: '黃太的家傭，持黃太授權書',
      sequence: 2,
    })
    expect((await passesOf({ member: spouse!.id })).map((p) => p.status)).toEqual([
      'active',
      'active',
      'active',
    ])
    expect(
      (await passesOf({ member: spouse!.id })).every(
        (p) => String(p.receipt) === String(later.body.doc.id),
      ),
    ).toBe(true)
    expect(await receiptsOf(household.id)).toHaveLength(2)
  })

  it('PAS-5: nothing left to hand over after everything went: the next handover is refused (handover.nothing-prepared)', async () => {
    const { household, members } = await makeHousehold()
    expect((await handOver(household.id, { signerMember: members[0]!.id })).status).toBe(201)
    const again = await handOver(household.id, { signerMember: members[0]!.id }, { lang: 'en' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].data.code).toBe('handover.nothing-prepared')
  })

  describe('refusals (nothing is handed over, no receipt is left behind)', () => {
    async function expectRefused(
      res: Awaited<ReturnType<typeof handOver>>,
      status: number,
      code: string,
      message: RegExp | string,
      household: Id,
    ) {
      expect(res.status).toBe(status)
      expect(res.body.errors[0].data.code).toBe(code)
      if (typeof message === 'string') expect(res.body.errors[0].message).toBe(message)
      else expect(res.body.errors[0].message).toMatch(message)
      expect(await receiptsOf(household)).toHaveLength(0)
      expect((await passesOf({ household })).every((p) => p.status === 'prepared')).toBe(true)
    }

    it('PAS-5: a signer who is not of the household is refused (handover.signer-not-of-household)', async () => {
      const { household, members } = await family()
      const other = await makeHousehold([{ name: '鄰居', relationship: 'owner', gender: 'male' }])
      await expectRefused(
        await handOver(
          household.id,
          {
            passes: ids(await passesOf({ member: members[0]!.id })),
            signerMember: other.members[0]!.id,
          },
          { lang: 'en' },
        ),
        400,
        'handover.signer-not-of-household',
        /must be a member of this household/,
        household.id,
      )
      // An id that is no member at all is refused the same way; a malformed one before any read.
      await expectRefused(
        await handOver(household.id, { signerMember: 999_999_999 }),
        400,
        'handover.signer-not-of-household',
        /簽收人須為此住戶的家庭成員/,
        household.id,
      )
      await expectRefused(
        await handOver(household.id, { signerMember: 'abc' }),
        400,
        'request.malformed-id',
        /abc/,
        household.id,
      )
    })

    it('PAS-5: a child of the household cannot sign (handover.signer-child)', async () => {
      const { household, members } = await family()
      await expectRefused(
        await handOver(household.id, { signerMember: members[2]!.id }, { lang: 'en' }),
        400,
        'handover.signer-child',
        'A child cannot sign for the passes: choose a member aged 18 or over.',
        household.id,
      )
      await expectRefused(
        await handOver(household.id, { signerMember: members[2]!.id }),
        400,
        'handover.signer-child',
        '孩童不可簽收出入證，請選擇年滿 18 歲的成員。',
        household.id,
      )
    })

    it('PAS-5: a typed name without a note is refused (handover.signer-note-required); no name at all too', async () => {
      const { household } = await family()
      await expectRefused(
        await handOver(household.id, { signedByName: 'Maria Santos' }, { lang: 'en' }),
        400,
        'handover.signer-note-required',
        /Say who the person signing is/,
        household.id,
      )
      await expectRefused(
        await handOver(household.id, { signedByName: 'Maria Santos', signerNote: '   ' }),
        400,
        'handover.signer-note-required',
        /請在備註中說明簽收人的身分/,
        household.id,
      )
      await expectRefused(
        await handOver(household.id, { signerNote: '家傭' }),
        400,
        'handover.signer-name',
        /簽收人姓名/,
        household.id,
      )
    })

    it('PAS-5: passes of another household are refused (handover.pass-not-of-household)', async () => {
      const { household, members } = await family()
      const other = await makeHousehold()
      const theirs = await passesOf({ member: other.members[0]!.id })
      await expectRefused(
        await handOver(
          household.id,
          {
            passes: [...ids(await passesOf({ member: members[0]!.id })), theirs[0]!.id],
            signerMember: members[0]!.id,
          },
          { lang: 'en' },
        ),
        400,
        'handover.pass-not-of-household',
        `Pass ${theirs[0]!.id} is not one of this household’s passes: nothing was handed over.`,
        household.id,
      )
      expect((await passesOf({ member: other.members[0]!.id })).map((p) => p.status)).toEqual([
        'prepared',
        'prepared',
        'prepared',
      ])
    })

    it('PAS-5: nothing selected is refused (handover.nothing-selected); malformed selections are 400s', async () => {
      const { household, members } = await family()
      await expectRefused(
        await handOver(household.id, { passes: [], signerMember: members[0]!.id }, { lang: 'en' }),
        400,
        'handover.nothing-selected',
        'Choose at least one pass to hand over.',
        household.id,
      )
      await expectRefused(
        await handOver(household.id, { passes: ['1; drop'], signerMember: members[0]!.id }),
        400,
        'request.malformed-id',
        /1; drop/,
        household.id,
      )
      await expectRefused(
        await handOver(household.id, { passes: 'all', signerMember: members[0]!.id }),
        400,
        'request.invalid',
        /無法理解此請求/,
        household.id,
      )
    })

    it('PAS-5: a pass already handed over cannot be handed over again (handover.pass-not-prepared)', async () => {
      const { household, members } = await family()
      const ownerPasses = await passesOf({ member: members[0]!.id })
      const first = await handOver(household.id, {
        passes: ids(ownerPasses),
        signerMember: members[0]!.id,
      })
      expect(first.status).toBe(201)
      const again = await handOver(
        household.id,
        {
          passes: [ownerPasses[0]!.id, ...ids(await passesOf({ member: members[1]!.id }))],
          signerMember: members[0]!.id,
        },
        { lang: 'en' },
      )
      expect(again.status).toBe(409)
      expect(again.body.errors[0].data.code).toBe('handover.pass-not-prepared')
      expect(again.body.errors[0].message).toContain(ownerPasses[0]!.number!)
      expect(await receiptsOf(household.id)).toHaveLength(1)
      expect((await passesOf({ member: members[1]!.id })).map((p) => p.status)).toEqual([
        'prepared',
        'prepared',
        'prepared',
      ])
    })
  })

  describe('PAS-3: an extra pass with a fee is handed over only once paid', () => {
    it('PAS-3: the handover refuses an unpaid extra pass (pass.fee-unpaid), in the caller’s language, and hands it over once paid', async () => {
      const { household, members } = await family()
      const extra = await extraPass(members[0]!.id)
      const en = await handOver(
        household.id,
        { passes: [extra.id], signerMember: members[0]!.id },
        { lang: 'en' },
      )
      expect(en.status).toBe(409)
      expect(en.body.errors[0]).toMatchObject({
        message: `Pass ${extra.number} has an unpaid fee of CNY\u00a050.00: record the payment before handing it over.`,
        data: { code: 'pass.fee-unpaid' },
      })
      // Handing over "everything prepared" does not slip it through either.
      const zh = await handOver(household.id, { signerMember: members[0]!.id })
      expect(zh.status).toBe(409)
      expect(zh.body.errors[0]).toMatchObject({
        message: `出入證 ${extra.number} 尚欠費用 50\u00a0元，請先登記繳費，然後才可移交。`,
        data: { code: 'pass.fee-unpaid' },
      })
      expect(await receiptsOf(household.id)).toHaveLength(0)

      // The free passes may go now; the extra one waits for its payment.
      const free = (await passesOf({ household: household.id })).filter((p) => p.fee === 0)
      expect(
        (await handOver(household.id, { passes: ids(free), signerMember: members[0]!.id })).status,
      ).toBe(201)
      await markPaid(extra.id)
      const paid = await handOver(household.id, {
        passes: [extra.id],
        signerMember: members[1]!.id,
      })
      expect(paid.status).toBe(201)
      expect(paid.body.doc).toMatchObject({ signedByName: '黃太', sequence: 2 })
      expect((await passesOf({ member: members[0]!.id })).map((p) => p.status)).toEqual([
        'active',
        'active',
        'active',
        'active',
      ])
    })

    it('PAS-3: the status operation of REST refuses to make an unpaid pass active (pass.fee-unpaid)', async () => {
      const { members } = await makeHousehold()
      const extra = await extraPass(members[0]!.id)
      const res = await api(`/api/passes/${extra.id}/status`, {
        method: 'POST',
        auth: { token: csToken },
        headers: { 'Accept-Language': 'en' },
        json: { status: 'active' },
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.code).toBe('pass.fee-unpaid')
      expect(res.body.errors[0].message).toContain('CNY\u00a050.00')
      expect(res.body.errors[0].data.errors[0]).toMatchObject({
        path: 'status',
        code: 'pass.fee-unpaid',
      })
    })

    it('PAS-3: REST PATCH and GraphQL cannot write the status at all: the unpaid pass stays prepared', async () => {
      const { members } = await makeHousehold()
      const extra = await extraPass(members[0]!.id)
      const patch = await api(`/api/passes/${extra.id}`, {
        method: 'PATCH',
        auth: { token: csToken },
        json: { status: 'active' },
      })
      expect(patch.status).toBe(200)
      expect(patch.body.doc.status).toBe('prepared')
      const gql = await graphql(
        `mutation { updatePass(id: ${extra.id}, data: { status: active }) { status } }`,
        { token: csToken },
      )
      expect(gql.body.data?.updatePass?.status ?? 'prepared').toBe('prepared')
      const payload = await testPayload()
      expect((await payload.findByID({ collection: 'passes', id: extra.id })).status).toBe(
        'prepared',
      )
    })

    it('PAS-3: the Local API refuses it too, even as the handover operation with full access', async () => {
      const { members } = await makeHousehold()
      const extra = await extraPass(members[0]!.id)
      const payload = await testPayload()
      await expect(
        payload.update({
          collection: 'passes',
          id: extra.id,
          data: { status: 'active' },
          overrideAccess: true,
          context: asOperation('handover'),
        }),
      ).rejects.toMatchObject({
        data: { errors: [{ path: 'status', code: 'pass.fee-unpaid' }] },
      })
      expect((await payload.findByID({ collection: 'passes', id: extra.id })).status).toBe(
        'prepared',
      )
      // Paid, the handover operation may make it active.
      await markPaid(extra.id)
      const active = await payload.update({
        collection: 'passes',
        id: extra.id,
        data: { status: 'active' },
        overrideAccess: true,
        context: asOperation('handover'),
      })
      expect(active.status).toBe('active')
    })
  })

  describe('the household page', () => {
    it('the pass table names the holder of every pass, the first member’s 4th included, all on one page', async () => {
      const { household, members } = await makeHousehold([
        { name: '甲一', relationship: 'owner', gender: 'male' },
        { name: '乙二', relationship: 'spouse', gender: 'female' },
        { name: '丙三', relationship: 'parent', gender: 'female' },
        { name: '丁四', relationship: 'relative', gender: 'male' },
      ])
      await extraPass(members[0]!.id)
      const payload = await testPayload()
      const user = {
        ...(await payload.findByID({ collection: 'users', id: cs.id })),
        collection: 'users' as const,
      }
      // The household as the admin's edit view reads it (depth 0, as the user): every pass is in
      // the join, not the first ten.
      const doc = await payload.findByID({
        collection: 'households',
        id: household.id,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user,
      })
      expect(doc.passes?.docs).toHaveLength(13)
      // The join table's rows, as Payload's table state reads them (depth 0, as the user): each
      // carries its holder's name, so no cell waits for a fetch of its own.
      const field = payload.collections.households.config.fields.find(
        (f) => 'name' in f && f.name === 'passes',
      ) as { defaultLimit?: number; defaultSort?: string; admin?: { defaultColumns?: string[] } }
      expect(field.admin?.defaultColumns).toContain('memberName')
      const rows = await payload.find({
        collection: 'passes',
        where: { household: { equals: household.id } },
        depth: 0,
        draft: true,
        limit: field.defaultLimit,
        sort: field.defaultSort,
        overrideAccess: false,
        user,
      })
      const byId = new Map(members.map((m) => [String(m.id), m.name]))
      expect(rows.docs).toHaveLength(13)
      expect(rows.docs.map((p) => p.memberName)).toEqual(
        rows.docs.map((p) => byId.get(String(p.member))),
      )
      expect(rows.docs[3]).toMatchObject({ memberName: '甲一', ordinal: 4, fee: 50 })
      // Through REST too, as the admin's list of passes fetches it.
      const res = await api(
        `/api/passes?where[household][equals]=${household.id}&depth=0&limit=100&sort=number`,
        { auth: { token: csToken } },
      )
      expect(res.status).toBe(200)
      expect(res.body.docs.map((p: { memberName: string }) => p.memberName)).toEqual(
        rows.docs.map((p) => p.memberName),
      )
    })
  })
})

describe('resident', () => {
  it('PAS-5: a resident cannot hand over their own household’s passes', async () => {
    const { household, members } = await makeHousehold()
    const resident = await makeResident(household.id, members[0]!.id)
    const token = await login(resident.email, resident.password, 'residents')
    const res = await handOver(household.id, { signerMember: members[0]!.id }, { token })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(FORBIDDEN)
    expect(await receiptsOf(household.id)).toHaveLength(0)
  })
})

describe('anonymous', () => {
  it('PAS-5: nobody signed in cannot hand over', async () => {
    const { household, members } = await makeHousehold()
    const res = await api('/api/pass-receipts/handover', {
      method: 'POST',
      json: { household: household.id, signerMember: members[0]!.id, signature: SIGNATURE_PNG },
    })
    expect([401, 403]).toContain(res.status)
    expect(await receiptsOf(household.id)).toHaveLength(0)
  })
})
