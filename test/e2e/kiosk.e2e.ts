/**
 * The lobby kiosk (`/kiosk`) on a 1080×1920 touch screen: pairing with a real kiosk key, the
 * language switch, idleness, the offline banner and the mail pickup screens, each checked with
 * axe-core (WCAG 2.2 AA) in both languages (GEN-3).
 *
 * The mail endpoints' replies are routed to canned ones (`page.route`) where a test needs a
 * particular answer (a lost reply, a 409, a 429); the mail engineer's e2e covers the real ones.
 */
import { randomUUID } from 'node:crypto'
import { AxeBuilder } from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, type Route, test } from '@playwright/test'

import type { MailLookupReply, MailPickupReply } from '../../src/domain/kiosk/api'
import { E2E_ADMIN } from '../../playwright.config'
import { readQrCode } from '../support/qr'
import { makeStaffByApi } from './support'

/** A tiny valid PNG (1×1), as a signature pad would send. */
const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true })

async function expectNoViolations(page: Page, name: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(found, name).toEqual([])
}

/** The message of a refusal or failure on the screen (an alert, like the offline banner). */
const alertOn = (page: Page) => page.getByRole('alert').and(page.locator('.kiosk-error'))
const offlineBanner = (page: Page) => page.getByRole('alert').and(page.locator('.kiosk-offline'))

async function adminHeaders(request: APIRequestContext) {
  const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  return { Authorization: `JWT ${token}` }
}

/** A kiosk record with its API key enabled, made by the estate admin through REST. */
async function makeKioskByApi(request: APIRequestContext) {
  const headers = await adminHeaders(request)
  const apiKey = randomUUID()
  const res = await request.post('/api/kiosks', {
    headers,
    data: { name: `Lobby ${apiKey.slice(0, 6)}`, location: 'Tower 1', enableAPIKey: true, apiKey },
  })
  if (!res.ok()) throw new Error(`could not create a kiosk: ${res.status()} ${await res.text()}`)
  const kiosk = (await res.json()).doc
  const estateId = typeof kiosk.estate === 'object' ? kiosk.estate?.id : kiosk.estate
  const found = await request.get(`/api/estates/${estateId}?depth=0`, { headers })
  if (!found.ok())
    throw new Error(`no estate for the kiosk: ${found.status()} ${await found.text()}`)
  const estate = (await found.json()) as { name: string; nameEn: string | null }
  return { id: kiosk.id as number, apiKey, estate, headers }
}

/**
 * Mail waiting for a new household's first member, as the office records it: a guard hands a
 * batch over, customer service counts and signs it, then records each item (and its pickup code).
 */
async function waitingMailByApi(request: APIRequestContext, kinds: string[]) {
  const guard = await makeStaffByApi(request, ['guard'], '保安')
  const cs = await makeStaffByApi(request, ['cs'], '客服')
  const tokenOf = async (who: { email: string; password: string }) =>
    (await (await request.post('/api/users/login', { data: who })).json()).token as string
  const guardAuth = { Authorization: `JWT ${await tokenOf(guard)}` }
  const csAuth = { Authorization: `JWT ${await tokenOf(cs)}` }
  const ok = async (res: import('@playwright/test').APIResponse) => {
    if (!res.ok()) throw new Error(`${res.url()}: ${res.status()} ${await res.text()}`)
    return res.json()
  }
  const addressee = '陳大文'
  const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
  const household = (
    await ok(await request.post('/api/households', { headers: csAuth, data: { unit } }))
  ).doc
  const member = (
    await ok(
      await request.post('/api/members', {
        headers: csAuth,
        data: { household: household.id, name: addressee, gender: 'male', relationship: 'owner' },
      }),
    )
  ).doc
  const batch = (
    await ok(
      await request.post('/api/mail-batches', {
        headers: guardAuth,
        data: { source: 'post-office', declaredCount: kinds.length },
      }),
    )
  ).doc
  await ok(
    await request.post(`/api/mail-batches/${batch.id}/accept`, {
      headers: csAuth,
      data: { countedCount: kinds.length, signature: SIGNATURE_PNG },
    }),
  )
  const items = []
  for (const kind of kinds) {
    items.push(
      (
        await ok(
          await request.post('/api/mail-items', {
            headers: csAuth,
            data: { batch: batch.id, household: household.id, member: member.id, kind },
          }),
        )
      ).doc,
    )
  }
  return {
    addressee,
    code: items[0].pickupCode as string,
    ids: items.map((i) => i.id as number),
    csAuth,
  }
}

