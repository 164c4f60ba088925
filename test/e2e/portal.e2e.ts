import { randomBytes } from 'node:crypto'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'

test.use({ locale: 'zh-TW', viewport: { width: 390, height: 844 } })

const RESIDENT_PASSWORD = 'E2e-resident-password-1'
const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

const tag = () => randomBytes(3).toString('hex')

/** The portal's words a resident sees in each language (src/i18n/portal.ts), GEN-3. */
const WORDS = {
  'zh-TW': {
    htmlLang: 'zh-Hant-TW',
    home: '住戶網上服務',
    login: '登入',
    logout: '登出',
    email: '電郵地址',
    password: '密碼',
    emailRequired: '請輸入電郵地址。',
    passwordWord: '密碼',
    setPasswordTitle: '設定密碼',
    newPassword: '新密碼',
    confirmPassword: '再次輸入新密碼',
    savePassword: '儲存密碼並登入',
    passwordTooShort: '密碼最少須有 10 個字元',
    passwordMismatch: '兩次輸入的密碼不相同。',
    usedLink: '無效、已使用或已過期',
    signedOut: '您已登出。',
    passList: (name: string) => `${name}的業戶出入證`,
    qr: /^顯示出入證 .+ 的二維碼$/,
  },
  en: {
    htmlLang: 'en',
    home: 'Resident portal',
    login: 'Sign in',
    logout: 'Sign out',
    email: 'E-mail address',
    password: 'Password',
    emailRequired: 'Enter your e-mail address.',
    passwordWord: /password/i,
    setPasswordTitle: 'Set your password',
    newPassword: 'New password',
    confirmPassword: 'New password again',
    savePassword: 'Save password and sign in',
    passwordTooShort: 'The password must have at least 10 characters',
    passwordMismatch: 'The two passwords are not the same.',
    usedLink: 'not valid, has been used or has expired',
    signedOut: 'You have signed out.',
    passList: (name: string) => `Access passes of ${name}`,
    qr: /^Show the QR code of pass /,
  },
} as const

async function adminHeaders(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  const { token } = await login.json()
  return { Authorization: `JWT ${token}` }
}

async function postAsAdmin(
  request: APIRequestContext,
  path: string,
  data: Record<string, unknown>,
) {
  const res = await request.post(path, { headers: await adminHeaders(request), data })
  if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`)
  return (await res.json()).doc
}

async function getAsAdmin(request: APIRequestContext, path: string) {
  const res = await request.get(path, { headers: await adminHeaders(request) })
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`)
  return res.json()
}

/**
 * A household (a unit unique to this run) with two members, who each get 3 prepared passes,
 * and a portal account for the first member; made through REST by the bootstrap admin.
 */
async function makeHouseholdByApi(
  request: APIRequestContext,
  names: [string, string] = ['王大明', '李美玲'],
  account: { password?: string } = { password: RESIDENT_PASSWORD },
) {
  const unit = `E${Math.floor(Math.random() * 900) + 100}-${tag()}`
  const household = await postAsAdmin(request, '/api/households', { unit })
  const owner = await postAsAdmin(request, '/api/members', {
    household: household.id,
    name: names[0],
    gender: 'male',
    relationship: 'owner',
  })
  const spouse = await postAsAdmin(request, '/api/members', {
    household: household.id,
    name: names[1],
    gender: 'female',
    relationship: 'spouse',
  })
  const email = `resident-${tag()}@test.example`
  const resident = await postAsAdmin(request, '/api/residents', {
    email,
    ...account,
    name: names[0],
    household: household.id,
    member: owner.id,
  })
  return { unit, household, owner, spouse, resident, email, password: account.password ?? '' }
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/portal')
  await expect(page).toHaveURL(/\/portal\/login$/)
  await page.getByLabel('電郵地址').fill(email)
  await page.getByLabel('密碼').fill(password)
  await page.getByRole('button', { name: '登入' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '住戶網上服務' })).toBeVisible()
  await expect(page).toHaveURL(/\/portal$/)
}

const passList = (page: Page, name: string) =>
  page.getByRole('list', { name: `${name}的業戶出入證` })
/** Each usable pass offers its QR code full screen: one button per pass in the member's list. */
const passQrCodes = (page: Page, name: string) =>
  passList(page, name).getByRole('button', { name: /^顯示出入證 .+ 的二維碼$/ })
