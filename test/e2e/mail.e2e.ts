import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { readQrCode } from '../support/qr'
import { estateByCode, makeStaffByApi } from './support'

test.use({ locale: 'zh-TW', viewport: { width: 1280, height: 900 } })

/** A drawn signature as the kiosk sends it (a 1×1 PNG stands in). */
const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function adminToken(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  return (await login.json()).token as string
}

/** A household with two members and a portal account for the first, made by the admin. */
async function householdWithResident(request: APIRequestContext, token: string) {
  const auth = { Authorization: `JWT ${token}` }
  const unit = `${10 + Math.floor(Math.random() * 80)}-${String(Date.now() % 100000).padStart(5, '0')}`
  const household = await request.post('/api/households', { headers: auth, data: { unit } })
  expect(household.ok()).toBe(true)
  const id = (await household.json()).doc.id
  const members = []
  for (const name of ['馬可欣', '馬志遠']) {
    const res = await request.post('/api/members', {
      headers: auth,
      data: {
        household: id,
        name,
        relationship: name === '馬可欣' ? 'owner' : 'spouse',
        gender: 'female',
      },
    })
    expect(res.ok()).toBe(true)
    members.push((await res.json()).doc)
  }
  const email = `resident-${randomUUID().slice(0, 8)}@test.example`
  const resident = await request.post('/api/residents', {
    headers: auth,
    data: {
      email,
      password: 'E2e-resident-pass-1',
      name: '馬可欣',
      household: id,
      member: members[0].id,
    },
  })
  expect(resident.ok()).toBe(true)
  return { unit, id, members, email }
}

