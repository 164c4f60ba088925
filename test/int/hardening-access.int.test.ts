/**
 * Issue 6 #1–#4 (GEN-1, GEN-5): the read and write holes found by attacking the passes slice —
 * versions, QR tokens, Payload's lock and preference collections, staff ids and sessions, and
 * who records a fee — through REST, GraphQL and the Local API. Grouped by who acts.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login } from '../support/http'
import { FORBIDDEN } from '../support/messages'
import {
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  testPayload,
  type TestStaff,
} from '../support/payload'

type Household = Awaited<ReturnType<typeof makeHousehold>>

let cs: TestStaff
let tokens: Record<'cs' | 'guard' | 'finance' | 'admin', string>
let kiosk: { id: number | string; apiKey: string }
let mine: Household
let theirs: Household
let residentToken: string

beforeAll(async () => {
  cs = await makeStaff(['cs'])
  const [guard, finance, admin] = await Promise.all([
    makeStaff(['guard']),
    makeStaff(['finance']),
    makeStaff(['admin']),
  ])
  tokens = {
    cs: await login(cs.email, cs.password),
    guard: await login(guard.email, guard.password),
    finance: await login(finance.email, finance.password),
    admin: await login(admin.email, admin.password),
  }
  kiosk = await makeKiosk()
  mine = await makeHousehold([{ name: '李家明', relationship: 'owner', gender: 'male' }])
  theirs = await makeHousehold([
    { name: '鄰居甲', relationship: 'owner', gender: 'female' },
    { name: '鄰居乙', relationship: 'child', gender: 'male', age: 7 },
  ])
  const resident = await makeResident(mine.household.id, mine.members[0]!.id)
  residentToken = await login(resident.email, resident.password, 'residents')
  // Staff edits leave versions (and an updatedBy) on both households' records.
  for (const h of [mine, theirs]) {
    const res = await api(`/api/households/${h.household.id}`, {
      method: 'PATCH',
      auth: { token: tokens.cs },
      json: { unit: h.household.unit },
    })
    expect(res.status).toBe(200)
  }
})

const resident = () => ({ token: residentToken })
const kioskAuth = () => ({ apiKey: kiosk.apiKey })

describe('resident', () => {
  it('issue 6 #1 (GEN-5): reads no versions of any collection, not even their own household’s (REST)', async () => {
    for (const slug of ['passes', 'members', 'households', 'procedures']) {
      const res = await api(
        `/api/${slug}/versions?where[version.household][equals]=${theirs.household.id}`,
        { auth: resident() },
      )
      expect(res.status, slug).toBe(403)
      expect(res.body.errors[0].message).toMatch(FORBIDDEN)
    }
    const own = await api(
      `/api/passes/versions?where[version.household][equals]=${mine.household.id}`,
      { auth: resident() },
    )
    expect(own.status).toBe(403)
  })

  it('issue 6 #1 (GEN-5): GraphQL versionsPasses and versionsMembers are refused too', async () => {
    const res = await graphql(
      '{ versionsPasses { docs { id version { qrToken } } } versionsMembers { docs { id } } }',
      resident(),
    )
    expect(res.body.data?.versionsPasses ?? null).toBeNull()
    expect(res.body.data?.versionsMembers ?? null).toBeNull()
    expect(res.body.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(FORBIDDEN)
  })

  it('issue 6 #1 (PAS-5): sees their own passes’ QR tokens, and cannot query another household’s through a relationship', async () => {
    const own = await api('/api/passes?limit=50&depth=0', { auth: resident() })
    expect(own.status).toBe(200)
    expect(own.body.totalDocs).toBe(3)
    for (const pass of own.body.docs) expect(pass.qrToken).toMatch(/^[A-Za-z0-9_-]{24}$/)
    // The portal's list selects its fields (no household): the tokens are still there.
    const selected = await api(
      '/api/passes?limit=50&depth=0&select[number]=true&select[qrToken]=true',
      { auth: resident() },
    )
    expect(selected.body.docs).toHaveLength(3)
    for (const pass of selected.body.docs) expect(pass.qrToken).toMatch(/^[A-Za-z0-9_-]{24}$/)
    const across = await api('/api/residents?where[household.passes.qrToken][exists]=true', {
      auth: resident(),
    })
    expect(across.status).toBeLessThan(500)
    if (across.status === 200) {
      // Only their own account can ever come back, whatever the where says.
      expect(
        across.body.docs.every((r: { household: unknown }) =>
          JSON.stringify(r).includes(String(mine.household.id)),
        ),
      ).toBe(true)
    }
  })

  it('issue 6 #3: reading their household at depth=2 shows no staff member (no updatedBy, createdBy)', async () => {
    const res = await api(`/api/households/${mine.household.id}?depth=2`, { auth: resident() })
    expect(res.status).toBe(200)
    expect(res.body.unit).toBe(mine.household.unit)
    const text = JSON.stringify(res.body)
    expect(text).not.toContain('updatedBy')
    expect(text).not.toContain('createdBy')
    expect(text).not.toContain('"relationTo":"users"')
    const gql = await graphql(
      `{ Household(id: ${JSON.stringify(mine.household.id)}) { unit updatedBy { relationTo } } }`,
      resident(),
    )
    expect(gql.body.data?.Household?.unit).toBe(mine.household.unit)
    expect(gql.body.data?.Household?.updatedBy ?? null).toBeNull()
  })

  it('issue 6 #2: cannot create, read or forge a document lock, nor keep preferences', async () => {
    const forged = await api('/api/payload-locked-documents', {
      method: 'POST',
      auth: resident(),
      json: {
        document: { relationTo: 'households', value: mine.household.id },
        user: { relationTo: 'users', value: cs.id },
      },
    })
    expect(forged.status).toBe(403)
    expect((await api('/api/payload-locked-documents', { auth: resident() })).status).toBe(403)
    const pref = await api('/api/payload-preferences/portal-test', {
      method: 'POST',
      auth: resident(),
      json: { value: { a: 1 } },
    })
    expect(pref.status).toBe(403)
    expect((await api('/api/payload-preferences', { auth: resident() })).status).toBe(403)
    // A staff member's edit is not blocked by anything the resident did.
    const edit = await api(`/api/households/${mine.household.id}`, {
      method: 'PATCH',
      auth: { token: tokens.cs },
      json: { unit: mine.household.unit },
    })
    expect(edit.status).toBe(200)
  })
})

describe('kiosk', () => {
  it('issue 6 #1 (GEN-5): reads no versions (members’ names and children’s ages stay inside)', async () => {
    for (const slug of ['members', 'passes', 'households']) {
      const res = await api(`/api/${slug}/versions`, { auth: kioskAuth() })
      expect(res.status, slug).toBe(403)
    }
    const gql = await graphql('{ versionsMembers { docs { version { name age } } } }', kioskAuth())
    expect(gql.body.data?.versionsMembers ?? null).toBeNull()
  })

  it('issue 6 #2: cannot write a lock in a staff member’s name', async () => {
    const forged = await api('/api/payload-locked-documents', {
      method: 'POST',
      auth: kioskAuth(),
      json: {
        document: { relationTo: 'households', value: theirs.household.id },
        user: { relationTo: 'users', value: cs.id },
      },
    })
    expect(forged.status).toBe(403)
  })
})

describe('staff: guard', () => {
  it('issue 6 #1: reads passes but never their QR tokens, in lists, by id, in versions or in GraphQL', async () => {
    const list = await api(`/api/passes?where[household][equals]=${theirs.household.id}&depth=0`, {
      auth: { token: tokens.guard },
    })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(6)
    for (const pass of list.body.docs) expect(pass).not.toHaveProperty('qrToken')
    const one = await api(`/api/passes/${list.body.docs[0].id}`, { auth: { token: tokens.guard } })
    expect(one.body).not.toHaveProperty('qrToken')
    const versions = await api(
      `/api/passes/versions?where[version.household][equals]=${theirs.household.id}`,
      {
        auth: { token: tokens.guard },
      },
    )
    expect(versions.status).toBe(200)
    expect(JSON.stringify(versions.body)).not.toContain('qrToken')
    const gql = await graphql('{ Passes(limit: 5) { docs { number qrToken } } }', {
      token: tokens.guard,
    })
    for (const pass of gql.body.data?.Passes?.docs ?? []) expect(pass.qrToken ?? null).toBeNull()
    // Nor can a where on the token tell whether one exists.
    const probe = await api('/api/passes?where[qrToken][exists]=true', {
      auth: { token: tokens.guard },
    })
    expect([400, 403]).toContain(probe.status)
  })
})

describe('staff: cs', () => {
  it('issue 6 #1: customer service reads versions, with the QR tokens it prints', async () => {
    const res = await api(
      `/api/passes/versions?where[version.household][equals]=${theirs.household.id}&depth=0`,
      {
        auth: { token: tokens.cs },
      },
    )
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBeGreaterThanOrEqual(6)
    expect(res.body.docs[0].version.qrToken).toMatch(/^[A-Za-z0-9_-]{24}$/)
  })

  it('issue 6 #2: a lock is always in the name of the staff member who takes it', async () => {
    const other = await makeStaff(['cs'])
    const res = await api('/api/payload-locked-documents?depth=0', {
      method: 'POST',
      auth: { token: tokens.cs },
      json: {
        document: { relationTo: 'households', value: theirs.household.id },
        user: { relationTo: 'users', value: other.id },
      },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.user).toEqual({ relationTo: 'users', value: cs.id })
    await api(`/api/payload-locked-documents/${res.body.doc.id}`, {
      method: 'DELETE',
      auth: { token: tokens.cs },
    })
  })

  it('issue 6 #3 / need to know: reads only their own account, with its sessions; a manager reads the estate\'s staff without their sessions', async () => {
    const list = await api('/api/users?limit=100', { auth: { token: tokens.cs } })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((u: { id: unknown }) => String(u.id))).toEqual([String(cs.id)])
    expect(Array.isArray(list.body.docs[0].sessions)).toBe(true)
    const manager = await makeStaff(['manager'])
    const managerList = await api('/api/users?limit=100', {
      auth: { token: await login(manager.email, manager.password) },
    })
    const others = managerList.body.docs.filter(
      (u: { id: unknown }) => String(u.id) !== String(manager.id),
    )
    expect(others.map((u: { id: unknown }) => String(u.id))).toContain(String(cs.id))
    for (const u of others) expect(u).not.toHaveProperty('sessions')
    const admin = await api('/api/users?limit=100', { auth: { token: tokens.admin } })
    expect(admin.body.docs.every((u: { sessions?: unknown }) => Array.isArray(u.sessions))).toBe(
      true,
    )
  })
})

describe('staff: finance', () => {
  it('issue 6 #4 (PAS-3): records an extra pass’s payment, and can change no field of the pass', async () => {
    const { household, members } = await makeHousehold([
      { name: '付款人', relationship: 'owner', gender: 'male' },
    ])
    const extra = await api('/api/passes/request', {
      method: 'POST',
      auth: { token: tokens.cs },
      json: { member: members[0]!.id },
    })
    expect(extra.status).toBe(201)
    expect(extra.body.doc.fee).toBe(50)
    // feePaidAt is the server's now: a PATCH writes nothing of it (nor of anything else).
    const patched = await api(`/api/passes/${extra.body.doc.id}`, {
      method: 'PATCH',
      auth: { token: tokens.finance },
      json: { feePaidAt: '2026-11-26T10:00:00.000Z', fee: 0, status: 'active', household: household.id },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.doc).toMatchObject({ fee: 50, status: 'prepared', feePaidAt: null })
    const paid = await api('/api/payments/record', {
      method: 'POST',
      auth: { token: tokens.finance },
      json: { household: household.id, passes: [extra.body.doc.id], method: 'cash' },
    })
    expect(paid.status).toBe(201)
    const payload = await testPayload()
    const pass = await payload.findByID({ collection: 'passes', id: extra.body.doc.id, depth: 0 })
    expect(pass.feePaidAt).toBe(paid.body.doc.paidAt)
    expect(pass.payment).toBe(paid.body.doc.id)
    expect(pass).toMatchObject({ fee: 50, status: 'prepared' })
  })

  it('issue 6 #4: a guard cannot record a payment', async () => {
    const { members } = await makeHousehold([
      { name: '未付款', relationship: 'owner', gender: 'female' },
    ])
    const payload = await testPayload()
    const { docs } = await payload.find({
      collection: 'passes',
      where: { member: { equals: members[0]!.id } },
      limit: 1,
    })
    const res = await api(`/api/passes/${docs[0]!.id}`, {
      method: 'PATCH',
      auth: { token: tokens.guard },
      json: { feePaidAt: '2026-11-26T10:00:00.000Z' },
    })
    expect([403, 404]).toContain(res.status)
  })
})

describe('anonymous', () => {
  it('issue 6 #1, #2: no versions, locks or preferences', async () => {
    for (const path of [
      '/api/passes/versions',
      '/api/members/versions',
      '/api/payload-locked-documents',
      '/api/payload-preferences',
    ]) {
      const res = await api(path)
      expect(res.status, path).toBe(403)
    }
  })
})
