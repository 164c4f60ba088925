import { expect, test } from '@playwright/test'

import { makeStaffByApi } from './support'

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

/** GEN-3, issue 8: the office pages without a record id, read in one language at a time. */
for (const lang of ['en', 'zh-TW'] as const) {
  test(`GEN-3: every office page reads in ${lang} only (the language switch's own names aside)`, async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const staff = await makeStaffByApi(request, ['cs', 'guard', 'supervisor', 'finance'], 'cs')
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