async function kioskKey(request: APIRequestContext, token: string, name: string) {
  const apiKey = randomUUID()
  const estate = await estateByCode(request, token, 'SG')
  const res = await request.post('/api/kiosks', {
    headers: { Authorization: `JWT ${token}` },
    data: { name, enableAPIKey: true, apiKey, estate },
  })
  expect(res.ok()).toBe(true)
  return apiKey
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.getByLabel('電子郵件').fill(who.email)
  await page.getByLabel('密碼').fill(who.password)
  await page.getByRole('button', { name: '登入' }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}

async function sign(page: Page) {
  const box = (await page.getByTestId('signature-pad').boundingBox())!
  await page.mouse.move(box.x + 30, box.y + 80)
  await page.mouse.down()
  for (let i = 1; i <= 20; i++)
    await page.mouse.move(box.x + 30 + i * 12, box.y + 80 + Math.sin(i) * 30)
  await page.mouse.up()
}

test.describe('mail from the gate to the kiosk', () => {
  test('MAIL-1 MAIL-2 MAIL-3 MAIL-5: a guard hands over 5 items declared as 6, CS must note the mismatch, records them, the resident’s e-mail carries a QR that picks the mail up once', async ({
    page,
    request,
    browser,
  }) => {
    const token = await adminToken(request)
    const home = await householdWithResident(request, token)
    const guard = await makeStaffByApi(request, ['guard'], '保安 李先生')
    const cs = await makeStaffByApi(request, ['cs'], '客服 黃小姐')

    // The guard hands the batch over in the admin panel: post office, 6 items declared.
    await signIn(page, guard)
    await page.goto('/admin/collections/mail-batches/create')
    await page.getByLabel(/保安申報件數/).fill('6')
    await page
      .getByRole('button', { name: /儲存|Save/ })
      .first()
      .click()
    await expect(page.getByText(/已成功建立|successfully/)).toBeVisible()
    await page.context().clearCookies()

    // CS counts 5 with the guard: the difference must be explained before signing.
    await signIn(page, cs)
    await page.goto('/office/mail')
    await page.getByRole('link', { name: '點數及簽收' }).first().click()
    await page.getByLabel('點算件數').fill('5')
    await expect(page.getByRole('status').filter({ hasText: '不符' })).toBeVisible()
    await sign(page)
    await page.getByRole('button', { name: '確認點數並簽收' }).click()
    await expect(page.getByRole('alert').filter({ hasText: '件數不符' })).toBeVisible()
    await page.getByLabel('件數不符說明').fill('保安誤將一份傳單計入')
    await page.getByRole('button', { name: '確認點數並簽收' }).click()
    await expect(page.getByRole('heading', { name: /登記郵件/ })).toBeVisible()
    await expect(page.getByText('保安誤將一份傳單計入')).toBeVisible()
    expect(
      (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id),
    ).toEqual([])

    // Five items from the keyboard: unit, Enter, addressee, kind, Enter.
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('單元').fill(home.unit)
      await page.getByLabel('單元').press('Enter')
      await expect(page.getByLabel('收件人', { exact: true })).toBeEnabled()
      if (i === 4)
        await page.getByLabel('收件人', { exact: true }).selectOption({ label: '馬志遠' })
      if (i === 0) await page.getByLabel('包裹').check()
      await page.getByLabel(/追蹤編號/).fill(`SF${Date.now()}${i}`)
      await page.getByLabel(/追蹤編號/).press('Enter')
      if (i < 4) await expect(page.getByRole('status').filter({ hasText: '已登記' })).toBeVisible()
    }
    await expect(page.getByText('此批點算的郵件已全部登記。')).toBeVisible()
    await page.screenshot({
      path: 'test-results/screens/office-mail-batch.zh-TW.png',
      fullPage: true,
    })

    // The resident's e-mail, read from the outbox: its QR image reads as the pickup code.
    const auth = { Authorization: `JWT ${token}` }
    // The notices are stored by a job the cron runs within seconds; the browser tests' server
    // runs no crons, so the queue is run here, as an admin may.
    const ran = await request.get('/api/payload-jobs/run?limit=100', { headers: auth })
    expect(ran.ok(), await ran.text()).toBe(true)
    const outbox = await request.get(
      `/api/notifications?where[to][equals]=${encodeURIComponent(home.email)}&sort=-createdAt&depth=0`,
      { headers: auth },
    )
    // One e-mail per addressee: 馬志遠 has no account of his own, so the household's account is told too.
    const all = (await outbox.json()).docs as { id: number; body: string }[]
    expect(all).toHaveLength(2)
    const messages = all.filter((m) => m.body.startsWith('馬可欣'))
    expect(messages).toHaveLength(1)
    const preview = await browser.newPage()
    await preview.setExtraHTTPHeaders(auth)
    await preview.goto(`/api/notifications/${messages[0].id}/preview`)
    const qrImage = await preview.getByRole('img', { name: /QR/ }).screenshot()
    const code = await readQrCode(qrImage)
    expect(code).toMatch(/^\d{10}$/)
    expect(messages[0].body).toContain(code!.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3'))
    await preview.close()

    // At the lobby kiosk (1080×1920, touch) the resident types the code read from the e-mail's
    // QR, sees their 4 items, signs; a second kiosk trying the same item is refused.
    const first = await kioskKey(request, token, 'Lobby A')
    const second = await kioskKey(request, token, 'Lobby B')
    const kioskContext = await browser.newContext({
      viewport: { width: 1080, height: 1920 },
      hasTouch: true,
      locale: 'zh-TW',
    })
    const kiosk = await kioskContext.newPage()
    await kiosk.addInitScript((key) => window.localStorage.setItem('kiosk.apiKey', key), first)
    await kiosk.goto('/kiosk')
    await kiosk.getByRole('button', { name: /領取郵件/ }).click()
    for (const digit of code!) {
      await kiosk
        .getByRole('group', { name: /數字鍵盤/ })
        .getByRole('button', { name: digit, exact: true })
        .click()
    }
    await kiosk.getByRole('button', { name: '查詢郵件' }).click()
    await expect(kiosk.getByText(/馬可欣有\s*4\s*件郵件/)).toBeVisible()
    await kiosk.getByRole('button', { name: '下一步：簽名' }).click()
    await sign(kiosk)
    await kiosk.getByRole('button', { name: '確認領取' }).click()
    await expect(kiosk.getByText(/已領取\s*4\s*件/)).toBeVisible()
    await kiosk.screenshot({ path: 'test-results/screens/kiosk-mail-done.zh-TW.png' })
    await kioskContext.close()
    const lookup = await request.post('/api/mail-items/lookup', {
      headers: { Authorization: `kiosks API-Key ${second}` },
      data: { code },
    })
    expect(lookup.status()).toBe(404)
    const { docs: taken } = await (
      await request.get(
        `/api/mail-items?where[household][equals]=${home.id}&where[member][equals]=${home.members[0].id}&depth=0`,
        { headers: auth },
      )
    ).json()
    expect(taken.map((i: { status: string }) => i.status)).toEqual(Array(4).fill('picked-up'))
    const again = await request.post('/api/mail-items/pickup', {
      headers: { Authorization: `kiosks API-Key ${second}`, 'Idempotency-Key': randomUUID() },
      data: { code, items: [taken[0].id], signature: SIGNATURE },
    })
    expect(again.status()).toBe(409)
    expect((await again.json()).errors[0].data.code).toBe('mail.already-picked-up')

    // The month's register shows the pickups with the signature.
    await page.goto('/office/mail/register')
    await expect(page.getByRole('img', { name: /簽名：馬可欣/ })).toHaveCount(4)
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({
      path: 'test-results/screens/office-mail-register.zh-TW.png',
      fullPage: true,
    })
  })
})

test.describe('resident: mail in the portal', () => {
  test('MAIL-3 MAIL-4 MAIL-6: sees waiting mail with its QR code, authorises a delegate, holds mail while away; WCAG 2.2 AA in both languages on a phone', async ({
    browser,
    request,
  }) => {
    const token = await adminToken(request)
    const home = await householdWithResident(request, token)
    const cs = await makeStaffByApi(request, ['cs'], '客服 郭先生')
    const login = await request.post('/api/users/login', { data: cs })
    const csAuth = { Authorization: `JWT ${(await login.json()).token}` }
    const batch = await request.post('/api/mail-batches', {
      headers: csAuth,
      data: { declaredCount: 1 },
    })
    const batchId = (await batch.json()).doc.id
    const accept = await request.post(`/api/mail-batches/${batchId}/accept`, {
      headers: csAuth,
      data: {
        countedCount: 1,
        signature: SIGNATURE,
      },
    })
    expect(accept.ok()).toBe(true)
    const item = await request.post('/api/mail-items', {
      headers: csAuth,
      data: { batch: batchId, household: home.id, member: home.members[0].id, kind: 'parcel' },
    })
    const code = (await item.json()).doc.pickupCode

    for (const lang of ['zh-TW', 'en'] as const) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: lang,
      })
      await context.addCookies([{ name: 'portal-lang', value: lang, url: 'http://127.0.0.1' }])
      const page = await context.newPage()
      await page.goto('/portal/login')
      const signedIn = await page.request.post('/api/residents/login', {
        data: { email: home.email, password: 'E2e-resident-pass-1' },
      })
      expect(signedIn.ok()).toBe(true)
      await page.goto('/portal/mail')
      await expect(page.getByRole('img', { name: /馬可欣/ })).toBeVisible()
      await expect(
        page.getByText(code.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3')),
      ).toBeVisible()
      if (lang === 'zh-TW') {
        const until = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10)
        await page.getByLabel('代領人全名').fill('黃師傅')
        await page.getByLabel('有效期至（最後一日）').fill(until)
        await page.getByRole('button', { name: '新增授權' }).click()
        await expect(page.getByText(/黃師傅 可代 馬可欣 領取/)).toBeVisible()
        await page.getByLabel('至（最後一日）', { exact: true }).fill(until)
        await page.getByRole('button', { name: '暫存郵件' }).click()
        await expect(page.getByText(/暫存：/)).toBeVisible()
      }
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze()
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([])
      await page.screenshot({
        path: `test-results/screens/portal-mail.${lang}.png`,
        fullPage: true,
      })
      await context.close()
    }
  })
})

