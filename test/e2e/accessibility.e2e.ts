import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { makeStaffByApi } from './support'

/** WCAG 2.2 A/AA rules that axe-core can check automatically. */
async function expectNoViolations(page: Page, name: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(found, name).toEqual([])
}

async function setupHousehold(request: import('@playwright/test').APIRequestContext) {
  const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  const headers = { Authorization: `JWT ${token}` }
  const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
  const household = (await (await request.post('/api/households', { headers, data: { unit } })).json()).doc
  await request.post('/api/members', {
    headers,
    data: { household: household.id, name: '余家樂', gender: 'male', relationship: 'owner' },
  })
  const email = `a11y-${Date.now()}@test.example`
  await request.post('/api/residents', {
    headers,
    data: { email, password: 'A11y-password-1', name: '余家樂', household: household.id },
  })
  return { household, email, password: 'A11y-password-1' }
}

/** What a person reading each language sees: the page's language and its headings. */
const WORDS = {
  'zh-TW': {
    htmlLang: 'zh-Hant-TW',
    portalLogin: '登入住戶網上服務',
    portalHome: '住戶網上服務',
    office: ['匯入售樓部住戶資料', '業戶出入證簽收單', '移交出入證'],
  },
  en: {
    htmlLang: 'en',
    portalLogin: 'Sign in to the resident portal',
    portalHome: 'Resident portal',
    office: ['Import the sales office register', 'Access pass sign-for receipt', 'Hand over passes'],
  },
} as const

for (const lang of ['zh-TW', 'en'] as const) {
  test.describe(`resident (${lang})`, () => {
    test.use({ viewport: { width: 390, height: 844 }, locale: lang })

    test(`GEN-3: the portal's login and household pages pass the automated WCAG 2.2 AA checks in ${lang}`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const { email, password } = await setupHousehold(request)
      await context.addCookies([{ name: 'portal-lang', value: lang, url: baseURL! }])
      await page.goto('/portal/login')
      await expect(page.locator('html')).toHaveAttribute('lang', WORDS[lang].htmlLang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS[lang].portalLogin)
      await expectNoViolations(page, 'portal login')
      await page.locator('input[type="email"]').fill(email)
      await page.locator('input[type="password"]').fill(password)
      await page.locator('form button[type="submit"]').click()
      await page.waitForURL((url) => url.pathname === '/portal')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS[lang].portalHome)
      await expect(page.locator('html')).toHaveAttribute('lang', WORDS[lang].htmlLang)
      await expectNoViolations(page, 'portal household')
    })
  })

  test.describe(`staff: cs (${lang})`, () => {
    test.use({ viewport: { width: 1280, height: 900 } })

    test(`GEN-3: the office's import, receipt and handover pages pass the automated WCAG 2.2 AA checks in ${lang}`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const { household } = await setupHousehold(request)
      const staff = await makeStaffByApi(request, ['cs'], 'A11y cs')
      const { token } = await (await request.post('/api/users/login', { data: staff })).json()
      await context.addCookies([
        { name: 'payload-token', value: token, url: baseURL! },
        { name: 'payload-lng', value: lang, url: baseURL! },
      ])
      const paths = ['/office/import', `/office/households/${household.id}/receipt`, `/office/households/${household.id}/handover`]
      for (const [i, path] of paths.entries()) {
        await page.goto(path)
        await expect(page.locator('html')).toHaveAttribute('lang', WORDS[lang].htmlLang)
        await expect(page.getByRole('heading', { level: 1 })).toContainText(WORDS[lang].office[i]!)
        await page.screenshot({ path: `test-results/screens/office${path.replaceAll('/', '-').replace(/-\d+-/, '-')}.${lang}.png`, fullPage: true })
        await expectNoViolations(page, path)
      }
    })
  })
}
