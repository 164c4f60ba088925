import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { PASSWORD } from './support'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

type Estate = {
  id: number
  staff: (roles: string[]) => Promise<{ email: string; password: string }>
}

/**
 * An estate of the test's own: its boards hear of nothing but the test's records, and the test
 * leaves nothing waiting on other tests' boards.
 */
async function newEstate(request: APIRequestContext): Promise<Estate> {
  const admin = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  const headers = { Authorization: `JWT ${admin.token}` }
  const code = `V${randomUUID().replace(/-/g, '').slice(0, 5).toUpperCase()}`
  const made = await request.post('/api/estates', {
    headers,
    data: {
      name: '即時苑',
      nameEn: 'Live Court',
      code,
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    },
  })
  expect(made.status()).toBe(201)
  const id = (await made.json()).doc.id as number
  return {
    id,
    staff: async (roles) => {
      const email = `live-${roles.join('-')}-${randomUUID().slice(0, 8)}@test.example`
      const res = await request.post('/api/users', {
        headers,
        data: {
          email,
          password: PASSWORD,
          name: `Live ${roles.join('+')}`,
          memberships: [{ estate: id, roles }],
        },
      })
      expect(res.status()).toBe(201)
      return { email, password: PASSWORD }
    },
  }
}

async function staffPage(
  browser: Browser,
  estate: Estate,
  roles: string[],
  lang: 'zh-TW' | 'en' = 'zh-TW',
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang })
  await context.addCookies([{ name: 'payload-lng', value: lang, url: 'http://127.0.0.1' }])
  const page = await context.newPage()
  const who = await estate.staff(roles)
  expect((await page.request.post('/api/users/login', { data: who })).ok()).toBe(true)
  return page
}

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  )
}

/** Counts the board reads a page makes from now on. */
function countReads(page: Page, path: string) {
  let reads = 0
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === path) reads++
  })
  return () => reads
}

test.describe('guard and cs, side by side', () => {
  test('VIS-1, VIS-2: the CS board shows the guard’s request within 1 s, pushed: no reload, no 2 s polling', async ({
    browser,
    request,
  }) => {
    const estate = await newEstate(request)
    const gate = await staffPage(browser, estate, ['guard'])
    const cs = await staffPage(browser, estate, ['cs'])
    await gate.goto('/office/gate')
    await cs.goto('/office/visitors')
    // The badge says "live" only once the board's event stream is open.
    await expect(cs.getByRole('status').getByText('即時更新', { exact: true })).toBeVisible()
    await cs.waitForTimeout(1_000)
    const reads = countReads(cs, '/api/visitor-requests/board')
    await cs.waitForTimeout(4_500)
    // With the stream open (and nothing changing) the board does not poll every 2 seconds.
    expect(reads()).toBe(0)

    for (let i = 0; i < 3; i++) {
      const surname = `推${randomUUID().slice(0, 4)}`
      await gate.getByLabel('訪客姓氏').fill(surname)
      await gate.getByRole('radio', { name: '部門' }).check()
      const sent = Date.now()
      await gate.getByRole('button', { name: '通知客服' }).click()
      await expect(cs.getByText(surname, { exact: true })).toBeVisible({ timeout: 1_000 })
      expect(Date.now() - sent).toBeLessThan(1_000)
      await expect(gate.getByText('已通知客服，請訪客稍候。')).toBeVisible()
    }
    await cs.screenshot({ path: 'test-results/screens/live-cs-board.zh-TW.png', fullPage: true })
    await expectAxeClean(cs)
    await gate.context().close()
    await cs.context().close()
  })

  test('GEN-3: the English board says it is live, and says so truthfully when the stream is refused', async ({
    browser,
    request,
  }) => {
    const cs = await staffPage(browser, await newEstate(request), ['cs'], 'en')
    await cs.goto('/office/visitors')
    await expect(cs.getByRole('status').getByText('Live', { exact: true })).toBeVisible()
    await expectAxeClean(cs)
    await cs.screenshot({ path: 'test-results/screens/live-cs-board.en.png', fullPage: true })
    // A board whose stream is refused polls at the old rate and says so.
    await cs.route('**/api/live/visitors', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"errors":[]}' }),
    )
    await cs.reload()
    await expect(cs.getByRole('status').getByText('Updating every 2 seconds')).toBeVisible()
    const reads = countReads(cs, '/api/visitor-requests/board')
    await cs.waitForTimeout(4_500)
    expect(reads()).toBeGreaterThanOrEqual(2)
    await expectAxeClean(cs)
    await cs.screenshot({ path: 'test-results/screens/live-cs-board-polling.en.png' })
    // The permits board in English, live.
    await cs.goto('/office/permits')
    await expect(cs.getByRole('status').getByText('Live', { exact: true })).toBeVisible()
    await expectAxeClean(cs)
    await cs.screenshot({ path: 'test-results/screens/live-permits.en.png' })
    await cs.context().close()
  })
})

