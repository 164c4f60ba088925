/**
 * Issue 6 #5–#8, #10: the sign-in doors as an attacker tries them — every login, forgot and reset
 * door counted, no lockout to abuse, one answer whether an account exists or not, a password
 * policy on every door, reset e-mails through the outbox, and no cross-site writes by cookie.
 * Each test uses its own loopback address (127.0.0.x) so the per-address counters are its own.
 */
import { describe, expect, inject, it } from 'vitest'

import { api, graphql, login, requestFrom } from '../support/http'
import { makeHousehold, makeResident, makeStaff, testEstate, testPayload } from '../support/payload'

const gqlFrom = (address: string, query: string, lang = 'en') =>
  requestFrom(address, '/api/graphql', {
    method: 'POST',
    json: { query },
    headers: { 'Accept-Language': lang },
  })

const restLogin = (
  address: string,
  email: string,
  password: string,
  collection = 'users',
  lang = 'en',
) =>
  requestFrom(address, `/api/${collection}/login`, {
    method: 'POST',
    json: { email, password },
    headers: { 'Accept-Language': lang },
  })

describe('anonymous', () => {
  it('issue 6 #5: after REST answers 429, the GraphQL login mutation refuses the same address too, even with the right password', async () => {
    const staff = await makeStaff(['guard'])
    for (let i = 0; i < 5; i++)
      expect((await restLogin('127.0.0.31', staff.email, 'Wrong-password-31')).status).toBe(401)
    expect((await restLogin('127.0.0.31', staff.email, 'Wrong-password-31')).status).toBe(429)
    const gql = await gqlFrom(
      '127.0.0.31',
      `mutation { loginUser(email: ${JSON.stringify(staff.email)}, password: ${JSON.stringify(staff.password)}) { token } }`,
    )
    expect(gql.body.data?.loginUser ?? null).toBeNull()
    expect(gql.body.errors[0].message).toMatch(/Too many attempts/)
    expect(gql.body.errors[0].extensions.statusCode).toBe(429)
  })

  it('issue 6 #5: GraphQL guesses are counted like REST ones, for residents as for staff', async () => {
    const { household } = await makeHousehold()
    const resident = await makeResident(household.id)
    const guess = `mutation { loginResident(email: ${JSON.stringify(resident.email)}, password: "Wrong-password-32") { token } }`
    for (let i = 0; i < 5; i++) {
      const res = await gqlFrom('127.0.0.32', guess)
      expect(res.body.errors[0].extensions.statusCode).toBe(401)
    }
    const sixth = await gqlFrom('127.0.0.32', guess, 'zh-TW')
    expect(sixth.body.errors[0].extensions.statusCode).toBe(429)
    expect(sixth.body.errors[0].message).toContain('嘗試次數過多')
    // And REST from that address is refused as well.
    expect(
      (await restLogin('127.0.0.32', resident.email, resident.password, 'residents')).status,
    ).toBe(429)
  })

  it('issue 6 #6: a stranger’s wrong passwords do not lock the real user out from their own address', async () => {
    const staff = await makeStaff(['cs'])
    for (let i = 0; i < 7; i++) await restLogin('127.0.0.33', staff.email, 'Wrong-password-33')
    expect((await restLogin('127.0.0.33', staff.email, staff.password)).status).toBe(429)
    const real = await restLogin('127.0.0.34', staff.email, staff.password)
    expect(real.status).toBe(200)
    expect(real.body.token).toBeTruthy()
  })

  it('issue 6 #6: a wrong password and an unknown e-mail get the same answer, and nothing says “locked”', async () => {
    const staff = await makeStaff(['guard'])
    const known = await restLogin('127.0.0.35', staff.email, 'Wrong-password-35')
    const unknown = await restLogin(
      '127.0.0.35',
      `nobody-${Date.now()}@test.example`,
      'Wrong-password-35',
    )
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(known.body).toEqual(unknown.body)
    for (let i = 0; i < 3; i++) {
      const again = await restLogin('127.0.0.35', staff.email, 'Wrong-password-35')
      expect(JSON.stringify(again.body)).not.toMatch(/lock|鎖定/i)
    }
  })

  it('issue 6 #8: forgot-password is counted per address and per account, and says the same for unknown e-mails', async () => {
    const { household } = await makeHousehold()
    const resident = await makeResident(household.id)
    const forgot = (address: string, email: string) =>
      requestFrom(address, '/api/residents/forgot-password', {
        method: 'POST',
        json: { email },
        headers: { 'Accept-Language': 'en' },
      })
    // Per account: 3 an hour, wherever they come from.
    for (const address of ['127.0.0.36', '127.0.0.37', '127.0.0.38'])
      expect((await forgot(address, resident.email)).status).toBe(200)
    const fourth = await forgot('127.0.0.39', resident.email)
    expect(fourth.status).toBe(429)
    expect(fourth.body.errors[0].data.code).toBe('auth.too-many-attempts')
    // Per address: 5 an hour, whichever accounts; an unknown e-mail answers exactly like a known one.
    const known = await forgot('127.0.0.40', resident.email.replace('@', '+x@'))
    const unknown = await forgot('127.0.0.40', `nobody-${Date.now()}@test.example`)
    expect(known.status).toBe(200)
    expect(unknown).toEqual(known)
    for (let i = 0; i < 3; i++) await forgot('127.0.0.40', `n${i}-${Date.now()}@test.example`)
    expect((await forgot('127.0.0.40', `n9-${Date.now()}@test.example`)).status).toBe(429)
    const gql = await gqlFrom(
      '127.0.0.40',
      `mutation { forgotPasswordResident(email: "x-${Date.now()}@test.example") }`,
    )
    expect(gql.body.errors[0].extensions.statusCode).toBe(429)
  })

  it('issue 6 #5: reset-password guesses of a token are counted per address', async () => {
    const reset = () =>
      requestFrom('127.0.0.41', '/api/users/reset-password', {
        method: 'POST',
        json: { token: `guess-${Math.random()}`, password: 'A-long-enough-password-41' },
      })
    for (let i = 0; i < 5; i++) expect((await reset()).status).toBe(403)
    expect((await reset()).status).toBe(429)
  })

  it('issue 6 #8: a resident’s reset e-mail is stored in the outbox with a link to the portal; a staff member’s links to the admin', async () => {
    const payload = await testPayload()
    const { household } = await makeHousehold()
    const resident = await makeResident(household.id)
    const staff = await makeStaff(['cs'])
    expect(
      (
        await requestFrom('127.0.0.42', '/api/residents/forgot-password', {
          method: 'POST',
          json: { email: resident.email },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await requestFrom('127.0.0.42', '/api/users/forgot-password', {
          method: 'POST',
          json: { email: staff.email },
        })
      ).status,
    ).toBe(200)
    const outbox = async (to: string) =>
      (
        await payload.find({
          collection: 'notifications',
          where: { to: { equals: to } },
          sort: '-createdAt',
          limit: 5,
        })
      ).docs
    const [toResident] = await outbox(resident.email)
    expect(toResident?.status).toBe('queued')
    expect(toResident?.subject).toMatch(/重設密碼/)
    expect(toResident?.body).toMatch(/http:\/\/localhost:\d+\/portal\/set-password\?token=[\w%-]+/)
    const [toStaff] = await outbox(staff.email)
    expect(toStaff?.body).toMatch(/\/admin\/reset\/[\w%-]+/)
    // The outbox's job is what sends it: the message has a delivery job queued.
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.notificationId': { equals: String(toResident!.id) } } as never,
      limit: 1,
    })
    expect(jobs.totalDocs).toBe(1)
  })
})

