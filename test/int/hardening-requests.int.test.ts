/**
 * Issue 6 #16 (GEN-1, GEN-3): each malformed request the attack found answering 500 (or an empty
 * 4xx) now answers 4xx with a code and a message in the caller's language. The fuzz test covers
 * the space around them; these name them one by one.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login } from '../support/http'
import { makeHousehold, makeResident, makeStaff } from '../support/payload'

let staff: { token: string }
let resident: { token: string }

beforeAll(async () => {
  const cs = await makeStaff(['cs'])
  staff = { token: await login(cs.email, cs.password) }
  const { household } = await makeHousehold()
  const account = await makeResident(household.id)
  resident = { token: await login(account.email, account.password, 'residents') }
})

const expectRefusal = (res: { status: number; body: any }, status: number, code: string) => {
  expect(res.status).toBe(status)
  expect(res.body.errors[0].data?.code ?? res.body.errors[0].extensions?.code).toBe(code)
  expect(res.body.errors[0].message.length).toBeGreaterThan(5)
}

describe('staff: cs', () => {
  it.each(['abc', 'null', '1e309', '%00', '-1', '0', '99999999999'])(
    'issue 6 #16: /api/households/%s is a 400 naming the id, not a 500',
    async (id) => {
      const res = await api(`/api/households/${id}`, {
        auth: staff,
        headers: { 'Accept-Language': 'en' },
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.code).toMatch(/^request\.malformed-(id|url)$/)
    },
  )

  it.each([
    ['where[createdAt][greater_than]=notadate', 'where[createdAt][greater_than]'],
    ['where[id][in]=1,2,abc', 'where[id][in]'],
    ['page=1e20', 'page'],
    ['where=abc', 'where'],
    ['limit=-1', 'limit'],
  ])('issue 6 #16: ?%s is a 400 naming the parameter', async (query, param) => {
    const res = await api(`/api/households?${query}`, {
      auth: staff,
      headers: { 'Accept-Language': 'en' },
    })
    expectRefusal(res, 400, 'request.malformed-query')
    expect(res.body.errors[0].message).toContain(param)
  })

  it('issue 6 #16: messages follow the caller’s language (Chinese by default)', async () => {
    const zh = await api('/api/households/abc', { auth: staff })
    expect(zh.body.errors[0].message).toBe('「abc」不是有效的記錄編號。')
    const en = await api('/api/households/abc', {
      auth: staff,
      headers: { 'Accept-Language': 'en-US,en' },
    })
    expect(en.body.errors[0].message).toBe('“abc” is not a valid record id.')
  })

  it.each(['null', '"str"', '123', '[1]'])(
    'issue 6 #16: POST /api/members with the body %s is a 400, not a 500',
    async (body) => {
      const res = await api('/api/members', {
        method: 'POST',
        auth: staff,
        headers: { 'Content-Type': 'application/json' },
        body,
      })
      expectRefusal(res, 400, 'request.malformed-body')
    },
  )

  it('issue 6 #16: POST /api/members {} names the missing fields instead of failing in a hook', async () => {
    const res = await api('/api/members', {
      method: 'POST',
      auth: staff,
      json: {},
      headers: { 'Accept-Language': 'en' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Household/)
  })

  it('issue 6 #16: a url-encoded POST /api/passes is a 415 that says what to send', async () => {
    const res = await api('/api/passes', {
      method: 'POST',
      auth: staff,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'en' },
      body: 'member=1',
    })
    expectRefusal(res, 415, 'request.unsupported-media-type')
  })

  it('GEN-1: the admin reads relationship labels by a POST standing for a GET (form-encoded query), filtered like any read', async () => {
    const { household } = await makeHousehold()
    const read = (body: string) =>
      api('/api/households', {
        method: 'POST',
        auth: staff,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Payload-HTTP-Method-Override': 'GET',
          'Accept-Language': 'en',
        },
        body,
      })
    const res = await read(`depth=0&limit=10&where[id][in][0]=${household.id}`)
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { unit: string }) => d.unit)).toEqual([household.unit])
    // Malformed queries in the body: never a 500 (Payload reads them; an id that is no id is refused).
    expect((await read('where[id][in]=abc')).status).toBe(400)
    for (const bad of ['limit=-1', 'where=abc', 'depth=1e9', '%ff%fe', 'where[unit][like]=%']) {
      expect((await read(bad)).status, bad).toBeLessThan(500)
    }
    // Anything else form-encoded is still a 415.
    const create = await api('/api/households', {
      method: 'POST',
      auth: staff,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'unit=1-0001',
    })
    expect(create.status).toBe(415)
  })

  it('issue 6 #16: /versions of a collection without versions, and Payload’s migrations, are 404 with a message', async () => {
    expectRefusal(await api('/api/signatures/versions', { auth: staff }), 404, 'request.not-found')
    expectRefusal(await api('/api/payload-migrations', { auth: staff }), 404, 'request.not-found')
  })

  it('issue 6 #16: an undecodable address (%ff%fe) is a 400 with a message, not an HTML page', async () => {
    const res = await api('/api/households/%ff%fe', { auth: staff })
    expectRefusal(res, 400, 'request.malformed-url')
  })

  it('issue 6 #16: GraphQL refuses malformed JSON (400), a non-JSON body (415) and a mutation over GET (405), each with a message', async () => {
    expectRefusal(
      await api('/api/graphql', {
        method: 'POST',
        auth: staff,
        headers: { 'Content-Type': 'application/json' },
        body: '{bad',
      }),
      400,
      'request.malformed-json',
    )
    expectRefusal(
      await api('/api/graphql', {
        method: 'POST',
        auth: staff,
        headers: { 'Content-Type': 'text/plain' },
        body: '{ Households { docs { id } } }',
      }),
      415,
      'request.json-only',
    )
    expectRefusal(
      await api('/api/graphql?query=mutation%7BlogoutUser%7D', { auth: staff }),
      405,
      'request.method-not-allowed',
    )
  })

  it('issue 6 #16: an office page for a malformed or unknown household is a 404 page', async () => {
    for (const id of ['-1', 'abc', '2147483647']) {
      const res = await api(`/office/households/${id}/handover`, {
        headers: { Cookie: `payload-token=${staff.token}` },
      })
      expect(res.status, id).toBe(404)
    }
    const receipt = await api('/office/households/2147483647/receipt', {
      headers: { Cookie: `payload-token=${staff.token}` },
    })
    expect(receipt.status).toBe(404)
  })

  it('issue 6 #16: OPTIONS on an office page answers plainly instead of an empty 400', async () => {
    const res = await api('/office/import', { method: 'OPTIONS' })
    expect(res.status).toBe(204)
  })
})

describe('resident', () => {
  it('issue 6 #16: a resident opening an office page is sent to the portal, not into a redirect loop', async () => {
    const res = await fetch(`${inject('baseURL')}/office/import`, {
      headers: { Cookie: `payload-token=${resident.token}` },
      redirect: 'manual',
    })
    expect([302, 303, 307, 308]).toContain(res.status)
    expect(new URL(res.headers.get('location')!, 'http://x').pathname).toBe('/portal')
  })

  it('issue 6 #16: where across relationships to a field they may not read is refused, never a 500', async () => {
    const res = await api('/api/residents?where[household.passes.qrToken][exists]=true', {
      auth: resident,
    })
    expect(res.status).toBeGreaterThanOrEqual(200)
    expect(res.status).toBeLessThan(500)
  })
})
