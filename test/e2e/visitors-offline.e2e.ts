/**
 * VIS-4 with the network down: the gate board and the lobby kiosk keep their estate's offline
 * bundle; cut off from the server they admit a valid signed pass, refuse a revoked one with the
 * reason in the reader's language, say they are offline, and upload the check-in when the
 * connection returns, where it appears on the server once.
 */
import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { estateByCode, makeStaffByApi } from './support'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  )
}

async function adminToken(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  return (await login.json()).token as string
}

/** A household with a resident who gives three passes: valid, revoked, and valid again. */
async function passes(request: APIRequestContext) {
  const admin = { Authorization: `JWT ${await adminToken(request)}` }
  const unit = `${10 + Math.floor(Math.random() * 80)}-${String(Date.now() % 100000).padStart(5, '0')}`
  const household = await request.post('/api/households', { headers: admin, data: { unit } })
  const id = (await household.json()).doc.id
  const member = await request.post('/api/members', {
    headers: admin,
    data: { household: id, name: '林離線', relationship: 'owner', gender: 'male' },
  })
  const email = `offline-${randomUUID().slice(0, 8)}@test.example`
  await request.post('/api/residents', {
    headers: admin,
    data: {
      email,
      password: 'E2e-resident-pass-1',
      name: '林離線',
      household: id,
      member: (await member.json()).doc.id,
    },
  })
  const login = await request.post('/api/residents/login', {
    data: { email, password: 'E2e-resident-pass-1' },
  })
  const resident = { Authorization: `JWT ${(await login.json()).token}` }
  const give = async (visitorName: string) => {
    const made = await request.post('/api/visitor-passes', {
      headers: resident,
      data: {
        visitorName,
        validFrom: new Date(Date.now() - 3600_000).toISOString(),
        validUntil: new Date(Date.now() + 3 * 3600_000).toISOString(),
      },
    })
    expect(made.ok()).toBe(true)
    const passId = (await made.json()).doc.id
    const share = await request.get(`/api/visitor-passes/${passId}/share`, { headers: resident })
    return { id: passId as number, token: (await share.json()).token as string }
  }
  const valid = await give('訪客甲')
  const revoked = await give('訪客乙')
  const second = await give('訪客丙')
  const cancel = await request.patch(`/api/visitor-passes/${revoked.id}`, {
    headers: resident,
    data: { status: 'revoked' },
  })
  expect(cancel.ok()).toBe(true)
  const usesOf = async (passId: number) =>
    (
      await (
        await request.get(`/api/visitor-passes/${passId}?depth=0`, { headers: resident })
      ).json()
    ).uses as number
  return { unit, valid, revoked, second, usesOf }
}

async function gatePage(browser: Browser, lang: 'zh-TW' | 'en') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang })
  await context.addCookies([{ name: 'payload-lng', value: lang, url: 'http://127.0.0.1' }])
  const page = await context.newPage()
  const who = await makeStaffByApi(page.request, ['guard'], '保安離線')
  expect((await page.request.post('/api/users/login', { data: who })).ok()).toBe(true)
  return { context, page }
}

/** A kiosk of the demo estate, paired, open at its start screen with its offline bundle kept. */
async function pairedKiosk(browser: Browser, request: APIRequestContext, name: string) {
  const token = await adminToken(request)
  const apiKey = randomUUID()
  const estate = await estateByCode(request, token, 'SG')
  const made = await request.post('/api/kiosks', {
    headers: { Authorization: `JWT ${token}` },
    data: { name, enableAPIKey: true, apiKey, estate },
  })
  expect(made.ok()).toBe(true)
  const context = await browser.newContext({
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    locale: 'zh-TW',
  })
  const kiosk = await context.newPage()
  await kiosk.addInitScript((key) => window.localStorage.setItem('kiosk.apiKey', key), apiKey)
  await kiosk.goto('/kiosk')
  await expect(kiosk.getByRole('button', { name: /訪客登記/ })).toBeVisible()
  await expect
    .poll(() => kiosk.evaluate(() => Object.keys(localStorage).join(' ')))
    .toContain('offline-pass-bundle:kiosk:')
  return { context, kiosk }
}

