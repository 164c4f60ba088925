/**
 * Issue 8, the portal day to day: passes grouped per member with a full-screen QR view for the
 * gate, “forgot password” through the outbox, the resident's contact details, the signed-out
 * notice; every page checked by axe (WCAG 2.2 AA) on a 390×844 phone and a desktop, in both
 * languages, with screenshots in test-results/screens.
 */
import { randomBytes } from 'node:crypto'
import { AxeBuilder } from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { readQrCode } from '../support/qr'

const PASSWORD = 'E2e-resident-password-1'
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }
const tag = () => randomBytes(3).toString('hex')
const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

async function adminHeaders(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  return { Authorization: `JWT ${(await login.json()).token}` }
}

async function asAdmin(
  request: APIRequestContext,
  method: 'GET' | 'POST',
  path: string,
  data?: unknown,
) {
  const headers = await adminHeaders(request)
  const res =
    method === 'GET'
      ? await request.get(path, { headers })
      : await request.post(path, { headers, data })
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`)
  return res.json()
}

/** A household of two (Latin-script names, as many residents here have) with a portal account. */
async function makeHousehold(request: APIRequestContext, names = ['Maria Santos', 'João Santos']) {
  const unit = `Q${Math.floor(Math.random() * 900) + 100}-${tag()}`
  const household = (await asAdmin(request, 'POST', '/api/households', { unit })).doc
  const members = []
  for (const [i, name] of names.entries()) {
    members.push(
      (
        await asAdmin(request, 'POST', '/api/members', {
          household: household.id,
          name,
          gender: i ? 'male' : 'female',
          relationship: i ? 'spouse' : 'owner',
        })
      ).doc,
    )
  }
  const email = `daily-${tag()}@test.example`
  const resident = (
    await asAdmin(request, 'POST', '/api/residents', {
      email,
      password: PASSWORD,
      name: names[0],
      household: household.id,
      member: members[0].id,
    })
  ).doc
  return { unit, household, members, resident, email }
}

async function useLang(page: Page, lang: 'zh-TW' | 'en', baseURL: string) {
  await page.context().addCookies([{ name: 'portal-lang', value: lang, url: baseURL }])
}

async function logIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/portal/login')
  await page.locator('#login-email').fill(email)
  await page.locator('#login-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/portal')
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

/** Nothing sticks out sideways: the page is as wide as the screen. */
async function expectNoSidewaysScroll(page: Page, name: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, name).toBeLessThanOrEqual(0)
}

const WORDS = {
  'zh-TW': {
    show: (n: string) => `顯示出入證 ${n} 的二維碼`,
    title: (n: string) => `出入證 ${n}`,
    qr: (n: string) => `出入證 ${n} 的二維碼`,
    menu: (n: string) => `出入證 ${n} 的更多操作`,
    reportLost: (n: string) => `報失出入證 ${n}`,
    confirmLost: '確認報失',
    replacementQuote: /^這是\sMaria\sSantos\s的第\s4\s張出入證；費用\s50\s元。$/,
    brightness: '請把螢幕亮度調至最高',
    close: '關閉',
    forgotLink: '忘記密碼？',
    forgotTitle: '忘記密碼',
    send: '發送連結',
    sent: '設定新密碼的連結已發送到該地址',
    email: '電郵地址',
    newPassword: '新密碼',
    confirmPassword: '再次輸入新密碼',
    savePassword: '儲存密碼並登入',
    home: '住戶網上服務',
    profileLink: '我的聯絡資料',
    phone: '電話號碼',
    currentPassword: '現時的密碼',
    save: '儲存',
    phoneInvalid: '請輸入 6 至 15 位數字的電話號碼',
    passwordNeeded: '更改電郵地址須輸入現時的密碼。',
    passwordWrong: '現時的密碼不正確，電郵地址未有更改。',
    saved: '聯絡資料已儲存。',
    logout: '登出',
  },
  en: {
    show: (n: string) => `Show the QR code of pass ${n}`,
    title: (n: string) => `Pass ${n}`,
    qr: (n: string) => `QR code for pass ${n}`,
    menu: (n: string) => `More for pass ${n}`,
    reportLost: (n: string) => `Report lost: pass ${n}`,
    confirmLost: 'Confirm: report lost',
    replacementQuote: /^This is the 4th pass for Maria Santos; fee CNY\s50\.00\.$/,
    brightness: 'Turn your screen brightness up',
    close: 'Close',
    forgotLink: 'Forgotten your password?',
    forgotTitle: 'Forgotten your password',
    send: 'Send the link',
    sent: 'a link to set a new password has been sent to it',
    email: 'E-mail address',
    newPassword: 'New password',
    confirmPassword: 'New password again',
    savePassword: 'Save password and sign in',
    home: 'Resident portal',
    profileLink: 'Your contact details',
    phone: 'Phone number',
    currentPassword: 'Current password',
    save: 'Save',
    phoneInvalid: 'Enter a phone number of 6 to 15 digits',
    passwordNeeded: 'To change your e-mail address, enter your current password.',
    passwordWrong: 'The current password is not correct; the e-mail address was not changed.',
    saved: 'Your contact details have been saved.',
    logout: 'Sign out',
  },
} as const

for (const lang of ['zh-TW', 'en'] as const) {
  const w = WORDS[lang]

  test.describe(`resident (${lang})`, () => {
    test.use({ viewport: PHONE, locale: lang })

    test(`PAS-4: a pass's QR code opens full screen for the gate, decodes to the pass's token, and Escape gives focus back (${lang})`, async ({
      page,
      request,
      baseURL,
    }) => {
      const home = await makeHousehold(request)
      await useLang(page, lang, baseURL!)
      await logIn(page, home.email)
      const number = `${home.unit}-01-2`
      await page.screenshot({
        path: `test-results/screens/portal-home-grouped.${lang}.png`,
        fullPage: true,
      })
      await expectNoSidewaysScroll(page, 'home')

      const show = page.getByRole('button', { name: w.show(number) })
      await show.click()
      const view = page.getByRole('dialog', { name: w.title(number) })
      await expect(view).toBeVisible()
      await expect(view.getByRole('button', { name: w.close })).toBeFocused()
      await expect(view).toContainText('Maria Santos')
      await expect(view).toContainText(home.unit)
      await expect(view).toContainText(w.brightness)
      // The code fills most of the phone's width and all of it is on screen.
      const box = (await view.getByRole('img', { name: w.qr(number) }).boundingBox())!
      expect(box.width).toBeGreaterThan(300)
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height)
      const closeBox = (await view.getByRole('button', { name: w.close }).boundingBox())!
      expect(closeBox.y + closeBox.height).toBeLessThanOrEqual(PHONE.height)
      await page.screenshot({ path: `test-results/screens/portal-qr-full-screen.${lang}.png` })

      const token = (
        await asAdmin(request, 'GET', `/api/passes?where[number][equals]=${number}&depth=0`)
      ).docs[0].qrToken
      expect(
        await readQrCode(await view.getByRole('img', { name: w.qr(number) }).screenshot()),
      ).toBe(token)
      await expectNoViolations(page, 'full-screen QR')

      await page.keyboard.press('Escape')
      await expect(view).toBeHidden()
      await expect(show).toBeFocused()
      await show.click()
      await page.getByRole('dialog').getByRole('button', { name: w.close }).click()
      await expect(page.getByRole('dialog')).toBeHidden()
      await expect(show).toBeFocused()

      // Handed over, a pass's menu offers “report lost”; after it, a replacement with its fee.
      await asAdmin(request, 'POST', '/api/pass-receipts/handover', {
        household: home.household.id,
        signedByName: 'Maria Santos',
        signerNote: 'The resident herself',
        signature: SIGNATURE_PNG,
      })
      await page.reload()
      await page.getByRole('button', { name: w.menu(number) }).click()
      await page.getByRole('button', { name: w.reportLost(number) }).click()
      await expect(page.getByRole('button', { name: w.confirmLost })).toBeVisible()
      await expectNoViolations(page, 'report lost, confirm step')
      await page.screenshot({ path: `test-results/screens/portal-report-lost.${lang}.png` })
      await page.getByRole('button', { name: w.confirmLost }).click()
      await expect(page.getByText(w.replacementQuote)).toBeVisible()
      await expectNoViolations(page, 'replacement offered')
      await page.screenshot({ path: `test-results/screens/portal-replacement.${lang}.png` })
    })

    test(`GEN-4: a forgotten password is reset from the sign-in page with the link e-mailed through the outbox (${lang})`, async ({
      page,
      request,
      baseURL,
    }) => {
      const home = await makeHousehold(request)
      await useLang(page, lang, baseURL!)
      await page.goto('/portal/login')
      await page.getByRole('link', { name: w.forgotLink }).click()
      await expect(page.getByRole('heading', { level: 1, name: w.forgotTitle })).toBeVisible()
      await page.screenshot({ path: `test-results/screens/portal-forgot.${lang}.png` })
      await expectNoViolations(page, 'forgot password')
      await page.getByLabel(w.email).fill(home.email)
      await page.getByRole('button', { name: w.send }).click()
      await expect(page.getByRole('status')).toContainText(w.sent)
      await expect(page.getByRole('status')).toContainText(home.email)
      await page.screenshot({ path: `test-results/screens/portal-forgot-sent.${lang}.png` })

      const outbox = await asAdmin(
        request,
        'GET',
        `/api/notifications?where[to][equals]=${encodeURIComponent(home.email)}&sort=-createdAt&depth=0`,
      )
      const link = /\/portal\/set-password\?token=[^\s]+/.exec(outbox.docs[0].body)?.[0]
      expect(link).toBeTruthy()
      await page.goto(link!)
      await page.getByLabel(w.newPassword, { exact: true }).fill('Camellia-court-55')
      await page.getByLabel(w.confirmPassword).fill('Camellia-court-55')
      await page.getByRole('button', { name: w.savePassword }).click()
      await expect(page.getByRole('heading', { level: 1, name: w.home })).toBeVisible()
      await page.getByRole('button', { name: w.logout }).click()
      await page.waitForURL(/signed-out/)
      await logIn(page, home.email, 'Camellia-court-55')
    })

    test(`GEN-5: the resident keeps their phone and e-mail current; a new e-mail needs the current password (${lang})`, async ({
      page,
      request,
      baseURL,
    }) => {
      const home = await makeHousehold(request)
      await useLang(page, lang, baseURL!)
      await logIn(page, home.email)
      await page.getByRole('link', { name: w.profileLink }).click()
      await expect(page.getByRole('heading', { level: 1, name: w.profileLink })).toBeVisible()
      await expect(page.getByLabel(w.email)).toHaveValue(home.email)
      // The profile is none of the sections: no tab is marked as the current page.
      await expect(page.locator('nav a[aria-current="page"]')).toHaveCount(0)

      await page.getByLabel(w.phone).fill('call me')
      await page.getByRole('button', { name: w.save, exact: true }).click()
      await expect(page.getByLabel(w.phone)).toHaveAccessibleDescription(new RegExp(w.phoneInvalid))
      await page.screenshot({ path: `test-results/screens/portal-profile-error.${lang}.png` })
      await page.getByLabel(w.phone).fill('+86 138 0013 8000')
      await page.getByRole('button', { name: w.save, exact: true }).click()
      await expect(page.getByRole('status')).toHaveText(w.saved)
      expect((await asAdmin(request, 'GET', `/api/residents/${home.resident.id}`)).phone).toBe(
        '+86 138 0013 8000',
      )

      const newEmail = `moved-${tag()}@test.example`
      await page.getByLabel(w.email).fill(newEmail)
      await page.getByRole('button', { name: w.save, exact: true }).click()
      await expect(page.getByLabel(w.currentPassword)).toHaveAccessibleDescription(
        new RegExp(w.passwordNeeded),
      )
      await page.getByLabel(w.currentPassword).fill('not-my-password')
      await page.getByRole('button', { name: w.save, exact: true }).click()
      // The server's refusal, coded and in the page's language, on the field it concerns.
      await expect(page.getByLabel(w.currentPassword)).toHaveAccessibleDescription(
        new RegExp(w.passwordWrong),
      )
      await page.screenshot({ path: `test-results/screens/portal-profile-password.${lang}.png` })
      await page.getByLabel(w.currentPassword).fill(PASSWORD)
      await page.getByRole('button', { name: w.save, exact: true }).click()
      await expect(page.getByRole('status')).toContainText(newEmail)
      await expectNoViolations(page, 'profile')
      await page.screenshot({
        path: `test-results/screens/portal-profile.${lang}.png`,
        fullPage: true,
      })

      await page.getByRole('button', { name: w.logout }).click()
      await page.waitForURL(/signed-out/)
      await logIn(page, newEmail)
    })
  })

  test.describe(`anonymous and resident, phone and desktop (${lang})`, () => {
    test.use({ locale: lang })

    test(`GEN-3: every portal page changed here passes the WCAG 2.2 AA checks and fits the screen (${lang})`, async ({
      page,
      request,
      baseURL,
    }) => {
      const home = await makeHousehold(request, ['陳志強', '陳太太'])
      await useLang(page, lang, baseURL!)
      for (const [size, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        await page.setViewportSize(viewport)
        for (const path of ['/portal/login', '/portal/forgot-password']) {
          await page.goto(path)
          await expectNoViolations(page, `${path} ${size}`)
          await expectNoSidewaysScroll(page, `${path} ${size}`)
        }
        await logIn(page, home.email)
        // The header keeps one row: its tools sit beside the brand.
        const brand = (await page.locator('.portal-header__brand').boundingBox())!
        const tools = (await page.locator('.portal-header__tools').boundingBox())!
        expect(Math.abs(brand.y + brand.height / 2 - (tools.y + tools.height / 2))).toBeLessThan(12)
        await page.screenshot({ path: `test-results/screens/portal-header.${lang}.${size}.png` })
        for (const path of ['/portal', '/portal/profile']) {
          await page.goto(path)
          await expectNoViolations(page, `${path} ${size}`)
          await expectNoSidewaysScroll(page, `${path} ${size}`)
          await page.screenshot({
            path: `test-results/screens/portal-${path === '/portal' ? 'home' : path.split('/').pop()}.${lang}.${size}.png`,
            fullPage: true,
          })
        }
        await page.getByRole('button', { name: WORDS[lang].logout }).click()
        await page.waitForURL(/signed-out/)
        await expectNoViolations(page, `signed out ${size}`)
        await page.screenshot({
          path: `test-results/screens/portal-signed-out.${lang}.${size}.png`,
        })
      }
    })
  })
}