/** The items' statuses as the office reads them. */
async function mailStatuses(
  request: APIRequestContext,
  mail: { ids: number[]; csAuth: Record<string, string> },
) {
  const statuses = []
  for (const id of mail.ids) {
    const doc = await (
      await request.get(`/api/mail-items/${id}?depth=0`, { headers: mail.csAuth })
    ).json()
    statuses.push(doc.status as string)
  }
  return statuses
}

/** The device already paired (as after the pairing test): its key in localStorage. */
async function pairedPage(page: Page, apiKey: string) {
  await page.addInitScript((key) => window.localStorage.setItem('kiosk.apiKey', key), apiKey)
}

const LOOKUP: MailLookupReply = {
  addressee: '陳大文',
  count: 3,
  items: [
    { id: 101, kind: 'letter' },
    { id: 102, kind: 'parcel' },
    { id: 103, kind: 'letter' },
  ],
}

const refusal = (status: number, code: string, message: string) => ({
  status,
  json: { errors: [{ message, data: { code } }] },
})

async function typeCode(page: Page, code: string) {
  for (const digit of code) {
    await page
      .getByRole('group', { name: /數字鍵盤|Number keys/ })
      .getByRole('button', { name: digit, exact: true })
      .click()
  }
}

async function sign(page: Page) {
  const box = (await page.getByTestId('signature-pad').boundingBox())!
  await page.mouse.move(box.x + 60, box.y + box.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 60 + i * 40, box.y + box.height / 2 + (i % 2 ? 40 : -40))
  }
  await page.mouse.up()
}

