import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { makeStaffByApi } from './support'

/**
 * Newspaper subscriptions end to end (SUB-1 … SUB-7): a resident orders in the portal on a phone,
 * cs confirms with the supplier in the admin, the resident signs the letter on screen, a
 * supervisor approves, cs orders, and the month's register shows it; a post-office cancellation
 * is marked there, a CNPIEC one is refused. Every new page passes axe's WCAG 2.2 AA checks in
 * both languages; screenshots go to tmp/screenshots/ to be looked at.
 */

const RESIDENT_PASSWORD = 'E2e-resident-password-1'
const PHONE = { width: 390, height: 844 }
const DESK = { width: 1280, height: 900 }
const SHOTS = 'tmp/screenshots'
const tag = () => randomBytes(3).toString('hex')

/** This month and the next in the estates' time zone (Asia/Shanghai), as YYYY-MM. */
function months() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date())
  const y = Number(parts.find((p) => p.type === 'year')!.value)
  const m = Number(parts.find((p) => p.type === 'month')!.value)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return { thisMonth: `${y}-${String(m).padStart(2, '0')}`, nextMonth: next }
}

async function expectNoViolations(page: Page, name: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(found, name).toEqual([])
}

async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

async function tokenOf(request: APIRequestContext, email: string, password: string) {
  const res = await request.post('/api/users/login', { data: { email, password } })
  return { Authorization: `JWT ${(await res.json()).token}` }
}