/** A member's passes are a collapsible group; the signed-in resident's own is open at first. */
async function openMemberGroup(page: Page, name: string) {
  const summary = page.locator('summary').filter({ hasText: name })
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click()
}

test.describe('resident', () => {
  test('GEN-3 PAS-2: logs in, sees 3 passes with QR codes per member, switches to English and back', async ({
    page,
    request,
  }) => {
    const home = await makeHouseholdByApi(request)
    await logIn(page, home.email, home.password)

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW')
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page.getByRole('link', { name: '跳至主要內容' })).toBeAttached()
    await expect(page.getByRole('region', { name: '住戶資料' })).toContainText(home.unit)
    await expect(page.getByRole('heading', { name: /王大明\s*業主/ })).toBeVisible()
    await expect(passQrCodes(page, '王大明')).toHaveCount(3)
    // The other member's group is closed until opened.
    await expect(passQrCodes(page, '李美玲')).toHaveCount(0)
    await openMemberGroup(page, '李美玲')
    await expect(passQrCodes(page, '李美玲')).toHaveCount(3)
    await expect(
      passList(page, '王大明').getByRole('button', {
        name: `顯示出入證 ${home.unit}-01-1 的二維碼`,
      }),
    ).toBeVisible()
    await expect(passList(page, '王大明').getByText('已製作（未移交）')).toHaveCount(3)
    await expect(page.getByRole('region', { name: '應繳費用' })).toContainText('沒有尚欠費用')
    await page.screenshot({ path: 'test-results/screens/portal-home.zh-TW.png', fullPage: true })

    // English: every word changes, the page's language too, and the account remembers it.
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Resident portal' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    const inEnglish = page.getByRole('list', { name: 'Access passes of 李美玲' })
    await expect(inEnglish.getByRole('button', { name: /^Show the QR code of pass / })).toHaveCount(
      3,
    )
    await expect(page.getByRole('heading', { name: /李美玲\s*Spouse/ })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    await expect
      .poll(async () => (await getAsAdmin(request, `/api/residents/${home.resident.id}`)).language)
      .toBe('en')
    await page.screenshot({ path: 'test-results/screens/portal-home.en.png', fullPage: true })

    // The choice is kept in a cookie: a fresh load stays in English.
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Resident portal' })).toBeVisible()

    await page.getByRole('button', { name: '中文' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '住戶網上服務' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW')
    await expect(passQrCodes(page, '王大明')).toHaveCount(3)
    await expect
      .poll(async () => (await getAsAdmin(request, `/api/residents/${home.resident.id}`)).language)
      .toBe('zh-TW')
  })

  test('PAS-3: a 4th pass for a member is quoted 50, charged 50, and the amount owed becomes 50', async ({
    page,
    request,
  }) => {
    const home = await makeHouseholdByApi(request)
    await logIn(page, home.email, home.password)
    const fees = page.getByRole('region', { name: '應繳費用' })
    await expect(fees).toContainText('沒有尚欠費用')

    await page.getByRole('button', { name: '為王大明加證' }).click()
    // The quote, before anything is issued.
    await expect(page.getByText('這是王大明的第 4 張出入證；費用 50 元。')).toBeVisible()
    await expect(passQrCodes(page, '王大明')).toHaveCount(3)
    await page.screenshot({ path: 'test-results/screens/portal-quote.zh-TW.png' })

    await page.getByRole('button', { name: '確認加證' }).click()
    // What the server charged.
    await expect(page.getByRole('status').filter({ hasText: '已申請出入證' })).toHaveText(
      `已申請出入證 ${home.unit}-01-4；費用 50 元，請到管理處繳付。`,
    )
    await expect(passQrCodes(page, '王大明')).toHaveCount(4)
    await expect(
      passList(page, '王大明')
        .getByRole('listitem')
        .filter({ hasText: `${home.unit}-01-4` }),
    ).toContainText('尚欠 50 元，請到管理處繳付')
    await expect(fees).toContainText('尚欠費用')
    await expect(fees).toContainText('50 元')
    // The other member is untouched: still three free passes.
    await openMemberGroup(page, '李美玲')
    await expect(passQrCodes(page, '李美玲')).toHaveCount(3)
    await page.screenshot({
      path: 'test-results/screens/portal-pass-requested.zh-TW.png',
      fullPage: true,
    })

    const passes = await getAsAdmin(
      request,
      `/api/passes?where[member][equals]=${home.owner.id}&sort=ordinal&depth=0`,
    )
    expect(passes.docs.map((p: { fee: number }) => p.fee)).toEqual([0, 0, 0, 50])
  })

  test('GEN-5: a resident never sees another household’s members, nor quotes or requests for them', async ({
    page,
    request,
  }) => {
    const neighbour = `鄰居${tag()}`
    const other = await makeHouseholdByApi(request, [neighbour, `${neighbour}太太`])
    const home = await makeHouseholdByApi(request)
    await logIn(page, home.email, home.password)

    await expect(passQrCodes(page, '王大明')).toHaveCount(3)
    await expect(page.getByText(neighbour)).toHaveCount(0)
    await expect(page.getByText(other.unit)).toHaveCount(0)

    // The same session through the API: the lists are filtered, the other household's member refused.
    const members = await (await page.request.get('/api/members?limit=100&depth=0')).json()
    expect(members.docs.map((m: { name: string }) => m.name).sort()).toEqual(
      ['李美玲', '王大明'].sort(),
    )
    const quote = await page.request.get(`/api/passes/quote?member=${other.owner.id}`)
    expect(quote.ok()).toBe(false)
    const issue = await page.request.post('/api/passes/request', {
      data: { member: other.owner.id },
    })
    expect(issue.ok()).toBe(false)
    const theirPasses = await getAsAdmin(
      request,
      `/api/passes?where[member][equals]=${other.owner.id}&depth=0`,
    )
    expect(theirPasses.totalDocs).toBe(3)
  })

  test('PAS-3 PAS-5: an active pass is reported lost from its own menu after a confirm step; a replacement is offered with its fee quoted', async ({
    page,
    request,
  }) => {
    const home = await makeHouseholdByApi(request)
    await postAsAdmin(request, '/api/pass-receipts/handover', {
      household: home.household.id,
      signedByName: '王大明',
      signerNote: '業主本人',
      signature: SIGNATURE_PNG,
    })
    await logIn(page, home.email, home.password)
    await expect(page.getByRole('region', { name: '住戶資料' })).toContainText('已入住')
    const number = `${home.unit}-01-2`
    const menu = page.getByRole('button', { name: `出入證 ${number} 的更多操作` })

    // No red “report lost” under every pass: it is behind each pass's menu.
    await expect(page.getByRole('button', { name: /^報失出入證/ })).toHaveCount(0)
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('button', { name: `報失出入證 ${number}` })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(menu).toBeFocused()

    await menu.click()
    await page.getByRole('button', { name: `報失出入證 ${number}` }).click()
    await expect(page.getByText(`確定報失出入證 ${number}？`)).toBeVisible()
    await page.getByRole('button', { name: '取消' }).click()
    await expect(menu).toBeFocused()

    await menu.click()
    await page.getByRole('button', { name: `報失出入證 ${number}` }).click()
    await page.screenshot({ path: 'test-results/screens/portal-report-lost.zh-TW.png' })
    await page.getByRole('button', { name: '確認報失' }).click()
    await expect(page.getByRole('status').filter({ hasText: '已報失' })).toContainText(
      `出入證 ${number} 已報失。`,
    )
    const item = passList(page, '王大明').getByRole('listitem').filter({ hasText: number })
    await expect(item.getByText('已報失', { exact: true })).toBeVisible()
    await expect(passQrCodes(page, '王大明')).toHaveCount(2)
    await expect(menu).toHaveCount(0)

    const passes = await getAsAdmin(request, `/api/passes?where[number][equals]=${number}&depth=0`)
    expect(passes.docs[0].status).toBe('lost')
    // The replacement is offered at once with its fee: the lost pass still counts, so it is the 4th, at 50.
    await expect(item.getByText('這是王大明的第 4 張出入證；費用 50 元。')).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/portal-replacement.zh-TW.png' })
    await item.getByRole('button', { name: '確認加證' }).click()
    await expect(page.getByRole('status').filter({ hasText: '已申請出入證' })).toHaveText(
      `已申請出入證 ${home.unit}-01-4；費用 50 元，請到管理處繳付。`,
    )
  })

  for (const lang of ['zh-TW', 'en'] as const) {
    const w = WORDS[lang]

    test(`GEN-3: a wrong password shows the server’s message by the fields; signing out ends the session (${lang})`, async ({
      page,
      request,
      baseURL,
    }) => {
      const home = await makeHouseholdByApi(request)
      await page.context().addCookies([{ name: 'portal-lang', value: lang, url: baseURL! }])
      await page.goto('/portal/login')
      await expect(page.locator('html')).toHaveAttribute('lang', w.htmlLang)
      await page.getByRole('button', { name: w.login, exact: true }).click()
      await expect(page.getByLabel(w.email)).toHaveAccessibleDescription(w.emailRequired)
      await page.getByLabel(w.email).fill(home.email)
      await page.getByLabel(w.password).fill('not-the-password')
      await page.getByRole('button', { name: w.login, exact: true }).click()
      const refusal = page.getByRole('alert').filter({ hasText: w.passwordWord })
      await expect(refusal).toBeVisible()
      await expect(page.getByLabel(w.password)).toHaveAccessibleDescription(
        await refusal.innerText(),
      )

      await page.getByLabel(w.password).fill(home.password)
      await page.getByRole('button', { name: w.login, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: w.home })).toBeVisible()

      await page.getByRole('button', { name: w.logout }).click()
      await expect(page).toHaveURL(/\/portal\/login\?signed-out=1$/)
      await expect(page.getByRole('status')).toHaveText(w.signedOut)
      await expect(page.locator('html')).toHaveAttribute('lang', w.htmlLang)
      await page.screenshot({ path: `test-results/screens/portal-signed-out.${lang}.png` })
      await page.goto('/portal')
      await expect(page).toHaveURL(/\/portal\/login$/)
    })

    test(`GEN-3: an invited resident sets a password from the e-mail link; a used link is refused plainly (${lang})`, async ({
      page,
      request,
      baseURL,
    }) => {
      const home = await makeHouseholdByApi(request, ['王大明', '李美玲'], {})
      const outbox = await getAsAdmin(
        request,
        `/api/notifications?where[to][equals]=${encodeURIComponent(home.email)}&depth=0`,
      )
      const link = /\/portal\/set-password\?token=[^\s]+/.exec(outbox.docs[0].body)?.[0]
      expect(link).toBeTruthy()

      await page.context().addCookies([{ name: 'portal-lang', value: lang, url: baseURL! }])
      await page.goto(link!)
      await expect(page.locator('html')).toHaveAttribute('lang', w.htmlLang)
      await expect(page.getByRole('heading', { level: 1, name: w.setPasswordTitle })).toBeVisible()
      await page.getByLabel(w.newPassword, { exact: true }).fill('short')
      await page.getByLabel(w.confirmPassword).fill('different')
      await page.getByRole('button', { name: w.savePassword }).click()
      await expect(page.getByLabel(w.newPassword, { exact: true })).toHaveAccessibleDescription(
        new RegExp(w.passwordTooShort),
      )
      await expect(page.getByLabel(w.confirmPassword)).toHaveAccessibleDescription(
        w.passwordMismatch,
      )

      await page.getByLabel(w.newPassword, { exact: true }).fill(RESIDENT_PASSWORD)
      await page.getByLabel(w.confirmPassword).fill(RESIDENT_PASSWORD)
      await page.getByRole('button', { name: w.savePassword }).click()
      await expect(page.getByRole('heading', { level: 1, name: w.home })).toBeVisible()
      await expect(
        page.getByRole('list', { name: w.passList('王大明') }).getByRole('button', { name: w.qr }),
      ).toHaveCount(3)

      // The link works once.
      await page.goto(link!)
      await page.getByLabel(w.newPassword, { exact: true }).fill(RESIDENT_PASSWORD)
      await page.getByLabel(w.confirmPassword).fill(RESIDENT_PASSWORD)
      await page.getByRole('button', { name: w.savePassword }).click()
      await expect(page.getByRole('alert').filter({ hasText: w.usedLink })).toBeVisible()
    })
  }
})