test.describe('pairing', () => {
  test('GEN-5: a device is paired with a kiosk key (never a staff login), checked by a heartbeat', async ({
    page,
    request,
  }) => {
    const kiosk = await makeKioskByApi(request)
    await page.goto('/kiosk')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('配對此自助機')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW')
    await expectNoViolations(page, 'pairing zh-TW')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pair this kiosk')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expectNoViolations(page, 'pairing en')

    await page.getByLabel('API key').fill('not-a-real-key')
    await page.getByRole('button', { name: 'Pair', exact: true }).click()
    await expect(alertOn(page)).toContainText('This key is not valid')
    await expectNoViolations(page, 'pairing refused en')

    await page.getByLabel('API key').fill(kiosk.apiKey)
    await page.getByRole('button', { name: 'Pair', exact: true }).click()
    await expect(page.getByRole('button', { name: /Collect mail/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      kiosk.estate.nameEn || kiosk.estate.name,
    )
    expect(await page.evaluate(() => localStorage.getItem('kiosk.apiKey'))).toBe(kiosk.apiKey)

    // The server recorded the contact (shown in the admin list).
    const record = await (
      await request.get(`/api/kiosks/${kiosk.id}?depth=0`, { headers: kiosk.headers })
    ).json()
    expect(record.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(Date.now() - Date.parse(record.lastSeenAt)).toBeLessThan(60_000)

    // A restart keeps the pairing, and opens in Chinese.
    await page.reload()
    await expect(page.getByRole('button', { name: /領取郵件/ })).toBeVisible()

    // A key disabled by the admin sends the device back to pairing at its next heartbeat.
    await request.patch(`/api/kiosks/${kiosk.id}`, {
      headers: kiosk.headers,
      data: { enableAPIKey: false },
    })
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('配對此自助機')
    await expect(alertOn(page)).toContainText('金鑰已失效')
    expect(await page.evaluate(() => localStorage.getItem('kiosk.apiKey'))).toBeNull()
  })
})

test.describe('admin', () => {
  test.use({ viewport: { width: 1280, height: 1000 }, hasTouch: false })

  test('the estate admin sees the kiosk’s key as a QR code to scan, and its last contact and version', async ({
    page,
    request,
    context,
    baseURL,
  }) => {
    const kiosk = await makeKioskByApi(request)
    await request.post('/api/kiosks/heartbeat', {
      headers: { Authorization: `kiosks API-Key ${kiosk.apiKey}` },
      data: { version: '9.8.7' },
    })
    const token = kiosk.headers.Authorization.replace('JWT ', '')
    await context.addCookies([{ name: 'payload-token', value: token, url: baseURL! }])
    await page.goto(`/admin/collections/kiosks/${kiosk.id}`)
    await page.getByRole('button', { name: /顯示配對二維碼|Show pairing QR code/ }).click()
    const qr = page.getByRole('img', { name: /API 金鑰的二維碼|QR code of this kiosk’s API key/ })
    await expect(qr).toBeVisible()
    expect(await readQrCode(await qr.screenshot())).toBe(kiosk.apiKey)
    await expect(page.getByLabel(/App version|程式版本/)).toHaveValue('9.8.7')
    await page.screenshot({ path: 'tmp/kiosk-shots/admin-kiosk-record.png', fullPage: true })
    await page.goto('/admin/collections/kiosks')
    await expect(page.getByText('9.8.7').first()).toBeVisible()
    await page.screenshot({ path: 'tmp/kiosk-shots/admin-kiosk-list.png' })
  })
})

test.describe('start screen', () => {
  test('GEN-3: Chinese by default, English on the switch, the estate and the time; WCAG 2.2 AA', async ({
    page,
    request,
  }) => {
    const kiosk = await makeKioskByApi(request)
    await pairedPage(page, kiosk.apiKey)
    await page.goto('/kiosk')
    const collect = page.getByRole('button', { name: /領取郵件/ })
    await expect(collect).toBeVisible()
    await expect(collect).toContainText('Collect mail')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(kiosk.estate.name)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('請選擇服務')
    await expect(page.locator('time')).toHaveText(/^\d\d:\d\d$/)
    await expectNoViolations(page, 'start zh-TW')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Choose a service')
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expectNoViolations(page, 'start en')
    // Every target is big (≥ 48 px; these are far bigger).
    for (const button of await page.getByRole('button').all()) {
      const box = (await button.boundingBox())!
      expect(box.height, await button.innerText()).toBeGreaterThanOrEqual(48)
      expect(box.width, await button.innerText()).toBeGreaterThanOrEqual(48)
    }
  })

  test('offline: a clear banner from the browser’s state, gone when it is back', async ({
    page,
    context,
    request,
  }) => {
    const kiosk = await makeKioskByApi(request)
    await pairedPage(page, kiosk.apiKey)
    await page.goto('/kiosk')
    await expect(page.getByRole('button', { name: /領取郵件/ })).toBeVisible()
    await expect(page.getByText('未能連線')).toHaveCount(0)
    await context.setOffline(true)
    const banner = offlineBanner(page)
    await expect(banner).toContainText('未能連線 — Offline')
    await expectNoViolations(page, 'offline zh-TW')
    // A lookup that cannot reach the server says so, and never pretends anything happened.
    await page.getByRole('button', { name: /領取郵件/ }).click()
    await typeCode(page, '1234567890')
    await page.getByRole('button', { name: '查詢郵件' }).click()
    await expect(page.locator('.kiosk-error')).toHaveText('未能連接管理處系統，請稍後再試。')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(offlineBanner(page)).toContainText('Offline — 未能連線')
    await expectNoViolations(page, 'offline en')
    await context.setOffline(false)
    await expect(page.getByText('Offline — 未能連線')).toHaveCount(0)
  })

  test('offline: a server that does not answer shows the banner too', async ({ page, request }) => {
    const kiosk = await makeKioskByApi(request)
    await pairedPage(page, kiosk.apiKey)
    await page.route('**/api/mail-items/lookup', (route) => route.abort('connectionrefused'))
    await page.goto('/kiosk')
    await page.getByRole('button', { name: /領取郵件/ }).click()
    await typeCode(page, '1234567890')
    await page.getByRole('button', { name: '查詢郵件' }).click()
    await expect(offlineBanner(page)).toBeVisible()
  })
})

test.describe('idle (WCAG 2.2.1)', () => {
  test('asks "continue?" after a minute with a countdown, then goes back to start and forgets the person', async ({
    page,
    request,
  }) => {
    const kiosk = await makeKioskByApi(request)
    await page.clock.install()
    await pairedPage(page, kiosk.apiKey)
    await page.route('**/api/mail-items/lookup', (route) => route.fulfill({ json: LOOKUP }))
    await page.goto('/kiosk')
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('button', { name: /Collect mail/ }).click()
    await typeCode(page, '1234567890')
    await page.getByRole('button', { name: 'Find my mail' }).click()
    await expect(page.getByText('3 items for 陳大文: 2 letters, 1 parcel')).toBeVisible()

    await page.clock.fastForward(59_000)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await page.clock.fastForward(2_000)
    const dialog = page.getByRole('dialog', { name: 'Are you still there?' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText(/in (19|20) s/)
    await expectNoViolations(page, 'idle prompt en')
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.getByText('3 items for 陳大文: 2 letters, 1 parcel')).toBeVisible()

    // Left alone again: the prompt, then the start screen, in Chinese, with nothing of theirs.
    await page.clock.fastForward(61_000)
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.clock.fastForward(21_000)
    await expect(page.getByRole('button', { name: /領取郵件/ })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW')
    await expect(page.getByText('陳大文')).toHaveCount(0)
    await page.getByRole('button', { name: /領取郵件/ }).click()
    await expect(page.getByLabel('領取碼（10 位數字）')).toHaveValue('')
  })

  test('in Chinese too, and the start screen itself returns to Chinese', async ({
    page,
    request,
  }) => {
    const kiosk = await makeKioskByApi(request)
    await page.clock.install()
    await pairedPage(page, kiosk.apiKey)
    await page.goto('/kiosk')
    await page.getByRole('button', { name: /領取郵件/ }).click()
    await typeCode(page, '12345')
    await page.clock.fastForward(61_000)
    const dialog = page.getByRole('dialog', { name: '您還在使用嗎？' })
    await expect(dialog).toBeVisible()
    await expectNoViolations(page, 'idle prompt zh-TW')
    await page.clock.fastForward(20_000)
    await expect(page.getByRole('button', { name: /領取郵件/ })).toBeVisible()
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Choose a service')
    await page.clock.fastForward(61_000)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('請選擇服務')
  })
})

test.describe('mail pickup (MAIL-4, MAIL-5)', () => {
  for (const lang of ['zh-TW', 'en'] as const) {
    test(`GEN-3: code, items, signature and done screens pass WCAG 2.2 AA in ${lang}; a lost answer is retried with the same Idempotency-Key and recorded once`, async ({
      page,
      request,
    }) => {
      const kiosk = await makeKioskByApi(request)
      const mail = await waitingMailByApi(request, ['letter', 'parcel', 'letter'])
      await pairedPage(page, kiosk.apiKey)
      const pickups: { key: string | null; body: Record<string, unknown>; lang: string | null }[] =
        []
      await page.route('**/api/mail-items/pickup', async (route: Route) => {
        pickups.push({
          key: route.request().headers()['idempotency-key'] ?? null,
          body: route.request().postDataJSON(),
          lang: route.request().headers()['accept-language'] ?? null,
        })
        // The first pickup reaches the server, but its answer is lost on the way back: the
        // kiosk must not say it is done, and the retry must not record it twice.
        const response = await route.fetch()
        if (pickups.length === 1) {
          expect(response.status()).toBe(200)
          return route.abort('connectionreset')
        }
        await route.fulfill({ response })
      })
      const words =
        lang === 'en'
          ? {
              collect: /Collect mail/,
              find: 'Find my mail',
              next: 'Next: sign',
              confirm: 'Confirm pickup',
              retry: 'Try again',
              code: 'Pickup code (10 digits)',
              unknown: 'No mail is waiting for this code',
              summary: `3 items for ${mail.addressee}: 2 letters, 1 parcel`,
              done: '2 items picked up',
            }
          : {
              collect: /領取郵件/,
              find: '查詢郵件',
              next: '下一步：簽名',
              confirm: '確認領取',
              retry: '再試一次',
              code: '領取碼（10 位數字）',
              unknown: '此領取碼沒有待領郵件',
              summary: `${mail.addressee}有 3 件郵件：2 封信件、1 件包裹`,
              done: '已領取 2 件',
            }

      await page.goto('/kiosk')
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
      await page.getByRole('button', { name: words.collect }).click()
      const field = page.getByLabel(words.code)
      await expect(field).toBeFocused()
      await expectNoViolations(page, `code ${lang}`)

      // A wrong code: the server's message, in the kiosk's language.
      const wrong = mail.code.startsWith('0') ? '1111111111' : '0000000000'
      await typeCode(page, wrong)
      await page.getByRole('button', { name: words.find }).click()
      await expect(alertOn(page)).toContainText(words.unknown)
      await expectNoViolations(page, `code refused ${lang}`)
      await page
        .getByRole('button', { name: lang === 'en' ? 'Clear all digits' : '清除全部數字' })
        .click()
      await expect(field).toHaveValue('')

      // A barcode scanner types into the focused field (with its own spacing) and presses Enter.
      await field.focus()
      await page.keyboard.type(
        `${mail.code.slice(0, 3)} ${mail.code.slice(3, 6)} ${mail.code.slice(6)}`,
      )
      await expect(field).toHaveValue(`${mail.code.slice(0, 5)} ${mail.code.slice(5)}`)
      await page.keyboard.press('Enter')
      await expect(page.getByText(words.summary)).toBeVisible()
      await expectNoViolations(page, `items ${lang}`)

      // Untick the parcel; say one collects for someone else, then think better of it.
      await page.getByLabel(lang === 'en' ? 'Parcel 1' : '包裹 1').uncheck()
      const forSomeone = page.getByLabel(
        lang === 'en' ? 'I am collecting for someone else' : '我代他人領取',
      )
      await forSomeone.check()
      await page.getByRole('button', { name: words.next }).click()
      await expect(alertOn(page)).toHaveText(lang === 'en' ? 'Type your name.' : '請輸入您的姓名。')
      await expectNoViolations(page, `items with delegate ${lang}`)
      await forSomeone.uncheck()
      await page.getByRole('button', { name: words.next }).click()

      await expect(page.getByTestId('signature-pad')).toBeVisible()
      await page.getByRole('button', { name: words.confirm }).click()
      await expect(alertOn(page)).toHaveText(lang === 'en' ? 'Please sign first.' : '請先簽名。')
      await sign(page)
      await expectNoViolations(page, `sign ${lang}`)
      await page.getByRole('button', { name: words.confirm }).click()
      await expect(alertOn(page)).toContainText(lang === 'en' ? 'did not answer' : '沒有回應')
      await expect(page.getByText(words.done)).toHaveCount(0)
      await expectNoViolations(page, `sign unanswered ${lang}`)
      await page.getByRole('button', { name: words.retry }).click()

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.done)
      await expectNoViolations(page, `done ${lang}`)
      expect(pickups).toHaveLength(2)
      expect(pickups[0]!.key).toMatch(/^[0-9a-f-]{36}$/)
      expect(pickups[1]!.key).toBe(pickups[0]!.key)
      expect(pickups[1]!.lang).toBe(lang)
      expect(pickups[1]!.body).toMatchObject({ code: mail.code, items: [mail.ids[0], mail.ids[2]] })
      expect(pickups[1]!.body).not.toHaveProperty('delegateName')
      expect(String(pickups[1]!.body.signature)).toMatch(/^data:image\/png;base64,/)

      // The server recorded the two letters once; the parcel still waits.
      const statuses = await mailStatuses(request, mail)
      expect(statuses).toEqual(['picked-up', 'waiting', 'picked-up'])
    })
  }

  test('MAIL-4, MAIL-5: an unauthorised delegate (403), mail picked up meanwhile at another kiosk (409) and too many codes (429) are said plainly', async ({
    page,
    request,
  }) => {
    const kiosk = await makeKioskByApi(request)
    const other = await makeKioskByApi(request)
    const mail = await waitingMailByApi(request, ['letter', 'parcel'])
    await pairedPage(page, kiosk.apiKey)
    const keys: string[] = []
    page.on('request', (req) => {
      if (req.url().endsWith('/api/mail-items/pickup')) keys.push(req.headers()['idempotency-key']!)
    })
    await page.goto('/kiosk')
    await page.getByRole('button', { name: /領取郵件/ }).click()
    await typeCode(page, mail.code)
    await page.getByRole('button', { name: '查詢郵件' }).click()
    await page.getByLabel('我代他人領取').check()
    await page.getByLabel(/您的姓名/).fill('張三')
    await page.getByRole('button', { name: '下一步：簽名' }).click()
    await sign(page)
    await page.getByRole('button', { name: '確認領取' }).click()
    await expect(alertOn(page)).toHaveText('「張三」沒有收件人的有效代領授權。')
    await expectNoViolations(page, 'delegate refused zh-TW')

    // Meanwhile the addressee collects everything at another kiosk.
    const elsewhere = await request.post('/api/mail-items/pickup', {
      headers: { Authorization: `kiosks API-Key ${other.apiKey}`, 'Idempotency-Key': randomUUID() },
      data: { code: mail.code, items: mail.ids, signature: SIGNATURE_PNG },
    })
    expect(elsewhere.status(), await elsewhere.text()).toBe(200)

    // Back to change the delegate: another pickup, another key; it was picked up already.
    await page.getByRole('button', { name: '返回' }).click()
    await page.getByLabel('我代他人領取').uncheck()
    await page.getByRole('button', { name: '下一步：簽名' }).click()
    await sign(page)
    await page.getByRole('button', { name: '確認領取' }).click()
    await expect(alertOn(page)).toContainText('此郵件已被領取')
    await expect(page.getByText('已領取 2 件')).toHaveCount(0)
    expect(keys).toHaveLength(2)
    expect(keys[1]).not.toBe(keys[0])

    await page.route('**/api/mail-items/lookup', (route) =>
      route.fulfill(refusal(429, 'mail.too-many-codes', '錯誤次數過多。')),
    )
    await page.getByRole('button', { name: '返回' }).click()
    await page.getByRole('button', { name: '返回' }).click()
    await typeCode(page, mail.code)
    await page.getByRole('button', { name: '查詢郵件' }).click()
    await expect(alertOn(page)).toHaveText('嘗試次數過多，請向管理處查詢。')
  })

  test('after a pickup the done screen returns to start by itself after about 10 s', async ({
    page,
    request,
  }) => {
    const kiosk = await makeKioskByApi(request)
    await page.clock.install()
    await pairedPage(page, kiosk.apiKey)
    await page.route('**/api/mail-items/lookup', (route) => route.fulfill({ json: LOOKUP }))
    await page.route('**/api/mail-items/pickup', (route) =>
      route.fulfill({
        json: {
          pickedUp: LOOKUP.items,
          count: 3,
          pickedUpAt: new Date().toISOString(),
          replayed: false,
        },
      }),
    )
    await page.goto('/kiosk')
    await page.getByRole('button', { name: /領取郵件/ }).click()
    await typeCode(page, '1234567890')
    await page.getByRole('button', { name: '查詢郵件' }).click()
    await page.getByRole('button', { name: '下一步：簽名' }).click()
    await sign(page)
    await page.getByRole('button', { name: '確認領取' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('已領取 3 件')
    await expect(page.getByText('2 封信件、1 件包裹')).toBeVisible()
    await page.clock.fastForward(11_000)
    await expect(page.getByRole('button', { name: /領取郵件/ })).toBeVisible()
  })
})