/** The token with one character of its signature's middle changed: never a valid signature. */
function tamper(token: string) {
  const at = token.length - 40
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`
}

async function scan(page: Page, label: string, token: string) {
  await page.getByLabel(label).fill(token)
  await page.getByLabel(label).press('Enter')
}

test.describe('guard (gate board, network cut)', () => {
  test('VIS-4: offline, the gate board admits a valid pass, refuses a revoked one with the reason, says it is offline, and uploads when back online', async ({
    browser,
    request,
  }) => {
    const p = await passes(request)
    const { context, page } = await gatePage(browser, 'zh-TW')
    await page.goto('/office/gate')
    const status = page.getByRole('status', { name: '連線狀態' })
    await expect(status).toContainText('已連線：通行證由管理處系統核對。')
    // The bundle is on the device before the network goes.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).join(' ')))
      .toContain('offline-pass-bundle:gate:')

    await context.setOffline(true)
    await expect(status).toContainText('離線：通行證在本裝置核對')
    await scan(page, '通行證代碼（掃描器）', p.valid.token)
    await expect(page.getByText('通行證有效（本裝置離線核對）：第 1 / 1 次。')).toBeVisible()
    await expect(status).toContainText('等候上載的離線登記：1 個。')
    await scan(page, '通行證代碼（掃描器）', p.revoked.token)
    await expect(
      page.getByRole('alert').filter({ hasText: '此訪客通行證已被住戶取消。' }),
    ).toBeVisible()
    // The same one-use pass again, on the same device: used up.
    await scan(page, '通行證代碼（掃描器）', p.valid.token)
    await expect(
      page.getByRole('alert').filter({ hasText: '此訪客通行證的使用次數已用完。' }),
    ).toBeVisible()
    // A signature changed in its middle: its last characters carry padding bits, so changing
    // only those could leave the same bytes (and a valid token) about once in a thousand runs.
    await scan(page, '通行證代碼（掃描器）', tamper(p.valid.token))
    await expect(
      page.getByRole('alert').filter({ hasText: '這不是本屋苑的訪客通行證。' }),
    ).toBeVisible()
    await expectAxeClean(page)
    await page.screenshot({ path: 'test-results/screens/gate-offline.zh-TW.png', fullPage: true })
    expect(await p.usesOf(p.valid.id)).toBe(0)

    await context.setOffline(false)
    await expect(status).toContainText('已連線：通行證由管理處系統核對。', { timeout: 20_000 })
    await expect(status).not.toContainText('等候上載')
    await expect.poll(() => p.usesOf(p.valid.id)).toBe(1)
    expect(await p.usesOf(p.revoked.id)).toBe(0)
    await page.screenshot({ path: 'test-results/screens/gate-back-online.zh-TW.png' })
    await context.close()
  })

  test('GEN-3: the offline gate board reads in English and passes axe', async ({
    browser,
    request,
  }) => {
    const p = await passes(request)
    const { context, page } = await gatePage(browser, 'en')
    await page.goto('/office/gate')
    const status = page.getByRole('status', { name: 'Connection' })
    await expect(status).toContainText('Online: passes are checked by the office system.')
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).join(' ')))
      .toContain('offline-pass-bundle:gate:')
    await context.setOffline(true)
    await expect(status).toContainText('Offline: passes are checked on this device')
    await scan(page, 'Pass code (scanner)', p.second.token)
    await expect(
      page.getByText('Valid pass (checked offline on this device): use 1 of 1.'),
    ).toBeVisible()
    await scan(page, 'Pass code (scanner)', p.revoked.token)
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'This visitor pass was cancelled by the resident.' }),
    ).toBeVisible()
    await expectAxeClean(page)
    await page.screenshot({ path: 'test-results/screens/gate-offline.en.png', fullPage: true })
    await context.setOffline(false)
    await expect.poll(() => p.usesOf(p.second.id), { timeout: 20_000 }).toBe(1)
    await context.close()
  })
})

test.describe('kiosk (network cut)', () => {
  test('VIS-4: offline, the kiosk admits a valid pass and refuses a revoked one, in English and Chinese, and uploads when back', async ({
    browser,
    request,
  }) => {
    const p = await passes(request)
    const { context, kiosk } = await pairedKiosk(browser, request, 'Lobby offline')
    await kiosk.getByRole('button', { name: /訪客登記/ }).click()
    const status = kiosk.getByRole('status', { name: '連線狀態' })
    await expect(status).toContainText('已連線')

    await context.setOffline(true)
    await expect(status).toContainText('離線：通行證在本裝置核對')
    await scan(kiosk, '通行證代碼（掃描器輸入）', p.valid.token)
    await expect(
      kiosk.getByText('通行證有效（本裝置離線核對）：第 1 / 1 次。', { exact: false }),
    ).toBeVisible()
    await expectAxeClean(kiosk)
    await kiosk.screenshot({ path: 'test-results/screens/kiosk-offline.zh-TW.png' })
    await kiosk.getByRole('button', { name: 'English' }).click()
    await scan(kiosk, 'Pass code (from a scanner)', p.revoked.token)
    await expect(kiosk.getByText('This visitor pass was cancelled by the resident.')).toBeVisible()
    await expect(kiosk.getByRole('status', { name: 'Connection' })).toContainText(
      'Offline check-ins waiting to upload: 1.',
    )
    await expectAxeClean(kiosk)
    await kiosk.screenshot({ path: 'test-results/screens/kiosk-offline.en.png' })

    await context.setOffline(false)
    await expect.poll(() => p.usesOf(p.valid.id), { timeout: 20_000 }).toBe(1)
    await expect(kiosk.getByRole('status', { name: 'Connection' })).toContainText('Online')
    await context.close()
  })

  test('VIS-4: with the network down the kiosk opens again after a reload (its service worker) and still checks a pass on the device', async ({
    browser,
    request,
  }) => {
    const p = await passes(request)
    const { context, kiosk } = await pairedKiosk(browser, request, 'Lobby reload offline')
    // The worker takes the page over, then keeps the page as it loads once more online.
    await expect
      .poll(() => kiosk.evaluate(() => Boolean(navigator.serviceWorker?.controller)))
      .toBe(true)
    await kiosk.reload()
    await expect(kiosk.getByRole('button', { name: /訪客登記/ })).toBeVisible()

    await context.setOffline(true)
    await kiosk.reload()
    // Opened from the device: the start screen, saying it is offline, in both languages.
    await expect(kiosk.getByRole('button', { name: /訪客登記/ })).toBeVisible()
    await expect(kiosk.getByRole('alert').filter({ hasText: '未能連線 — Offline' })).toBeVisible()
    await kiosk.getByRole('button', { name: /訪客登記/ }).click()
    await expect(kiosk.getByRole('status', { name: '連線狀態' })).toContainText(
      '離線：通行證在本裝置核對',
    )
    await scan(kiosk, '通行證代碼（掃描器輸入）', p.valid.token)
    await expect(
      kiosk.getByText('通行證有效（本裝置離線核對）：第 1 / 1 次。', { exact: false }),
    ).toBeVisible()
    await expectAxeClean(kiosk)
    await kiosk.screenshot({ path: 'test-results/screens/kiosk-offline-reloaded.zh-TW.png' })

    await context.setOffline(false)
    await expect.poll(() => p.usesOf(p.valid.id), { timeout: 20_000 }).toBe(1)
    await context.close()
  })
})
