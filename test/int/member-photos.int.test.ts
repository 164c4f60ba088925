/**
 * Member photos for the printed pass cards (issue 8, "Paper"; GEN-1, GEN-5): image files only,
 * checked by their content, at most 5 MB; the estate's office takes and manages them; the
 * member's own household may see them; nobody else — not guards, not other households, not
 * another estate. Every refusal carries a code. Grouped by who acts; each test makes its own data.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { type Auth, api, graphql, login } from '../support/http'
import {
  makeEstate,
  makeHousehold,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  testPayload,
} from '../support/payload'

type Id = number | string
const PNG = Buffer.from(SIGNATURE_PNG.split(',')[1]!, 'base64')
let cs: Auth & { token: string }
let supervisor: Auth & { token: string }
let guard: Auth & { token: string }
let finance: Auth & { token: string }
let otherEstateCs: Auth & { token: string }

beforeAll(async () => {
  const other = await makeEstate('相片測試屋苑')
  const made = await Promise.all([
    makeStaff(['cs'], '客服相片'),
    makeStaff(['supervisor'], '主管相片'),
    makeStaff(['guard'], '保安相片'),
    makeStaff(['finance'], '財務相片'),
    makeStaff(['cs'], '別苑客服', { estate: other.id }),
  ])
  ;[cs, supervisor, guard, finance, otherEstateCs] = await Promise.all(
    made.map(async (u) => ({ token: await login(u.email, u.password) })),
  )
})

function expectRefusal(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  const [error] = res.body.errors
  expect(error.data?.code ?? error.extensions?.code).toBe(code)
  expect(error.message).toBeTruthy()
  return error
}

async function upload(
  token: string | null,
  member: Id | undefined,
  data: Buffer,
  { type = 'image/png', name = 'face.png', lang = 'en' } = {},
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(member === undefined ? {} : { member }))
  const res = await fetch(`${inject('baseURL')}/api/member-photos`, {
    method: 'POST',
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), 'Accept-Language': lang },
    body: form,
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

/** A household of two with a portal account. */
async function family() {
  const { household, members } = await makeHousehold([
    { name: '林美玲', relationship: 'owner', gender: 'female' },
    { name: '林小寶', relationship: 'child', gender: 'male', age: 6 },
  ])
  const resident = await makeResident(household.id, members[0]!.id)
  const auth = { token: await login(resident.email, resident.password, 'residents') }
  return { household, members, auth }
}

const fileOf = async (url: string, auth?: Auth) =>
  (
    await fetch(`${inject('baseURL')}${url}`, {
      headers: auth && 'token' in auth ? { Authorization: `JWT ${auth.token}` } : {},
    })
  ).status

describe('cs', () => {
  it('GEN-5: takes a member’s photo: stored for the member’s household and made their photo at once', async () => {
    const home = await family()
    const jpeg = await sharp({
      create: { width: 60, height: 80, channels: 3, background: '#8899aa' },
    })
      .jpeg()
      .toBuffer()
    const made = await upload(cs.token, home.members[1]!.id, jpeg, {
      type: 'image/jpeg',
      name: 'camera.jpg',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const photo = made.body.doc
    expect(String(photo.household?.id ?? photo.household)).toBe(String(home.household.id))
    const member = await api(`/api/members/${home.members[1]!.id}?depth=1`, { auth: cs })
    expect(String(member.body.photo?.id)).toBe(String(photo.id))
    expect(await fileOf(photo.url, cs)).toBe(200)
  })

  it('GEN-1: a file that is not an image is refused by its content, whatever its name or type', async () => {
    const home = await family()
    const text = Buffer.from('this is a text file pretending to be a photo, not an image at all')
    const refused = await upload(cs.token, home.members[0]!.id, text, {
      type: 'image/png',
      name: 'face.png',
    })
    expectRefusal(refused, 415, 'member.photo-not-image')
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    expectRefusal(
      await upload(cs.token, home.members[0]!.id, svg, { type: 'image/jpeg', name: 'a.jpg' }),
      415,
      'member.photo-not-image',
    )
    // The refusal is in the caller's language.
    const zh = await upload(cs.token, home.members[0]!.id, text, { lang: 'zh-TW' })
    expect(expectRefusal(zh, 415, 'member.photo-not-image').message).toContain('檔案不是相片')
  })

  it('GEN-1: a photo over 5 MB is refused', async () => {
    const home = await family()
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)])
    expectRefusal(await upload(cs.token, home.members[0]!.id, big), 413, 'member.photo-too-large')
  })

  it('GEN-1: a photo names its member; an unknown or malformed member is refused', async () => {
    expectRefusal(await upload(cs.token, undefined, PNG), 400, 'member.photo-member-required')
    const unknown = await upload(cs.token, 99999999, PNG)
    expect(unknown.status).toBeGreaterThanOrEqual(400)
    expect(unknown.status).toBeLessThan(500)
    const malformed = await upload(cs.token, 'abc', PNG)
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
  })

  it('GEN-5: another member’s photo (another household’s) cannot be made this member’s', async () => {
    const [a, b] = await Promise.all([family(), family()])
    const theirs = await upload(cs.token, b.members[0]!.id, PNG)
    expect(theirs.status).toBe(201)
    const sameHouse = await upload(cs.token, a.members[1]!.id, PNG)
    for (const photo of [theirs.body.doc.id, sameHouse.body.doc.id]) {
      const res = await api(`/api/members/${a.members[0]!.id}`, {
        method: 'PATCH',
        auth: cs,
        json: { photo },
      })
      expectRefusal(res, 400, 'member.photo-not-theirs')
    }
    const payload = await testPayload()
    const member = await payload.findByID({ collection: 'members', id: a.members[0]!.id, depth: 0 })
    expect(member.photo ?? null).toBeNull()
  })

  it('GEN-5: a photo cannot be moved to another member or household afterwards', async () => {
    const [a, b] = await Promise.all([family(), family()])
    const made = await upload(cs.token, a.members[0]!.id, PNG)
    const moved = await api(`/api/member-photos/${made.body.doc.id}`, {
      method: 'PATCH',
      auth: supervisor,
      json: { member: b.members[0]!.id, household: b.household.id },
    })
    expect(moved.status).toBe(403)
    const payload = await testPayload()
    const doc = await payload.findByID({
      collection: 'member-photos',
      id: made.body.doc.id,
      depth: 0,
    })
    expect(String(doc.member)).toBe(String(a.members[0]!.id))
  })
})

