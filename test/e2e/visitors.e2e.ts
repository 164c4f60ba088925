import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { readQrCode } from '../support/qr'
import { estateByCode, makeStaffByApi } from './support'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function adminToken(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  return (await login.json()).token as string
}

async function householdWithResident(request: APIRequestContext, token: string) {
  const auth = { Authorization: `JWT ${token}` }
  const unit = `${10 + Math.floor(Math.random() * 80)}-${String(Date.now() % 100000).padStart(5, '0')}`
  const household = await request.post('/api/households', { headers: auth, data: { unit } })
  expect(household.ok()).toBe(true)
  const id = (await household.json()).doc.id
  const member = await request.post('/api/members', {
    headers: auth,
    data: { household: id, name: '何美玲', relationship: 'owner', gender: 'female' },
  })
  const email = `resident-${randomUUID().slice(0, 8)}@test.example`
  const resident = await request.post('/api/residents', {
    headers: auth,
    data: {
      email,
      password: 'E2e-resident-pass-1',
      name: '何美玲',
      household: id,
      member: (await member.json()).doc.id,
    },
  })
  expect(resident.ok()).toBe(true)
  return { unit, id, email }
}

async function staffPage(browser: Browser, roles: string[], name: string, lang = 'zh-TW') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang })
  await context.addCookies([{ name: 'payload-lng', value: lang, url: 'http://127.0.0.1' }])
  const page = await context.newPage()
  const who = await makeStaffByApi(page.request, roles, name)
  const login = await page.request.post('/api/users/login', { data: who })
  expect(login.ok()).toBe(true)
  return page
}

async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  )
}

test.describe('guard and cs, side by side', () => {
  test('VIS-1, VIS-2, VIS-5: the guard records a visitor, the CS board shows it within 2 s, CS admits, the gate sees it and checks the visitor in', async ({
    browser,
    request,
  }) => {
    const token = await adminToken(request)
    const home = await householdWithResident(request, token)
    const surname = `訪${randomUUID().slice(0, 4)}`
    const gate = await staffPage(browser, ['guard'], '保安丙')
    const cs = await staffPage(browser, ['cs'], '客服丙')
    await gate.goto('/office/gate')
    await cs.goto('/office/visitors')
    await expect(cs.getByRole('status').getByText('即時更新', { exact: true })).toBeVisible()

    await gate.getByLabel('訪客姓氏').fill(surname)
    await gate.getByLabel('機構（如有）').fill('大昌裝修')
    await gate.getByLabel('車牌（如有）').fill('ab 1234')
    await gate.getByLabel('單元號碼').fill(home.unit)
    await gate.getByRole('button', { name: '通知客服' }).click()
    await expect(gate.getByText('已通知客服，請訪客稍候。')).toBeVisible()
    // No reload: the CS board hears of it on its event stream and reads again.
    await expect(cs.getByText(surname, { exact: true })).toBeVisible({ timeout: 2_500 })
    await expect(cs.getByText('AB1234', { exact: false })).toBeVisible()
    await cs.screenshot({
      path: 'test-results/screens/visitors-cs-board.zh-TW.png',
      fullPage: true,
    })
    await expectAxeClean(cs)

    await cs.getByLabel('確認人').fill('住戶何小姐')
    await cs.getByRole('button', { name: `准許進入 · ${surname}` }).click()
    await expect(gate.getByRole('button', { name: `登記進入 · ${surname}` })).toBeVisible({
      timeout: 2_500,
    })
    await expect(gate.getByText(/住戶何小姐/)).toBeVisible()
    await gate.screenshot({ path: 'test-results/screens/visitors-gate.zh-TW.png', fullPage: true })
    await expectAxeClean(gate)
    await gate.getByRole('button', { name: `登記進入 · ${surname}` }).click()
    await expect(gate.getByRole('button', { name: `登記離開 · ${surname}` })).toBeVisible()
    await gate.context().close()
    await cs.context().close()
  })

  test('GEN-3: the boards read in English and pass axe', async ({ browser }) => {
    const gate = await staffPage(browser, ['guard'], 'Guard D', 'en')
    await gate.goto('/office/gate')
    await expect(gate.getByRole('heading', { name: /Gate: visitors/ })).toBeVisible()
    await expectAxeClean(gate)
    await gate.screenshot({ path: 'test-results/screens/visitors-gate.en.png', fullPage: true })
    const cs = await staffPage(browser, ['cs'], 'CS D', 'en')
    await cs.goto('/office/visitors')
    await cs.getByRole('button', { name: 'Go on duty' }).click()
    await expect(cs.getByText('On duty', { exact: true })).toBeVisible()
    await expectAxeClean(cs)
    await cs.screenshot({ path: 'test-results/screens/visitors-cs-board.en.png', fullPage: true })
  })
})