test.describe('staff: cs at the mail desk', () => {
  test('GEN-3: the mail desk, desk pickup and register read in both languages and pass axe (WCAG 2.2 AA)', async ({
    page,
    request,
  }) => {
    const cs = await makeStaffByApi(request, ['cs'], '客服 區小姐')
    await signIn(page, cs)
    for (const lang of ['zh', 'en'] as const) {
      await page
        .context()
        .addCookies([{ name: 'payload-lng', value: lang, url: new URL(page.url()).origin }])
      for (const [name, path] of [
        ['desk', '/office/mail'],
        ['pickup', '/office/mail/pickup'],
        ['register', '/office/mail/register'],
      ] as const) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          {
            desk: { zh: '郵件櫃枱', en: 'Mail desk' },
            pickup: { zh: '櫃枱領取', en: 'Pickup at the desk' },
            register: { zh: /郵件領取登記冊/, en: /Mail pickup register/ },
          }[name][lang],
        )
        const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze()
        expect(
          axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
        ).toEqual([])
        await page.screenshot({
          path: `test-results/screens/office-mail-${name}.${lang}.png`,
          fullPage: true,
        })
      }
    }
    // A wrong code at the desk says why, in the page's language.
    await page.goto('/office/mail/pickup')
    await page.getByLabel('Pickup code').fill('1234')
    await page.getByRole('button', { name: 'Find' }).click()
    await expect(page.getByRole('alert').filter({ hasText: '10 digits' })).toBeVisible()
  })
})
