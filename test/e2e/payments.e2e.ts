import { AxeBuilder } from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { makeStaffByApi } from './support'

/** WCAG 2.2 A/AA rules that axe-core can check automatically. */
async function expectNoViolations(page: Page, name: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(found, name).toEqual([])
}

/** Pages in a PDF: each page object is `/Type /Page` (the tree's root is `/Type /Pages`). */
const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length

/** A household whose owner has two extra passes waiting for their fee (50 each), and a portal account. */
async function householdOwingTwo(request: APIRequestContext) {
  const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  const headers = { Authorization: `JWT ${token}` }
  const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
  const household = (
    await (await request.post('/api/households', { headers, data: { unit } })).json()
  ).doc
  const member = (
    await (
      await request.post('/api/members', {
        headers,
        data: { household: household.id, name: '林志強', gender: 'male', relationship: 'owner' },
      })
    ).json()
  ).doc
  const extra = []
  for (let i = 0; i < 2; i++) {
    const res = await request.post('/api/passes/request', { headers, data: { member: member.id } })
    expect(res.status()).toBe(201)
    extra.push((await res.json()).doc)
  }
  expect(extra.map((p) => p.fee)).toEqual([50, 50])
  await request.post('/api/residents', {
    headers,
    data: {
      email: `pay-${Date.now()}@test.example`,
      password: 'Pay-password-1',
      name: '林志強',
      household: household.id,
    },
  })
  return { household, extra }
}

const WORDS = {
  'zh-TW': {
    htmlLang: 'zh-Hant-TW',
    title: '收取出入證費用',
    total: '100\u00a0元',
    transfer: '轉賬',
    reference: /參考編號/,
    confirm: /確認收款/,
    recorded: /已收款，收據編號 R-\d{4}-\d{6}/,
    print: '列印收據',
    receipt: '出入證費用收據',
    method: '轉賬',
    report: '出入證費用報表',
  },
  en: {
    htmlLang: 'en',
    title: 'Take payment for passes',
    total: 'CNY\u00a0100.00',
    transfer: 'Bank transfer',
    reference: /Reference/,
    confirm: /Confirm payment/,
    recorded: /Payment recorded: receipt R-\d{4}-\d{6}/,
    print: 'Print the receipt',
    receipt: 'Payment receipt — access pass fees',
    method: 'Bank transfer',
    report: 'Pass fees report',
  },
} as const

for (const lang of ['zh-TW', 'en'] as const) {
  test.describe(`staff: cs (${lang})`, () => {
    test.use({ viewport: { width: 1280, height: 900 }, locale: lang })

    test(`PAS-3: a clerk takes the fees of two extra passes, prints a one-page receipt, and finance's report shows it (${lang})`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const w = WORDS[lang]
      const { household, extra } = await householdOwingTwo(request)
      const staff = await makeStaffByApi(
        request,
        ['cs'],
        lang === 'en' ? 'Clerk Chan' : '客服 陳小姐',
      )
      const { token } = await (await request.post('/api/users/login', { data: staff })).json()
      await context.addCookies([
        { name: 'payload-token', value: token, url: baseURL! },
        { name: 'payload-lng', value: lang, url: baseURL! },
      ])

      await page.goto(`/office/households/${household.id}/payment`)
      await expect(page.locator('html')).toHaveAttribute('lang', w.htmlLang)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(w.title)
      for (const pass of extra) {
        await expect(page.getByRole('checkbox', { name: new RegExp(pass.number) })).toBeChecked()
      }
      await expect(page.getByTestId('payment-total')).toHaveText(w.total)
      await expectNoViolations(page, 'payment page')
      await page.screenshot({
        path: `test-results/screens/office-payment.${lang}.png`,
        fullPage: true,
      })

      await page.getByRole('radio', { name: w.transfer }).check()
      await page.getByLabel(w.reference).fill('TX-2026-889')
      await page.getByRole('button', { name: w.confirm }).click()
      await expect(page.getByRole('status')).toContainText(w.recorded)
      await page.screenshot({
        path: `test-results/screens/office-payment-done.${lang}.png`,
        fullPage: true,
      })

      await page.getByRole('link', { name: w.print }).click()
      await page.waitForURL(/\/office\/payments\/\d+\/receipt$/)
      const receiptUrl = page.url()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.receipt)
      for (const pass of extra)
        await expect(page.getByRole('cell', { name: pass.number })).toBeVisible()
      await expect(page.getByText(w.total)).toBeVisible()
      await expect(page.getByText(w.method, { exact: true })).toBeVisible()
      await expect(page.getByText(lang === 'en' ? 'Clerk Chan' : '客服 陳小姐')).toBeVisible()
      await expectNoViolations(page, 'receipt page')
      await page.screenshot({
        path: `test-results/screens/office-payment-receipt.${lang}.png`,
        fullPage: true,
      })
      const pdf = await page.pdf({ format: 'A4', printBackground: true })
      expect(pdfPages(pdf)).toBe(1)

      // Paid now: the passes are owed no more, and the report counts today's payment.
      await page.goto(`/office/households/${household.id}/payment`)
      await expect(
        page.getByText(
          lang === 'en' ? 'This household owes no pass fees.' : '此住戶沒有尚欠的出入證費用。',
        ),
      ).toBeVisible()
      await page.goto('/office/payments/report')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.report)
      await expect(
        page.getByRole('link', { name: lang === 'en' ? 'Download CSV' : '下載 CSV' }).first(),
      ).toBeVisible()
      await expectNoViolations(page, 'report page')
      await page.screenshot({
        path: `test-results/screens/office-payment-report.${lang}.png`,
        fullPage: true,
      })
      // The admin lists payments with a link to the report, and each payment links to its receipt.
      await page.goto('/admin/collections/payments')
      await page.getByRole('link', { name: w.report }).waitFor()
      await page.screenshot({
        path: `test-results/screens/admin-payments.${lang}.png`,
        fullPage: true,
      })
      await page.goto(
        receiptUrl
          .replace('/office/payments/', '/admin/collections/payments/')
          .replace(/\/receipt$/, ''),
      )
      await expect(page.getByRole('link', { name: w.print })).toHaveAttribute(
        'href',
        new URL(receiptUrl).pathname,
      )
      await page.screenshot({
        path: `test-results/screens/admin-payment.${lang}.png`,
        fullPage: true,
      })

      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(`/office/payments/report`)
      await page.screenshot({
        path: `test-results/screens/office-payment-report.phone.${lang}.png`,
        fullPage: true,
      })
    })
  })
}