test.describe('resident, visitor and kiosk', () => {
  test('VIS-4: a resident pre-registers a visitor; the share page’s QR, read from its screenshot, checks the visitor in at the kiosk; a second scan is refused "used up"', async ({
    browser,
    request,
  }) => {
    const token = await adminToken(request)
    const home = await householdWithResident(request, token)
    let shareUrl = ''
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
      await page.goto('/portal/visitors')
      if (lang === 'zh-TW') {
        const local = (d: Date) =>
          new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
        await page.getByLabel('訪客姓名').fill('黃家明')
        await page.getByLabel('由（日期時間）').fill(local(new Date(Date.now() - 3600_000)))
        await page.getByLabel(/至（日期時間/).fill(local(new Date(Date.now() + 3 * 3600_000)))
        await page.getByRole('button', { name: '建立通行證' }).click()
        await expect(page.getByRole('img', { name: /黃家明/ })).toBeVisible()
        shareUrl = (await page.getByRole('link', { name: '分享連結' }).getAttribute('href'))!
      }
      await expectAxeClean(page)
      await page.screenshot({
        path: `test-results/screens/portal-visitors.${lang}.png`,
        fullPage: true,
      })
      await context.close()
    }

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-TW',
    })
    const share = await phone.newPage()
    await share.goto(new URL(shareUrl).pathname)
    await expect(share.getByRole('heading', { name: '訪客通行證' })).toBeVisible()
    await expect(share.getByText('黃家明')).toHaveCount(0)
    await expectAxeClean(share)
    const shot = await share.screenshot({ path: 'test-results/screens/visit-share.zh-TW.png' })
    const passToken = await readQrCode(shot)
    expect(passToken).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{86}$/)
    await phone.close()

    const apiKey = randomUUID()
    const estate = await estateByCode(request, token, 'SG')
    const made = await request.post('/api/kiosks', {
      headers: { Authorization: `JWT ${token}` },
      data: { name: 'Lobby V', enableAPIKey: true, apiKey, estate },
    })
    expect(made.ok()).toBe(true)
    const kioskContext = await browser.newContext({
      viewport: { width: 1080, height: 1920 },
      hasTouch: true,
      locale: 'zh-TW',
    })
    const kiosk = await kioskContext.newPage()
    await kiosk.addInitScript((key) => window.localStorage.setItem('kiosk.apiKey', key), apiKey)
    await kiosk.goto('/kiosk')
    await expect(kiosk.getByRole('button', { name: /領取郵件/ })).toBeVisible()
    await kiosk.screenshot({ path: 'test-results/screens/kiosk-start-with-visitors.zh-TW.png' })
    await kiosk.getByRole('button', { name: /訪客登記/ }).click()
    await expect(kiosk.getByRole('heading', { name: '訪客登記' })).toBeVisible()
    // A keyboard-wedge scanner types the token and presses Enter.
    await kiosk.getByLabel('通行證代碼（掃描器輸入）').fill(passToken!)
    await kiosk.getByLabel('通行證代碼（掃描器輸入）').press('Enter')
    await expect(kiosk.getByText('歡迎，黃家明')).toBeVisible()
    await expect(kiosk.getByText(`已登記進入，探訪單元 ${home.unit}。`)).toBeVisible()
    await kiosk.screenshot({ path: 'test-results/screens/kiosk-visitor-ok.zh-TW.png' })
    await expectAxeClean(kiosk)
    await kiosk.getByLabel('通行證代碼（掃描器輸入）').fill(passToken!)
    await kiosk.getByLabel('通行證代碼（掃描器輸入）').press('Enter')
    await expect(kiosk.getByText('此訪客通行證的使用次數已用完。')).toBeVisible()
    await kiosk.screenshot({ path: 'test-results/screens/kiosk-visitor-used-up.zh-TW.png' })
    await kiosk.getByRole('button', { name: 'English' }).click()
    await kiosk.getByLabel('Pass code (from a scanner)').fill(passToken!)
    await kiosk.getByLabel('Pass code (from a scanner)').press('Enter')
    await expect(kiosk.getByText('This visitor pass has been used up.')).toBeVisible()
    await expectAxeClean(kiosk)
    await kiosk.screenshot({ path: 'test-results/screens/kiosk-visitor-used-up.en.png' })
    await kioskContext.close()
  })
})