describe('staff: admin', () => {
  const create = async (token: string, password: string, lang = 'en') =>
    api('/api/users', {
      method: 'POST',
      auth: { token },
      headers: { 'Accept-Language': lang },
      json: {
        email: `policy-${Math.random().toString(36).slice(2)}@test.example`,
        name: 'Policy',
        memberships: [{ estate: (await testEstate()).id, roles: ['guard'] }],
        password,
      },
    })

  it('issue 6 #7: refuses a staff password shorter than 12 characters or a common one, in the caller’s language', async () => {
    const admin = await makeStaff(['admin'])
    const token = await login(admin.email, admin.password)
    const short = await create(token, 'abc')
    expect(short.status).toBe(400)
    expect(short.body.errors[0]).toMatchObject({
      data: { code: 'auth.password-too-short' },
      message: expect.stringMatching(/at least 12/),
    })
    const zh = await create(token, 'abc', 'zh-TW')
    expect(zh.body.errors[0].message).toContain('最少須有 12 個字元')
    for (const common of ['12345678', 'password1234', 'qwertyuiop123', 'aaaaaaaaaaaaaa']) {
      const res = await create(token, common)
      expect(res.status, common).toBe(400)
    }
    expect((await create(token, 'Harbour-lantern-morning-7')).status).toBe(201)
  })

  it('issue 6 #7: the same policy holds through GraphQL and the Local API, and on a change of password', async () => {
    const admin = await makeStaff(['admin'])
    const token = await login(admin.email, admin.password)
    const gql = await graphql(
      `mutation { createUser(data: { email: "gql-${Date.now()}@test.example", name: "G", memberships: [{ estate: ${(await testEstate()).id}, roles: [guard] }], password: "12345678" }) { id } }`,
      { token },
    )
    expect(gql.body.data?.createUser ?? null).toBeNull()
    expect(gql.body.errors[0].message).toMatch(/12|密碼/)
    const payload = await testPayload()
    await expect(
      payload.create({
        collection: 'users',
        data: {
          email: `local-${Date.now()}@test.example`,
          name: 'L',
          password: 'short',
        },
      }),
    ).rejects.toThrow(/12/)
    const change = await api(`/api/users/${admin.id}`, {
      method: 'PATCH',
      auth: { token },
      json: { password: 'password' },
    })
    expect(change.status).toBe(400)
    expect(await login(admin.email, admin.password)).toBeTruthy()
  })
})

