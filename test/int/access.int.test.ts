/**
 * Who may read and write staff accounts, procedures, the outbox and kiosks — through REST,
 * GraphQL and the Local API with overrideAccess: false. Grouped by who acts.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login } from '../support/http'
import { FORBIDDEN } from '../support/messages'
import { asUser, makeKiosk, makeStaff, testEstate, testPayload, type TestStaff } from '../support/payload'

const rolesAt = async (roles: string[]) => [{ estate: (await testEstate()).id, roles }]
const rolesOf = (doc: { memberships?: { roles: string[] }[] }) => doc.memberships?.map((m) => m.roles)

let admin: TestStaff
let manager: TestStaff
let cs: TestStaff
let guard: TestStaff
let tokens: Record<'admin' | 'manager' | 'cs' | 'guard', string>

beforeAll(async () => {
  ;[admin, manager, cs, guard] = await Promise.all([
    makeStaff(['admin']),
    makeStaff(['manager']),
    makeStaff(['cs']),
    makeStaff(['guard']),
  ])
  tokens = {
    admin: await login(admin.email, admin.password),
    manager: await login(manager.email, manager.password),
    cs: await login(cs.email, cs.password),
    guard: await login(guard.email, guard.password),
  }
})

describe('anonymous', () => {
  it('GEN-1: cannot list or read staff, procedures, the outbox or kiosks (REST)', async () => {
    for (const slug of ['users', 'procedures', 'notifications', 'kiosks']) {
      const res = await api(`/api/${slug}`)
      expect(res.status, slug).toBe(403)
    }
  })

  it('GEN-1: cannot create a staff account or write to the outbox', async () => {
    const user = await api('/api/users', {
      method: 'POST',
      json: { email: 'intruder@test.example', password: 'x-Password-1', name: 'X', allEstates: true },
    })
    expect(user.status).toBe(403)
    const mail = await api('/api/notifications', {
      method: 'POST',
      json: { to: 'a@test.example', subject: 's', body: 'b' },
    })
    expect(mail.status).toBe(403)
  })

  it('GEN-1: GraphQL refuses the same reads', async () => {
    const reads = {
      Users: '{ Users { docs { email } } }',
      Procedures: '{ Procedures { docs { title } } }',
      Notifications: '{ Notifications { docs { to subject } } }',
      Kiosks: '{ Kiosks { docs { name } } }',
    }
    for (const [name, query] of Object.entries(reads)) {
      const res = await graphql(query)
      expect(res.body.errors?.[0]?.message, name).toMatch(FORBIDDEN)
      expect(res.body.data?.[name] ?? null, name).toBeNull()
    }
  })

  it('GEN-1: the Local API with overrideAccess: false refuses without a user', async () => {
    const payload = await testPayload()
    await expect(
      payload.find({ collection: 'procedures', overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
  })

  it('cannot run the job queue', async () => {
    const res = await api('/api/payload-jobs/run')
    expect([401, 403]).toContain(res.status)
  })
})

describe('staff: admin', () => {
  it('creates a staff account with roles at the estate and changes their roles there', async () => {
    const created = await api('/api/users', {
      method: 'POST',
      auth: { token: tokens.admin },
      json: {
        email: `new-${Date.now()}@test.example`,
        password: 'New-password-1',
        name: '新同事',
        memberships: await rolesAt(['guard']),
      },
    })
    expect(created.status).toBe(201)
    expect(rolesOf(created.body.doc)).toEqual([['guard']])
    expect(created.body.doc.currentEstate.id).toBe((await testEstate()).id)
    const updated = await api(`/api/users/${created.body.doc.id}`, {
      method: 'PATCH',
      auth: { token: tokens.admin },
      json: { memberships: await rolesAt(['guard', 'cs']) },
    })
    expect(updated.status).toBe(200)
    expect(rolesOf(updated.body.doc)).toEqual([['guard', 'cs']])
  })

  it('rejects a role that does not exist, naming the field in the caller’s language', async () => {
    const estateId = (await testEstate()).id
    const attempt = (lang: string) =>
      api('/api/users', {
        method: 'POST',
        auth: { token: tokens.admin },
        headers: { 'Accept-Language': lang },
        json: {
          email: `bad-role-${Date.now()}@test.example`,
          password: 'New-password-1',
          name: 'X',
          memberships: [{ estate: estateId, roles: ['janitor'] }],
        },
      })
    const en = await attempt('en')
    expect(en.status).toBe(400)
    expect(en.body.errors[0].message).toMatch(/invalid:.*Roles/)
    const zh = await attempt('zh-TW')
    expect(zh.status).toBe(400)
    expect(zh.body.errors[0].message).toContain('職務')
  })

  it('issue 6 #6: wrong passwords never lock an account, so there is nothing for a stranger to lock; unlock stays admin-only', async () => {
    const payload = await testPayload()
    const target = await makeStaff(['guard'])
    // Through the Local API, so no address's counter is spent: Payload's own lockout is off.
    for (let i = 0; i < 8; i++) {
      await expect(
        payload.login({ collection: 'users', data: { email: target.email, password: 'Wrong-password-1' } }),
      ).rejects.toThrow(/incorrect|錯誤/)
    }
    const ok = await payload.login({ collection: 'users', data: { email: target.email, password: target.password } })
    expect(ok.token).toBeTruthy()
    const res = await api('/api/users/unlock', {
      method: 'POST',
      auth: { token: tokens.admin },
      json: { email: target.email },
    })
    expect(res.status).toBe(200)
    expect(await login(target.email, target.password)).toBeTruthy()
  })

  it('manages kiosks and the outbox but cannot edit a sent message', async () => {
    expect((await api('/api/kiosks', { auth: { token: tokens.admin } })).status).toBe(200)
    const mail = await api('/api/notifications', {
      method: 'POST',
      auth: { token: tokens.admin },
      json: { to: 'resident@test.example', subject: '測試', body: 'hello', status: 'sent', attempts: 9 },
    })
    expect(mail.status).toBe(201)
    // GEN-4: status and attempts belong to the delivery job, not to the client.
    expect(mail.body.doc.status).toBe('queued')
    expect(mail.body.doc.attempts).toBe(0)
    const edit = await api(`/api/notifications/${mail.body.doc.id}`, {
      method: 'PATCH',
      auth: { token: tokens.admin },
      json: { subject: 'changed' },
    })
    expect(edit.status).toBe(403)
  })

  it('GEN-2: a procedure edit keeps who made it', async () => {
    const list = await api('/api/procedures?limit=1', { auth: { token: tokens.admin } })
    const id = list.body.docs[0].id
    const res = await api(`/api/procedures/${id}?depth=0`, {
      method: 'PATCH',
      auth: { token: tokens.admin },
      json: { order: list.body.docs[0].order, updatedBy: { relationTo: 'users', value: guard.id } },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.updatedBy).toEqual({ relationTo: 'users', value: admin.id })
  })
})

describe('staff: manager', () => {
  it('GEN-6: edits a procedure in English without touching the Chinese', async () => {
    const list = await api('/api/procedures?where[key][equals]=access-passes', {
      auth: { token: tokens.manager },
    })
    const doc = list.body.docs[0]
    const before = await api(`/api/procedures/${doc.id}?locale=en`, { auth: { token: tokens.manager } })
    try {
      const res = await api(`/api/procedures/${doc.id}?locale=en`, {
        method: 'PATCH',
        auth: { token: tokens.manager },
        json: { title: "Residents' access passes (revised)" },
      })
      expect(res.status).toBe(200)
      const zh = await api(`/api/procedures/${doc.id}?locale=zh-TW`, { auth: { token: tokens.manager } })
      expect(zh.body.title).toBe(doc.title)
      const en = await api(`/api/procedures/${doc.id}?locale=en`, { auth: { token: tokens.manager } })
      expect(en.body.title).toBe("Residents' access passes (revised)")
    } finally {
      // Shared content: later tests (and other files) read the seeded English title.
      const payload = await testPayload()
      await payload.update({ collection: 'procedures', id: doc.id, locale: 'en', data: { title: before.body.title } })
    }
  })

  it('reads the outbox but cannot create staff accounts', async () => {
    expect((await api('/api/notifications', { auth: { token: tokens.manager } })).status).toBe(200)
    const res = await api('/api/users', {
      method: 'POST',
      auth: { token: tokens.manager },
      json: {
        email: `m-${Date.now()}@test.example`,
        password: 'New-password-1',
        name: 'X',
        memberships: await rolesAt(['admin']),
      },
    })
    expect(res.status).toBe(403)
  })
})

describe('staff: cs', () => {
  it('reads the outbox but cannot write to it', async () => {
    expect((await api('/api/notifications', { auth: { token: tokens.cs } })).status).toBe(200)
    const res = await api('/api/notifications', {
      method: 'POST',
      auth: { token: tokens.cs },
      json: { to: 'a@test.example', subject: 's', body: 'b' },
    })
    expect(res.status).toBe(403)
  })

  it('GEN-6: reads the procedures but cannot change them', async () => {
    const list = await api('/api/procedures', { auth: { token: tokens.cs } })
    expect(list.status).toBe(200)
    const res = await api(`/api/procedures/${list.body.docs[0].id}`, {
      method: 'PATCH',
      auth: { token: tokens.cs },
      json: { title: 'hijacked' },
    })
    expect(res.status).toBe(403)
  })
})

describe('staff: guard (any staff member without a managing role)', () => {
  it('GEN-6: reads all eight procedures, in Chinese by default and in English on request', async () => {
    const zh = await api('/api/procedures?limit=20&sort=order', { auth: { token: tokens.guard } })
    expect(zh.status).toBe(200)
    expect(zh.body.totalDocs).toBe(8)
    expect(zh.body.docs.map((d: { numeral: string }) => d.numeral)).toEqual([
      '(一)', '(二)', '(三)', '(五)', '(四)', '(六)', '(五)', '(八)',
    ])
    const passes = zh.body.docs.find((d: { key: string }) => d.key === 'access-passes')
    expect(passes.title).toContain('業戶出入證')
    expect(JSON.stringify(passes.body)).toContain('每位家庭成員免費制作三張業戶證')
    // The source's stray pinyin is gone.
    expect(JSON.stringify(zh.body.docs)).not.toMatch(/\((?:zhuǎn|yīng|fù)\)/)
    const en = await api(`/api/procedures/${passes.id}?locale=en`, { auth: { token: tokens.guard } })
    expect(en.body.title).toMatch(/access passes/i)
    expect(JSON.stringify(en.body.body)).toMatch(/three passes free/)
  })

  it('GEN-6: GraphQL gives the same procedures', async () => {
    const res = await graphql('{ Procedures(limit: 20) { totalDocs docs { numeral title } } }', {
      token: tokens.guard,
    })
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Procedures.totalDocs).toBe(8)
  })

  it('cannot read the outbox (REST, GraphQL, Local API)', async () => {
    expect((await api('/api/notifications', { auth: { token: tokens.guard } })).status).toBe(403)
    const gql = await graphql('{ Notifications { docs { to subject } } }', { token: tokens.guard })
    expect(gql.body.errors?.[0]?.message).toMatch(FORBIDDEN)
    const payload = await testPayload()
    await expect(
      payload.find({ collection: 'notifications', overrideAccess: false, user: await asUser(guard) }),
    ).rejects.toThrow(FORBIDDEN)
  })

  it('updates their own name but cannot give themselves a role', async () => {
    const res = await api(`/api/users/${guard.id}`, {
      method: 'PATCH',
      auth: { token: tokens.guard },
      json: { name: '陳保安', memberships: await rolesAt(['admin']), allEstates: true },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.name).toBe('陳保安')
    expect(rolesOf(res.body.doc)).toEqual([['guard']])
    expect(res.body.doc.allEstates).toBe(false)
  })

  it('cannot change, delete or unlock another staff member', async () => {
    const edit = await api(`/api/users/${cs.id}`, {
      method: 'PATCH',
      auth: { token: tokens.guard },
      json: { name: 'changed' },
    })
    expect([403, 404]).toContain(edit.status)
    const del = await api(`/api/users/${cs.id}`, { method: 'DELETE', auth: { token: tokens.guard } })
    expect([403, 404]).toContain(del.status)
    const unlock = await api('/api/users/unlock', {
      method: 'POST',
      auth: { token: tokens.guard },
      json: { email: cs.email },
    })
    expect(unlock.status).toBe(403)
    const payload = await testPayload()
    const still = await payload.findByID({ collection: 'users', id: cs.id })
    expect(still.name).not.toBe('changed')
  })

  it('cannot read kiosks (their API keys) or run the job queue', async () => {
    expect((await api('/api/kiosks', { auth: { token: tokens.guard } })).status).toBe(403)
    const run = await api('/api/payload-jobs/run', { auth: { token: tokens.guard } })
    expect([401, 403]).toContain(run.status)
  })
})

describe('kiosk', () => {
  it('GEN-5: authenticates by API key but can read and change nothing yet', async () => {
    const kiosk = await makeKiosk()
    await makeKiosk()
    const me = await api('/api/kiosks/me', { auth: { apiKey: kiosk.apiKey } })
    expect(me.status).toBe(200)
    expect(String(me.body.user?.id)).toBe(String(kiosk.id))
    // It sees its own record only, never another kiosk (nor any API key).
    const kiosks = await api('/api/kiosks', { auth: { apiKey: kiosk.apiKey } })
    expect(kiosks.body.docs.map((k: { id: unknown }) => String(k.id))).toEqual([String(kiosk.id)])
    expect(kiosks.body.docs[0].apiKey).toBeUndefined()
    const rename = await api(`/api/kiosks/${kiosk.id}`, {
      method: 'PATCH',
      auth: { apiKey: kiosk.apiKey },
      json: { name: 'renamed' },
    })
    expect(rename.status).toBe(403)
    for (const slug of ['users', 'procedures', 'notifications']) {
      const res = await api(`/api/${slug}`, { auth: { apiKey: kiosk.apiKey } })
      expect(res.status, slug).toBe(403)
    }
    const write = await api('/api/procedures', {
      method: 'POST',
      auth: { apiKey: kiosk.apiKey },
      json: { key: 'x', numeral: 'x', order: 1, title: 'x' },
    })
    expect(write.status).toBe(403)
    const gql = await graphql('{ Users { docs { email } } }', { apiKey: kiosk.apiKey })
    expect(gql.body.errors?.[0]?.message).toMatch(FORBIDDEN)
  })

  it('GEN-5: a wrong API key is not a kiosk', async () => {
    const res = await api('/api/kiosks/me', { auth: { apiKey: 'not-a-real-key' } })
    expect(res.body.user).toBeNull()
  })

  it('cannot open the admin panel', async () => {
    const kiosk = await makeKiosk()
    const res = await api('/api/access', { auth: { apiKey: kiosk.apiKey } })
    expect(res.status).toBe(200)
    expect(res.body.canAccessAdmin).not.toBe(true)
    const staff = await api('/api/access', { auth: { token: tokens.guard } })
    expect(staff.body.canAccessAdmin).toBe(true)
  })
})
