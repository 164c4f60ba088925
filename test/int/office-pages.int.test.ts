/**
 * Issue 8, one language at a time: the office pages' language switch (the admin's own setting)
 * and their 404 page, in the reader's language, for a malformed or unknown id on every [id] page.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { login } from '../support/http'
import { makeStaff, testPayload } from '../support/payload'

let token: string
let staffId: number | string

beforeAll(async () => {
  const staff = await makeStaff(['cs', 'supervisor', 'manager'])
  staffId = staff.id
  token = await login(staff.email, staff.password)
})

async function page(path: string, lang: 'zh-TW' | 'en') {
  const res = await fetch(`${inject('baseURL')}${path}`, {
    headers: { Cookie: `payload-token=${token}; payload-lng=${lang}` },
    redirect: 'manual',
  })
  return { status: res.status, html: await res.text() }
}

// Every office page with a record id in its path.
const ID_PAGES = [
  '/office/households/{id}/receipt',
  '/office/households/{id}/handover',
  '/office/mail/batches/{id}',
  '/office/maintenance-notices/{id}',
  '/office/complaints/{id}/form',
  '/office/subscriptions/{id}',
  '/office/subscriptions/{id}/sign',
  '/office/subscriptions/{id}/cancel',
  '/office/visits/{id}/sheet',
  // No such page at all: the same 404 page.
  '/office/no-such-page/{id}',
]

describe('cs: an office page for a record that is not there', () => {
  for (const template of ID_PAGES) {
    it(`GEN-3: ${template} with a malformed id is a 404 page in English, never a 500`, async () => {
      for (const bad of ['abc', '-1', '1e3', '99999999999']) {
        const res = await page(template.replace('{id}', bad), 'en')
        expect(res.status, bad).toBe(404)
        expect(res.html).toContain('Page not found')
        expect(res.html).not.toContain('找不到此頁')
      }
    })

    it(`GEN-3: ${template} with an unknown id is a 404 page in Chinese`, async () => {
      const res = await page(template.replace('{id}', '999999'), 'zh-TW')
      expect(res.status).toBe(404)
      expect(res.html).toContain('找不到此頁')
      expect(res.html).not.toContain('Page not found')
    })
  }
})

describe('cs: the office pages’ language switch', () => {
  async function switchTo(lang: unknown) {
    return fetch(`${inject('baseURL')}/office/language`, {
      method: 'POST',
      headers: { Cookie: `payload-token=${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ lang }),
    })
  }

  it('GEN-3: sets the admin’s language cookie; an account language for messages follows', async () => {
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: staffId, data: { language: 'zh-TW' } })
    const res = await switchTo('en')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/^payload-lng=en; Path=\//)
    const user = await payload.findByID({ collection: 'users', id: staffId })
    expect(user.language).toBe('en')
    const back = await switchTo('zh-TW')
    expect(back.headers.get('set-cookie')).toMatch(/^payload-lng=zh-TW;/)
    expect((await payload.findByID({ collection: 'users', id: staffId })).language).toBe('zh-TW')
  })

  it('GEN-3: an account that follows the screen keeps following it (no language is written)', async () => {
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: staffId, data: { language: null } })
    expect((await switchTo('en')).status).toBe(200)
    expect(
      (await payload.findByID({ collection: 'users', id: staffId })).language ?? null,
    ).toBeNull()
  })

  it('GEN-3: a language other than zh-TW or en is refused with 400', async () => {
    for (const bad of ['fr', '', null, { en: true }]) expect((await switchTo(bad)).status).toBe(400)
  })

  it('GEN-3: the office page follows the switch: one language on the page', async () => {
    const en = await page('/office/import', 'en')
    expect(en.status).toBe(200)
    expect(en.html).toContain('Import the sales office register')
    expect(en.html).not.toContain('匯入售樓部住戶資料')
    expect(en.html).toContain('<title>Estate office</title>')
    const zh = await page('/office/import', 'zh-TW')
    expect(zh.html).toContain('匯入售樓部住戶資料')
    expect(zh.html).not.toContain('Import the sales office register')
  })
})

describe('staff: reading the procedures (GEN-6, issue 8)', () => {
  async function sections(lang: 'zh-TW' | 'en') {
    const res = await fetch(
      `${inject('baseURL')}/api/procedures?sort=order&limit=50&depth=0&locale=${lang}`,
      {
        headers: { Authorization: `JWT ${token}`, 'Accept-Language': lang },
      },
    )
    expect(res.status).toBe(200)
    const { docs } = (await res.json()) as {
      docs: { key: string; numberingNote?: string | null }[]
    }
    return Object.fromEntries(docs.map((d) => [d.key, d.numberingNote ?? null]))
  }

  it('GEN-6: a section says where the source skips (七) or repeats (五), in the reader’s language; a regular one says nothing', async () => {
    const en = await sections('en')
    expect(en.mail).toBe('The source has no section (七): its numbering goes from (六) to (八).')
    expect(en['home-visits']).toContain('The source numbers 2 sections (五); this is the first')
    expect(en.subscriptions).toContain('this is the second')
    expect(en['staff-on-duty']).toBeNull()
    const zh = await sections('zh-TW')
    expect(zh.mail).toBe('原文沒有（七）節：編號由（六）直接跳至（八）。')
    expect(zh['staff-on-duty']).toBeNull()
  })
})