describe('resident', () => {
  it('issue 6 #7: a resident’s password needs 10 characters, on reset too (Payload’s reset-password door)', async () => {
    const payload = await testPayload()
    const { household } = await makeHousehold()
    const resident = await makeResident(household.id)
    const token = await payload.forgotPassword({
      collection: 'residents',
      data: { email: resident.email },
      disableEmail: true,
    })
    const weak = await requestFrom('127.0.0.43', '/api/residents/reset-password', {
      method: 'POST',
      json: { token, password: 'abc' },
      headers: { 'Accept-Language': 'en' },
    })
    expect(weak.status).toBe(400)
    expect(weak.body.errors[0].message).toMatch(/at least 10/)
    const common = await requestFrom('127.0.0.43', '/api/residents/reset-password', {
      method: 'POST',
      json: { token, password: 'iloveyou12' },
    })
    expect(common.status).toBe(400)
    // The token still works for a good password; the old one stops working.
    const good = await requestFrom('127.0.0.43', '/api/residents/reset-password', {
      method: 'POST',
      json: { token, password: 'Plum-blossom-gate-9' },
    })
    expect(good.status).toBe(200)
    expect(await login(resident.email, 'Plum-blossom-gate-9', 'residents')).toBeTruthy()
  })

  it('issue 6 #10: a write with the session cookie from another site is refused; from this server’s page it is not', async () => {
    const { members, household } = await makeHousehold()
    const resident = await makeResident(household.id, members[0]!.id)
    const token = await login(resident.email, resident.password, 'residents')
    const own = inject('baseURL')
    const cookie = `payload-token=${token}`
    const plain = (origin: string) =>
      api('/api/passes/request', {
        method: 'POST',
        headers: {
          Cookie: cookie,
          Origin: origin,
          'Content-Type': 'text/plain',
          'Accept-Language': 'en',
        },
        body: JSON.stringify({ member: members[0]!.id }),
      })
    const evil = await plain('http://evil.example')
    expect(evil.status).toBe(403)
    expect(evil.body.errors[0]).toMatchObject({
      data: { code: 'request.cross-site' },
      message: expect.stringMatching(/another site/),
    })
    const form = new FormData()
    form.set('_payload', JSON.stringify({ member: members[0]!.id }))
    const multipart = await fetch(`${own}/api/passes`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'http://evil.example' },
      body: form,
    })
    expect(multipart.status).toBe(403)
    const referer = await api('/api/passes/request', {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Referer: 'http://evil.example/page',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ member: members[0]!.id }),
    })
    expect(referer.status).toBe(403)
    const fetchSite = await api('/api/passes/request', {
      method: 'POST',
      headers: {
        Cookie: cookie,
        'Sec-Fetch-Site': 'cross-site',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ member: members[0]!.id }),
    })
    expect(fetchSite.status).toBe(403)
    const payload = await testPayload()
    expect(
      (await payload.count({ collection: 'passes', where: { member: { equals: members[0]!.id } } }))
        .totalDocs,
    ).toBe(3)
    // The same request from the portal's own page goes through.
    const mine = await api('/api/passes/request', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: own, 'Content-Type': 'application/json' },
      body: JSON.stringify({ member: members[0]!.id }),
    })
    expect(mine.status).toBe(201)
  })
})