/** A household with a portal account and two titles on offer, made by the bootstrap admin. */
async function setup(request: APIRequestContext) {
  const admin = await tokenOf(request, E2E_ADMIN.email, E2E_ADMIN.password)
  const post = async (path: string, data: Record<string, unknown>) => {
    const res = await request.post(path, { headers: admin, data })
    if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`)
    return (await res.json()).doc
  }
  const id = tag()
  const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
  const household = await post('/api/households', { unit })
  await post('/api/members', {
    household: household.id,
    name: '何志強',
    gender: 'male',
    relationship: 'owner',
  })
  const email = `subs-${id}@test.example`
  await post('/api/residents', {
    email,
    password: RESIDENT_PASSWORD,
    name: '何志強',
    household: household.id,
  })
  const daily = await post('/api/publications', {
    title: `羊城晚報 ${id}`,
    category: 'newspaper',
    supplier: 'post-office',
    supplierEmail: 'orders@post.example',
    monthlyPrice: 25,
  })
  const magazine = await post('/api/publications', {
    title: `經濟學人 ${id}`,
    category: 'magazine',
    supplier: 'cnpiec',
    monthlyPrice: 118,
  })
  return { household, unit, email, daily, magazine }
}

async function portalLogin(browser: Browser, baseURL: string, email: string, lang: string) {
  const context = await browser.newContext({ viewport: PHONE, locale: lang })
  await context.addCookies([{ name: 'portal-lang', value: lang, url: baseURL }])
  const page = await context.newPage()
  await page.goto('/portal/login')
  await page.locator('input[type="email"]').fill(email)
  await page.locator('input[type="password"]').fill(RESIDENT_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/portal')
  return page
}

async function adminLogin(browser: Browser, email: string, password: string, lang = 'zh-TW') {
  const context = await browser.newContext({ viewport: DESK, locale: lang })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('input[type="email"]').fill(email)
  await page.locator('input[type="password"]').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return page
}

/** Draws a short stroke in the signature box, as a finger would. */
async function drawSignature(page: Page) {
  const pad = page.getByTestId('signature-pad').first()
  await pad.scrollIntoViewIfNeeded()
  const box = (await pad.boundingBox())!
  await page.mouse.move(box.x + 30, box.y + box.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 30 + i * 15, box.y + box.height / 2 + (i % 2 ? -25 : 25), {
      steps: 2,
    })
  }
  await page.mouse.up()
}

/** Clicks the admin's move button, accepting its “are you sure?”. */
async function makeMove(page: Page, label: string) {
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: label, exact: true }).click()
}

test('SUB-1…SUB-7: a resident orders in the portal, cs confirms, the resident signs, a supervisor approves, cs orders; the register shows it, marks a post-office cancellation and a CNPIEC one is refused', async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const { thisMonth, nextMonth } = months()
  const { unit, email, daily, magazine, household } = await setup(request)
  const csAccount = await makeStaffByApi(request, ['cs'], '客服 黃小姐')
  const supervisorAccount = await makeStaffByApi(request, ['supervisor'], '主管 梁先生')

  // SUB-1: the resident orders the daily paper in the portal, on a phone.
  const resident = await portalLogin(browser, baseURL!, email, 'zh-TW')
  await resident.getByRole('link', { name: '報刊訂閱' }).click()
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText('報刊訂閱')
  await resident.getByLabel('刊物', { exact: true }).selectOption(String(daily.id))
  await resident.getByLabel('訂閱月數', { exact: true }).fill('3')
  await resident.getByRole('button', { name: '提交訂閱' }).click()
  await expect(resident.getByRole('status')).toContainText(`已提交「${daily.title}」的訂閱`)
  const card = resident.getByRole('listitem').filter({ hasText: daily.title }).first()
  await expect(card).toContainText('已申請')
  await shoot(resident, 'portal-subscriptions-ordered-zh-TW')

  const cs = await adminLogin(browser, csAccount.email, csAccount.password)
  const csHeaders = await tokenOf(request, csAccount.email, csAccount.password)
  const found = await (
    await request.get(
      `/api/subscriptions?where[household][equals]=${household.id}&where[publication][equals]=${daily.id}&depth=0`,
      { headers: csHeaders },
    )
  ).json()
  const subscriptionId = found.docs[0].id
  expect(found.docs[0]).toMatchObject({ channel: 'portal', monthlyFee: 25, status: 'requested' })

  // SUB-2: cs confirms availability and price with the supplier, in the admin.
  await cs.goto(`/admin/collections/subscriptions/${subscriptionId}`)
  await makeMove(cs, '已向供應商確認')
  await expect(cs.getByRole('button', { name: '已向供應商確認' })).toHaveCount(0)
  await expect(cs.getByRole('link', { name: '業戶在櫃檯簽署確認書' })).toBeVisible()
  // The title is the unit and the title of the paper, written by the server.
  await expect(cs.getByText(`${unit} · ${daily.title}`).first()).toBeVisible()
  await shoot(cs, 'admin-subscription-zh-TW')
  await cs.goto('/admin/collections/subscriptions')
  await expect(cs.getByRole('link', { name: '本月報刊登記冊' })).toBeVisible()
  await expect(cs.getByText(`${unit} · ${daily.title}`).first()).toBeVisible()
  await shoot(cs, 'admin-subscriptions-list-zh-TW')
  await cs.goto(`/admin/collections/subscriptions/${subscriptionId}`)

  // SUB-3: the resident reads the letter (period, fee, minimum, cancellation rule) and signs it.
  await resident.reload()
  await expect(card).toContainText('報刊訂閱確認書')
  await expect(card).toContainText('每月費用')
  await expect(card).toContainText('訂閱期最少 1 個月。')
  await expect(card).toContainText('郵局訂閱可以退訂')
  await expect(card).toContainText('授權管理處按月收取每月費用')
  await expectNoViolations(resident, 'portal subscriptions: letter to sign (zh-TW)')
  await shoot(resident, 'portal-subscriptions-letter-zh-TW')
  await card.getByRole('button', { name: '簽署確認書' }).click()
  await expect(card.getByRole('alert')).toHaveText('請先在框內簽名。')
  await drawSignature(resident)
  await card.getByRole('button', { name: '簽署確認書' }).click()
  await expect(card).toContainText('已簽確認書')
  await expect(card).toContainText('請購單正等待主管批核')

  // SUB-4: cs is offered no approval; the supervisor approves the requisition.
  await cs.reload()
  await expect(cs.getByRole('button', { name: '批准請購' })).toHaveCount(0)
  const supervisor = await adminLogin(browser, supervisorAccount.email, supervisorAccount.password)
  await supervisor.goto(`/admin/collections/subscriptions/${subscriptionId}`)
  await makeMove(supervisor, '批准請購')
  await expect(supervisor.getByRole('button', { name: '批准請購' })).toHaveCount(0)

  // SUB-5: cs places the order.
  await cs.reload()
  await makeMove(cs, '已下單訂購')
  await expect(cs.getByRole('button', { name: '已下單訂購' })).toHaveCount(0)
  await expect(cs.getByRole('button', { name: '開始派送' })).toBeVisible()

  // SUB-6: next month's register lists the title, period and unit; the charges list the unit.
  await cs.goto(`/office/subscriptions/register?month=${nextMonth}`)
  const newspapers = cs.getByRole('region', { name: '報紙' })
  await expect(newspapers.getByRole('heading', { name: new RegExp(daily.title) })).toBeVisible()
  const row = cs.getByRole('row').filter({ hasText: unit })
  await expect(row).toContainText('已訂購')
  await expect(row).toContainText('25')
  await cs.goto(`/office/subscriptions/charges?month=${nextMonth}`)
  await expect(cs.getByRole('row').filter({ hasText: daily.title })).toContainText('25')

  // The CNPIEC magazine, ordered through the API by the same office.
  const sup = await tokenOf(request, supervisorAccount.email, supervisorAccount.password)
  const cn = await (
    await request.post('/api/subscriptions', {
      headers: csHeaders,
      data: { household: household.id, publication: magazine.id, months: 6, channel: 'phone' },
    })
  ).json()
  const cnPath = `/api/subscriptions/${cn.doc.id}`
  for (const [path, method, data, headers] of [
    [cnPath, 'patch', { status: 'confirmed-by-supplier' }, csHeaders],
    [`${cnPath}/sign`, 'post', { signedByName: '何志強', signature: SMALL_PNG }, csHeaders],
    [cnPath, 'patch', { status: 'approved' }, sup],
    [
      cnPath,
      'patch',
      { status: 'ordered', quantity: 1, quantityConfirmationSentAt: new Date().toISOString() },
      csHeaders,
    ],
  ] as const) {
    const res = await request[method](path, { headers, data })
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200)
  }

  // SUB-7: the resident cancels the post-office paper with a signed notice in the portal …
  await resident.reload()
  await expect(card).toContainText('已訂購')
  await card.getByRole('button', { name: '退訂此刊物' }).click()
  await card.getByLabel('最後派送月份').selectOption(thisMonth)
  await card.getByRole('checkbox').check()
  await drawSignature(resident)
  await expectNoViolations(resident, 'portal subscriptions: cancellation notice (zh-TW)')
  await shoot(resident, 'portal-subscriptions-cancel-zh-TW')
  await card.getByRole('button', { name: '簽署並退訂' }).click()
  await expect(card).toContainText('已退訂')

  // … while the CNPIEC magazine offers no cancellation and is refused as prepaid.
  const magazineCard = resident.getByRole('listitem').filter({ hasText: magazine.title }).first()
  await expect(magazineCard).toContainText('此訂閱已向供應商預付，不可退訂。')
  await expect(magazineCard.getByRole('button', { name: '退訂此刊物' })).toHaveCount(0)
  const refused = await resident.request.post(`${cnPath}/cancel`, {
    headers: { 'Accept-Language': 'zh-TW', Origin: baseURL! },
    data: {
      lastMonth: nextMonth,
      datesConfirmed: true,
      signedByName: '何志強',
      signature: SMALL_PNG,
    },
  })
  expect(refused.status()).toBe(409)
  expect((await refused.json()).errors[0].message).toContain('只有郵局訂閱可以退訂')
  await cs.goto(`/office/subscriptions/${cn.doc.id}/cancel`)
  await expect(cs.locator('main [role="alert"]')).toContainText('只有郵局訂閱可以退訂')
  await shoot(resident, 'portal-subscriptions-after-zh-TW')

  // The register marks the cancellation conspicuously; the magazine is still delivered.
  await cs.goto(`/office/subscriptions/register?month=${nextMonth}`)
  const cancelledRow = cs.getByRole('row').filter({ hasText: unit }).filter({ hasText: '已退訂' })
  await expect(cancelledRow.locator('.cancel-mark')).toContainText('已退訂：本月停止派送')
  const magazines = cs.getByRole('region', { name: '雜誌' })
  await expect(magazines.getByRole('row').filter({ hasText: unit })).toContainText('已訂購')
  await cs.emulateMedia({ media: 'print' })
  await cs.setViewportSize({ width: 794, height: 1123 })
  await shoot(cs, 'office-register-print-cancelled-zh-TW')
  await cs.emulateMedia({ media: 'screen' })

  // The supplier was told in writing, through the outbox.
  const papers = await cs.goto(`/office/subscriptions/${subscriptionId}`)
  expect(papers?.status()).toBe(200)
  await expect(cs.getByText('經寄件匣電郵通知供應商')).toBeVisible()
})

const SMALL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

/** An order walked to `until` through the API, for the pages that show each state. */
async function orderThrough(
  request: APIRequestContext,
  cs: Record<string, string>,
  supervisor: Record<string, string>,
  household: number,
  publication: number,
  until: 'confirmed-by-supplier' | 'ordered',
) {
  const created = await (
    await request.post('/api/subscriptions', {
      headers: cs,
      data: { household, publication, months: 3, channel: 'in-person' },
    })
  ).json()
  const path = `/api/subscriptions/${created.doc.id}`
  await request.patch(path, { headers: cs, data: { status: 'confirmed-by-supplier' } })
  if (until === 'ordered') {
    await request.post(`${path}/sign`, {
      headers: cs,
      data: { signedByName: '何志強', signature: SMALL_PNG },
    })
    await request.patch(path, { headers: supervisor, data: { status: 'approved' } })
    const ordered = await request.patch(path, {
      headers: cs,
      data: {
        status: 'ordered',
        quantity: 1,
        quantityConfirmationSentAt: new Date().toISOString(),
      },
    })
    expect(ordered.status()).toBe(200)
  }
  return created.doc.id as number
}

for (const lang of ['zh-TW', 'en'] as const) {
  test(`GEN-3: the subscription pages pass the automated WCAG 2.2 AA checks in ${lang}, on a phone and at the desk`, async ({
    browser,
    request,
    baseURL,
  }) => {
    test.setTimeout(180_000)
    const { nextMonth } = months()
    const { household, email, daily, magazine } = await setup(request)
    const csAccount = await makeStaffByApi(request, ['cs'], 'CS Wong')
    const supervisorAccount = await makeStaffByApi(request, ['supervisor'], 'Supervisor Leung')
    const csHeaders = await tokenOf(request, csAccount.email, csAccount.password)
    const sup = await tokenOf(request, supervisorAccount.email, supervisorAccount.password)
    const toSign = await orderThrough(
      request,
      csHeaders,
      sup,
      household.id,
      daily.id,
      'confirmed-by-supplier',
    )
    const running = await orderThrough(
      request,
      csHeaders,
      sup,
      household.id,
      magazine.id,
      'ordered',
    )
    const postOffice = await orderThrough(
      request,
      csHeaders,
      sup,
      household.id,
      daily.id,
      'ordered',
    )

    const resident = await portalLogin(browser, baseURL!, email, lang)
    await resident.goto('/portal')
    await expectNoViolations(resident, `portal home (${lang})`)
    await resident.goto('/portal/subscriptions')
    await expect(resident.locator('html')).toHaveAttribute(
      'lang',
      lang === 'en' ? 'en' : 'zh-Hant-TW',
    )
    await expect(resident.getByRole('heading', { level: 1 })).toHaveText(
      lang === 'en' ? 'Newspapers and magazines' : '報刊訂閱',
    )
    await expectNoViolations(resident, `portal subscriptions (${lang})`)
    await shoot(resident, `portal-subscriptions-${lang}`)
    // The order form's own refusal, announced beside the field.
    await resident
      .getByRole('button', { name: lang === 'en' ? 'Send the order' : '提交訂閱' })
      .click()
    await expect(
      resident.getByText(lang === 'en' ? 'Choose a title.' : '請選擇刊物。').last(),
    ).toBeVisible()
    await expectNoViolations(resident, `portal order form with errors (${lang})`)

    const cs = await adminLogin(browser, csAccount.email, csAccount.password, lang)
    await cs.context().addCookies([{ name: 'payload-lng', value: lang, url: baseURL! }])
    for (const [path, name] of [
      [`/office/subscriptions/register?month=${nextMonth}`, 'register'],
      [`/office/subscriptions/charges?month=${nextMonth}`, 'charges'],
      [`/office/subscriptions/${running}`, 'papers'],
      [`/office/subscriptions/${toSign}/sign`, 'desk-sign'],
      [`/office/subscriptions/${postOffice}/cancel`, 'desk-cancel'],
    ] as const) {
      const res = await cs.goto(path)
      expect(res?.status(), path).toBe(200)
      await expect(cs.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-Hant-TW')
      await expectNoViolations(cs, `office ${name} (${lang})`)
      if (name === 'register') {
        await cs.emulateMedia({ media: 'print' })
        await cs.setViewportSize({ width: 794, height: 1123 })
        await shoot(cs, `office-register-print-${lang}`)
        await cs.emulateMedia({ media: 'screen' })
        await cs.setViewportSize(DESK)
      } else {
        await shoot(cs, `office-${name}-${lang}`)
      }
    }
  })
}