describe('cs of another estate', () => {
  it('GEN-5: neither takes nor reads a photo of this estate’s members', async () => {
    const home = await family()
    expectRefusal(
      await upload(otherEstateCs.token, home.members[0]!.id, PNG),
      403,
      'estate.forbidden',
    )
    const made = await upload(cs.token, home.members[0]!.id, PNG)
    expect(
      (await api(`/api/member-photos/${made.body.doc.id}`, { auth: otherEstateCs })).status,
    ).toBe(404)
    expect(await fileOf(made.body.doc.url, otherEstateCs)).toBe(403)
  })
})

describe('guard and finance', () => {
  it('GEN-5: may not upload, list, read or download members’ photos (REST and GraphQL)', async () => {
    const home = await family()
    const made = await upload(cs.token, home.members[0]!.id, PNG)
    for (const auth of [guard, finance]) {
      expect((await upload(auth.token, home.members[0]!.id, PNG)).status).toBe(403)
      expect((await api('/api/member-photos', { auth })).status).toBe(403)
      expect((await api(`/api/member-photos/${made.body.doc.id}`, { auth })).status).toBe(403)
      expect(await fileOf(made.body.doc.url, auth)).toBe(403)
      const member = await api(`/api/members/${home.members[0]!.id}?depth=1`, { auth })
      expect(member.status).toBe(200)
      expect(member.body.photo).toBeUndefined()
      const gql = await graphql('{ MemberPhotos { docs { id url } } }', auth)
      expect(gql.body.data?.MemberPhotos?.docs ?? []).toEqual([])
    }
  })
})

describe('resident', () => {
  it('GEN-5: sees their own household’s photos, never another household’s', async () => {
    const [mine, theirs] = await Promise.all([family(), family()])
    const own = await upload(cs.token, mine.members[1]!.id, PNG)
    const other = await upload(cs.token, theirs.members[1]!.id, PNG)
    expect((await api(`/api/member-photos/${own.body.doc.id}`, { auth: mine.auth })).status).toBe(
      200,
    )
    expect(await fileOf(own.body.doc.url, mine.auth)).toBe(200)
    const member = await api(`/api/members/${mine.members[1]!.id}?depth=1`, { auth: mine.auth })
    expect(String(member.body.photo?.id)).toBe(String(own.body.doc.id))
    expect((await api(`/api/member-photos/${other.body.doc.id}`, { auth: mine.auth })).status).toBe(
      404,
    )
    expect(await fileOf(other.body.doc.url, mine.auth)).toBe(403)
    const list = await api('/api/member-photos?limit=100', { auth: mine.auth })
    expect(list.body.docs.map((d: { id: Id }) => String(d.id))).toEqual([String(own.body.doc.id)])
  })

  it('GEN-5: may not upload a photo, even of their own household', async () => {
    const mine = await family()
    expect((await upload(mine.auth.token, mine.members[0]!.id, PNG)).status).toBe(403)
  })
})

describe('anonymous', () => {
  it('GEN-5: reads nothing; malformed ids are 4xx, never 5xx', async () => {
    const home = await family()
    const made = await upload(cs.token, home.members[0]!.id, PNG)
    expect((await upload(null, home.members[0]!.id, PNG)).status).toBe(403)
    expect((await api('/api/member-photos')).status).toBe(403)
    expect(await fileOf(made.body.doc.url)).toBe(403)
    for (const id of ['abc', '-1', '1e309', '%00']) {
      const res = await api(`/api/member-photos/${id}`, { auth: cs })
      expect(res.status, id).toBeGreaterThanOrEqual(400)
      expect(res.status, id).toBeLessThan(500)
    }
  })
})
