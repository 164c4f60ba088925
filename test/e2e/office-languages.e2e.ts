import { randomUUID } from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { PASSWORD } from './support'

test.use({ viewport: { width: 1280, height: 900 } })

const PAGES = [
  '/office/mail',
  '/office/mail/pickup',
  '/office/mail/register',
  '/office/complaints',
  '/office/complaints/report',
  '/office/gate',
  '/office/visitors',
  '/office/visitors/inside',
  '/office/permits',
  '/office/subscriptions/register',
  '/office/subscriptions/charges',
]

/**
 * Staff of an estate of their own: the pages then show only words of the page, not other tests'
 * records (a resident's name is written as the register has it, in whichever script).
 */
async function staffOfNewEstate(request: APIRequestContext) {
  const admin = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  const headers = { Authorization: `JWT ${admin.token}` }
  const code = `L${randomUUID().replace(/-/g, '').slice(0, 5).toUpperCase()}`
  const estate = await request.post('/api/estates', {
    headers,
    data: {
      name: '單語苑',
      nameEn: 'One Tongue Court',
      code,
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    },
  })
  expect(estate.status()).toBe(201)
  const email = `one-language-${randomUUID().slice(0, 8)}@test.example`
  const staff = await request.post('/api/users', {
    headers,
    data: {
      email,
      password: PASSWORD,
      name: 'cs',
      memberships: [
        { estate: (await estate.json()).doc.id, roles: ['cs', 'guard', 'supervisor', 'finance'] },
      ],
    },
  })
  expect(staff.status()).toBe(201)
  return { email, password: PASSWORD }
}

/** GEN-3, issue 8: the office pages without a record id, read in one language at a time. */
for (const lang of ['en', 'zh-TW'] as const) {
  test(`GEN-3: every office page reads in ${lang} only (the language switch's own names aside)`, async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const staff = await staffOfNewEstate(request)
    const { token } = await (await request.post('/api/users/login', { data: staff })).json()
    await context.addCookies([
      { name: 'payload-token', value: token, url: baseURL! },
      { name: 'payload-lng', value: lang, url: baseURL! },
    ])
    for (const path of PAGES) {
      await page.goto(path)
      await page.waitForLoadState('networkidle').catch(() => undefined)
      expect(new URL(page.url()).pathname, 'not sent elsewhere').toBe(path)
      const switchText = await page.locator('header.office-header').innerText()
      const text = (await page.locator('body').innerText()).replace(switchText, '')
      // English pages: no Chinese characters; Chinese pages: no English words.
      const other = lang === 'en' ? text.match(/[\u4e00-\u9fff]+/g) : text.match(/[A-Za-z]{4,}/g)
      expect(other ?? [], path).toEqual([])
      await page.screenshot({
        path: `test-results/screens/office${path.replaceAll('/', '-')}.${lang}.png`,
        fullPage: true,
      })
    }
  })
}