test.describe('resident', () => {
  test('VIS-2: the host resident’s page shows a visitor at the gate within 1 s, on a phone, in both languages', async ({
    browser,
    request,
  }) => {
    const estate = await newEstate(request)
    const office = await estate.staff(['admin'])
    const admin = (await (await request.post('/api/users/login', { data: office })).json())
      .token as string
    const asAdmin = { Authorization: `JWT ${admin}` }
    const unit = `${10 + Math.floor(Math.random() * 80)}-${String(Date.now() % 100000).padStart(5, '0')}`
    const household = (
      await (await request.post('/api/households', { headers: asAdmin, data: { unit } })).json()
    ).doc.id
    const email = `resident-${randomUUID().slice(0, 8)}@test.example`
    const made = await request.post('/api/residents', {
      headers: asAdmin,
      data: { email, password: 'E2e-resident-pass-1', name: '何美玲', household },
    })
    expect(made.ok()).toBe(true)
    const guard = await estate.staff(['guard'])
    const guardToken = (await (await request.post('/api/users/login', { data: guard })).json())
      .token as string

    for (const [lang, live] of [
      ['zh-TW', '此頁即時更新：訪客一到即會顯示。'],
      ['en', 'This page updates live: a visitor shows here as soon as they ask.'],
    ] as const) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: lang,
      })
      await context.addCookies([{ name: 'portal-lang', value: lang, url: 'http://127.0.0.1' }])
      const page = await context.newPage()
      const signedIn = await page.request.post('/api/residents/login', {
        data: { email, password: 'E2e-resident-pass-1' },
      })
      expect(signedIn.ok()).toBe(true)
      await page.goto('/portal/visitors')
      await expect(page.getByText(live)).toBeVisible()
      const surname = `門${randomUUID().slice(0, 4)}`
      const sent = Date.now()
      const asked = await request.post('/api/visitor-requests', {
        headers: { Authorization: `JWT ${guardToken}` },
        data: { surname, organisation: '順豐', hostHousehold: household },
      })
      expect(asked.ok()).toBe(true)
      await expect(page.getByRole('heading', { name: new RegExp(surname) })).toBeVisible({
        timeout: 1_000,
      })
      expect(Date.now() - sent).toBeLessThan(1_500)
      await expectAxeClean(page)
      await page.screenshot({
        path: `test-results/screens/live-portal.${lang}.png`,
        fullPage: true,
      })
      await context.close()
    }
  })
})

test.describe('permit roles', () => {
  test('PMT-2: the permits board shows a new permit and another role’s step within 1 s, without a reload', async ({
    browser,
    request,
  }) => {
    const estate = await newEstate(request)
    const finance = await staffPage(browser, estate, ['finance'])
    await finance.goto('/office/permits')
    await expect(finance.getByRole('status').getByText('即時更新', { exact: true })).toBeVisible()

    const department = await staffPage(browser, estate, ['engineering'])
    const photo = await department.request.post('/api/permit-photos', {
      multipart: { _payload: '{}', file: { name: 'w.png', mimeType: 'image/png', buffer: PNG } },
    })
    expect(photo.ok()).toBe(true)
    const company = `即時工程 ${randomUUID().slice(0, 4)}`
    let sent = Date.now()
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
    const card = finance.getByRole('listitem').filter({ hasText: company })
    await expect(card).toBeVisible({ timeout: 1_000 })
    expect(Date.now() - sent).toBeLessThan(1_500)

    // Customer service receives it elsewhere: finance's button to record the payment appears.
    const cs = await estate.staff(['cs'])
    const login = await request.post('/api/users/login', { data: cs })
    const token = (await login.json()).token as string
    sent = Date.now()
    const received = await request.patch(`/api/work-permits/${(await made.json()).doc.id}`, {
      headers: { Authorization: `JWT ${token}` },
      data: { step: 'received' },
    })
    expect(received.ok()).toBe(true)
    await expect(card.getByText('客服已接收')).toBeVisible({ timeout: 1_000 })
    await expect(card.getByRole('button', { name: `記錄收費 · ${company}` })).toBeVisible()
    expect(Date.now() - sent).toBeLessThan(1_500)
    await expectAxeClean(finance)
    await finance.screenshot({
      path: 'test-results/screens/live-permits.zh-TW.png',
      fullPage: true,
    })
    await department.context().close()
    await finance.context().close()
  })
})
