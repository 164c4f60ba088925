import AxeBuilder from '@axe-core/playwright'
import { type Browser, expect, type Page, test } from '@playwright/test'

import { makeStaffByApi } from './support'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

async function staffPage(browser: Browser, roles: string[], lang = 'zh-TW') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang })
  await context.addCookies([{ name: 'payload-lng', value: lang, url: 'http://127.0.0.1' }])
  const page = await context.newPage()
  const who = await makeStaffByApi(page.request, roles, `Permit ${roles.join('+')}`)
  expect((await page.request.post('/api/users/login', { data: who })).ok()).toBe(true)
  return page
}

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  )
}

test('PMT-1 … PMT-3: a permit goes through all seven steps with the seven roles, the countdown visible', async ({
  browser,
}) => {
  const department = await staffPage(browser, ['engineering'])
  const photo = await department.request.post('/api/permit-photos', {
    multipart: {
      _payload: '{}',
      file: { name: 'worker.png', mimeType: 'image/png', buffer: PNG },
    },
  })
  expect(photo.ok()).toBe(true)
  const company = `信和工程 ${Date.now() % 10000}`
  const made = await department.request.post('/api/work-permits', {
    data: {
      department: 'engineering',
      company,
      personInCharge: '黃工頭',
      fee: 300,
      validFrom: '2026-12-01',
      validUntil: '2026-12-31',
      workers: [{ name: '陳大工', idNumber: 'C668899(3)', photo: (await photo.json()).doc.id }],
    },
  })
  expect(made.ok()).toBe(true)
  await department.goto('/office/permits')
  await expect(department.getByText(company)).toBeVisible()
  await expect(department.getByText('C668****(3)', { exact: false })).toBeVisible()
  await expect(department.getByText('C668899')).toHaveCount(0)
  await department.context().close()

  const chain: [string, string, string, string?][] = [
    ['cs', '接收', '客服已接收'],
    ['finance', '記錄收費', '財務已收費', 'R-2026-001'],
    ['cs', '交回收據', '客服已交回收據'],
    ['security', '核實', '安全部已核實'],
    ['cs', '蓋章', '客服已蓋章'],
    ['administration', '過膠', '行政部已過膠'],
    ['cs', '發出', '客服已發出'],
  ]
  for (const [i, [role, action, label, receipt]] of chain.entries()) {
    const page = await staffPage(browser, [role])
    await page.goto('/office/permits')
    const card = page.getByRole('listitem').filter({ hasText: company })
    await expect(card.getByText(/^\d{1,2}:\d{2}$/)).toBeVisible()
    if (i === 0) {
      await page.screenshot({
        path: 'test-results/screens/permits-board.zh-TW.png',
        fullPage: true,
      })
      await expectAxeClean(page)
    }
    if (receipt) await card.getByLabel('收據號碼').fill(receipt)
    await card.getByRole('button', { name: `${action} · ${company}` }).click()
    if (i < chain.length - 1) await expect(card.getByText(label, { exact: true })).toBeVisible()
    else await expect(page.getByText(company)).toHaveCount(0)
    await page.context().close()
  }

  const en = await staffPage(browser, ['cs'], 'en')
  await en.goto('/office/permits')
  await expect(en.getByRole('heading', { name: /Work permits/ })).toBeVisible()
  await expectAxeClean(en)
  await en.screenshot({ path: 'test-results/screens/permits-board.en.png', fullPage: true })
  await en.context().close()
})
