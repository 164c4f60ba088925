/**
 * Work permit cards (issue 10, PMT-4) in Chromium: a permit of three workers, verified by
 * Security, prints as three ID-1 cards with photos and masked ID numbers on one A4 page; the
 * permits board shows the work period and links to the sheet; axe-clean in both languages.
 * Screenshots of the board, the sheet and its print are kept in test-results/screens to look at.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Browser, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { makeStaffByApi } from './support'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const WORKERS = [
  { name: '陳大文', idNumber: 'A123456(7)', masked: 'A123****(7)', colour: '#7a9cc6' },
  { name: '李志明', idNumber: 'B234567(8)', masked: 'B234****(8)', colour: '#c69a7a' },
  {
    name: '張家豪',
    idNumber: '11010519491231002X',
    masked: '1101**********002X',
    colour: '#8cc67a',
  },
]
const WORDS = {
  'zh-TW': {
    admin: '列印施工許可證卡（A4）',
    board: '施工許可證',
    print: '列印證卡',
    kind: '施工許可證',
    period: '2026年12月1日至2026年12月31日',
  },
  en: {
    admin: 'Print the permit cards (A4)',
    board: 'Work permits',
    print: 'Print the cards',
    kind: 'Work permit',
    period: '1 Dec 2026 – 31 Dec 2026',
  },
} as const

/** A portrait photo (300 × 400) of one colour, standing in for a worker's. */
const photoOf = (colour: string) =>
  sharp({ create: { width: 300, height: 400, channels: 3, background: colour } })
    .png()
    .toBuffer()

async function staffPage(browser: Browser, roles: string[], lang: string, phone = false) {
  const context = await browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    locale: lang,
  })
  await context.addCookies([{ name: 'payload-lng', value: lang, url: 'http://127.0.0.1' }])
  const page = await context.newPage()
  const who = await makeStaffByApi(page.request, roles, `Cards ${roles.join('+')}`)
  expect((await page.request.post('/api/users/login', { data: who })).ok()).toBe(true)
  return page
}

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  )
}

/** A permit of the three workers, submitted by engineering and taken up to `verified`. */
async function verifiedPermit(browser: Browser, lang: string, company: string) {
  const department = await staffPage(browser, ['engineering'], lang)
  const workers = []
  for (const w of WORKERS) {
    const photo = await department.request.post('/api/permit-photos', {
      multipart: {
        _payload: '{}',
        file: { name: 'worker.png', mimeType: 'image/png', buffer: await photoOf(w.colour) },
      },
    })
    expect(photo.ok()).toBe(true)
    workers.push({ name: w.name, idNumber: w.idNumber, photo: (await photo.json()).doc.id })
  }
  const made = await department.request.post('/api/work-permits', {
    data: {
      department: 'engineering',
      company,
      personInCharge: '黃工頭',
      fee: 300,
      validFrom: '2026-12-01',
      validUntil: '2026-12-31',
      workers,
    },
  })
  expect(made.ok(), await made.text()).toBe(true)
  const id = (await made.json()).doc.id as number
  await department.context().close()
  const handler = await staffPage(browser, ['cs', 'finance', 'security'], lang)
  for (const [step, extra] of [
    ['received'],
    ['paid', { receiptNumber: 'R-CARD-1' }],
    ['receipt-returned'],
    ['verified'],
  ] as [string, Record<string, string>?][]) {
    const res = await handler.request.patch(`/api/work-permits/${id}`, { data: { step, ...extra } })
    expect(res.ok(), `${step}: ${await res.text()}`).toBe(true)
  }
  return { id, handler }
}

const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length

for (const lang of ['zh-TW', 'en'] as const) {
  const w = WORDS[lang]
  test(`PMT-4: a verified permit of 3 workers prints 3 cards with photos and masked ID numbers on one A4 page, axe clean (${lang})`, async ({
    browser,
  }) => {
    const company = `卡片工程 ${lang} ${Date.now() % 10000}`
    const { id, handler: page } = await verifiedPermit(browser, lang, company)

    // The board: the work period, and the link to the sheet for the handler.
    await page.goto('/office/permits')
    const card = page.getByRole('listitem').filter({ hasText: company })
    await expect(card.getByText(w.period)).toBeVisible()
    await page.screenshot({ path: `test-results/screens/permit-board-${lang}.png`, fullPage: true })
    await card.getByRole('link', { name: w.print }).click()
    await expect(page).toHaveURL(new RegExp(`/office/permits/${id}/cards$`))

    const sheet = page.getByRole('list', { name: new RegExp(`WP-0*${id}`) })
    const cards = sheet.getByRole('listitem')
    await expect(cards).toHaveCount(3)
    for (const [i, worker] of WORKERS.entries()) {
      const one = cards.nth(i)
      await expect(one.getByText(worker.name)).toBeVisible()
      await expect(one.getByText(worker.masked)).toBeVisible()
      await expect(one.getByText(w.kind, { exact: true })).toBeVisible()
      await expect(one.getByText(company)).toBeVisible()
      await expect(one.getByText(w.period)).toBeVisible()
      const photo = one.getByRole('img')
      await expect(photo).toBeVisible()
      expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240)
    }
    for (const worker of WORKERS)
      await expect(page.getByText(worker.idNumber.slice(0, 7))).toHaveCount(0)
    // Each card is exactly ID-1 size: 85.6 × 54 mm at 96 px per inch.
    const box = await cards.first().boundingBox()
    expect(Math.round(box!.width)).toBe(Math.round((85.6 / 25.4) * 96))
    expect(Math.round(box!.height)).toBe(Math.round((54 / 25.4) * 96))
    await expectAxeClean(page)
    await page.screenshot({ path: `test-results/screens/permit-cards-${lang}.png`, fullPage: true })

    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1)
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 794, height: 1123 })
    await page.screenshot({
      path: `test-results/screens/permit-cards-print-${lang}.png`,
      fullPage: true,
    })
    // The permit in the admin: its work period and the link to the sheet.
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`/admin/collections/work-permits/${id}`)
    await expect(page.getByRole('link', { name: w.admin })).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('#field-validFrom input')).not.toHaveValue('')
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `test-results/screens/permit-admin-${lang}.png`, fullPage: true })
    await page.context().close()
  })
}

test('PMT-4: a guard gets the 404 page for the card sheet, and no photo (en)', async ({
  browser,
}) => {
  const { id, handler } = await verifiedPermit(
    browser,
    'en',
    `卡片工程 guard ${Date.now() % 10000}`,
  )
  await handler.context().close()
  const guard = await staffPage(browser, ['guard'], 'en')
  const res = await guard.goto(`/office/permits/${id}/cards`)
  expect(res?.status()).toBe(404)
  await expect(guard.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(guard.getByRole('img')).toHaveCount(0)
  await guard.context().close()
})
