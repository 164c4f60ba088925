/**
 * The admin in the estate's words: its name and logo (login, header, browser title), the staff
 * dashboard per role with its counts and links, the one search box, and no API tab for staff who
 * are not administrators. Screenshots of each screen in both languages; axe on the dashboard.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { E2E_ADMIN } from '../../playwright.config'
import { makeStaffByApi } from './support'

const WORDS = {
  'zh-TW': {
    email: '電子郵件',
    password: '密碼',
    login: '登入',
    estate: '陽光嘉園',
    neutral: '屋苑管理處',
    todaysWork: '今日工作',
    handover: '待移交出入證的住戶',
    lost: '已報失的出入證',
    search: '單元、成員姓名、電話或出入證號',
    searchButton: '搜尋',
    members: '家庭成員',
    tooShort: '請輸入最少 2 個字元（或一個中文字）。',
  },
  en: {
    email: 'Email',
    password: 'Password',
    login: 'Login',
    estate: 'Sunshine Garden',
    neutral: 'Estate office',
    todaysWork: 'Today’s work',
    handover: 'Households awaiting handover',
    lost: 'Passes reported lost',
    search: 'Unit, member’s name, phone or pass number',
    searchButton: 'Search',
    members: 'Household members',
    tooShort: 'Type at least 2 characters (or one Chinese character).',
  },
} as const

type Lang = keyof typeof WORDS

async function adminToken(request: APIRequestContext) {
  const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  return { Authorization: `JWT ${token}` }
}

/** A household of the first estate with one member whose name no other test uses. */
async function makeHousehold(request: APIRequestContext) {
  const headers = await adminToken(request)
  const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
  const household = (
    await (await request.post('/api/households', { headers, data: { unit } })).json()
  ).doc
  const name = `儀表${Date.now() % 100000}`
  await request.post('/api/members', {
    headers,
    data: { household: household.id, name, gender: 'female', relationship: 'owner' },
  })
  return { id: household.id as number, unit, name }
}

async function signIn(page: Page, lang: Lang, email: string, password: string) {
  await page.context().addCookies([{ name: 'payload-lng', value: lang, url: 'http://127.0.0.1' }])
  await page.goto('/admin/login')
  await page.getByLabel(WORDS[lang].email).fill(email)
  await page.getByLabel(WORDS[lang].password).fill(password)
  await page.getByRole('button', { name: WORDS[lang].login }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}

for (const lang of ['zh-TW', 'en'] as const) {
  const w = WORDS[lang]

  test.describe(`anonymous (${lang})`, () => {
    test('the login page names the estate office, not Payload', async ({ page, request }) => {
      const headers = await adminToken(request)
      const estates = (await (await request.get('/api/estates?limit=0', { headers })).json())
        .totalDocs
      // One estate on this installation: its name; several: the neutral office name.
      const expected = estates === 1 ? w.estate : w.neutral
      await page
        .context()
        .addCookies([{ name: 'payload-lng', value: lang, url: 'http://127.0.0.1' }])
      await page.goto('/admin/login')
      await expect(page.locator('.estate-brand--logo')).toHaveText(expected)
      await expect(page).toHaveTitle(new RegExp(`· ${expected}$`))
      await expect(page).not.toHaveTitle(/Payload/)
      expect(await page.locator('link[rel="icon"]').first().getAttribute('href')).toBe(
        '/office-icon.svg',
      )
      await page.screenshot({
        path: `test-results/screens/admin-login.${lang}.png`,
        fullPage: true,
      })
    })
  })

  test.describe(`cs (${lang})`, () => {
    test('the dashboard shows today’s work with counts, and the search box finds a member', async ({
      page,
      request,
    }) => {
      test.setTimeout(180_000)
      const household = await makeHousehold(request)
      const cs = await makeStaffByApi(request, ['cs'], `Dashboard CS ${lang}`)
      await signIn(page, lang, cs.email, cs.password)
      await page.goto('/admin')
      await expect(page.getByRole('heading', { name: w.todaysWork })).toBeVisible()
      await expect(page).toHaveTitle(new RegExp(`· ${w.estate}$`))
      const brand = page.locator('.step-nav .estate-brand__name')
      await expect(brand).toHaveText(w.estate)
      // Shown whole, not clipped to Payload's 18-pixel icon box.
      const nameBox = await brand.boundingBox()
      const linkBox = await page.locator('.step-nav__home').boundingBox()
      expect(linkBox!.x + linkBox!.width).toBeGreaterThanOrEqual(nameBox!.x + nameBox!.width - 1)
      const handover = page.getByRole('link', { name: new RegExp(w.handover) })
      await expect(handover).toBeVisible()
      expect(
        Number((await handover.locator('.staff-dashboard__count').innerText()).replace(/,/g, '')),
      ).toBeGreaterThan(0)
      // Payload's collection cards stay below.
      await expect(page.locator('.dashboard .card').first()).toBeVisible()
      await page.screenshot({
        path: `test-results/screens/admin-dashboard-cs.${lang}.png`,
        fullPage: true,
      })

      const axe = await new AxeBuilder({ page })
        .include('.staff-dashboard')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

      const box = page.getByLabel(w.search)
      await box.fill('a')
      await page.getByRole('button', { name: w.searchButton, exact: true }).click()
      await expect(page.getByRole('status').filter({ hasText: w.tooShort })).toBeVisible()

      await box.fill(household.name)
      await page.getByRole('button', { name: w.searchButton, exact: true }).click()
      const members = page.getByRole('region', { name: w.members })
      await expect(members.getByRole('link', { name: household.name })).toBeVisible()
      await expect(members).toContainText(household.unit)
      await page.screenshot({
        path: `test-results/screens/admin-search.${lang}.png`,
        fullPage: true,
      })

      await page.getByRole('link', { name: household.unit }).first().click()
      await page.waitForURL(new RegExp(`/admin/collections/households/${household.id}`))
      // The members' table has loaded (the screenshot shows the whole page); the passes table
      // names the same member as each pass's holder.
      await expect(
        page.locator('#field-members').getByRole('cell', { name: household.name }),
      ).toBeVisible()
      await expect(page.locator('.doc-tabs')).not.toContainText('API')
      // Who made it, by name, though cs may not open other staff accounts.
      await expect(page.locator('.actor-field').first()).toContainText('Administrator')
      await expect(page.locator('main, .template-default__wrap').first()).not.toContainText(
        /未命名|Untitled|<No |<無/,
      )
      await page.screenshot({
        path: `test-results/screens/admin-household-edit.${lang}.png`,
        fullPage: true,
      })
    })

    test('the households list finds a unit by a member’s name, and its import button sits in the margins', async ({
      page,
      request,
    }) => {
      const household = await makeHousehold(request)
      const cs = await makeStaffByApi(request, ['cs'], `List CS ${lang}`)
      await signIn(page, lang, cs.email, cs.password)
      await page.goto(`/admin/collections/households?search=${encodeURIComponent(household.name)}`)
      await expect(page.getByRole('link', { name: household.unit })).toBeVisible()
      const button = page.locator('.register-import-link a')
      const list = page.locator('.collection-list__wrap, .list-header').first()
      const [buttonBox, listBox] = [await button.boundingBox(), await list.boundingBox()]
      expect(buttonBox!.x).toBeGreaterThanOrEqual(listBox!.x - 1)
      await page.screenshot({ path: `test-results/screens/admin-households-list.${lang}.png` })
    })
  })

  test.describe(`guard (${lang})`, () => {
    test('the dashboard shows the gate’s work, not the office’s', async ({ page, request }) => {
      const guard = await makeStaffByApi(request, ['guard'], `Dashboard guard ${lang}`)
      await signIn(page, lang, guard.email, guard.password)
      await page.goto('/admin')
      await expect(page.getByRole('link', { name: new RegExp(w.lost) })).toBeVisible()
      await expect(page.getByRole('link', { name: new RegExp(w.handover) })).toHaveCount(0)
      await page.screenshot({
        path: `test-results/screens/admin-dashboard-guard.${lang}.png`,
        fullPage: true,
      })
      // The account page's settings are the office's, not "Payload 設定".
      await page.goto('/admin/account')
      await expect(page.getByText(lang === 'en' ? 'Display settings' : '介面設定')).toBeVisible()
      await expect(page.locator('main, .template-default__wrap').first()).not.toContainText(
        'Payload',
      )
      await page.screenshot({
        path: `test-results/screens/admin-account.${lang}.png`,
        fullPage: true,
      })
    })
  })

  test.describe(`admin (${lang})`, () => {
    test('the estate’s logo heads the login page and the header', async ({ page, request }) => {
      const headers = await adminToken(request)
      const sg = (
        await (await request.get('/api/estates?where[code][equals]=SG&depth=0', { headers })).json()
      ).docs[0]
      const png = await sharp({
        create: { width: 120, height: 60, channels: 4, background: '#c0392b' },
      })
        .png()
        .toBuffer()
      const upload = await request.post('/api/estate-logos', {
        headers,
        multipart: {
          file: { name: `sg-logo-${Date.now()}.png`, mimeType: 'image/png', buffer: png },
          _payload: JSON.stringify({ alt: 'SG' }),
        },
      })
      expect(upload.status(), await upload.text()).toBe(201)
      const logo = (await upload.json()).doc
      const patched = await request.patch(`/api/estates/${sg.id}`, {
        headers,
        data: { logo: logo.id },
      })
      expect(patched.status()).toBe(200)

      const estates = (await (await request.get('/api/estates?limit=0', { headers })).json())
        .totalDocs
      await page
        .context()
        .addCookies([{ name: 'payload-lng', value: lang, url: 'http://127.0.0.1' }])
      await page.goto('/admin/login')
      // Before login the logo is inline (nobody may fetch the file yet), on an installation of one.
      if (estates === 1) {
        await expect(page.locator('.estate-brand--logo img')).toHaveAttribute(
          'src',
          /^data:image\/png;base64,/,
        )
      }
      await page.screenshot({ path: `test-results/screens/admin-login-logo.${lang}.png` })

      const cs = await makeStaffByApi(request, ['cs'], `Logo CS ${lang}`)
      await signIn(page, lang, cs.email, cs.password)
      await page.goto('/admin')
      const mark = page.locator('.step-nav .estate-brand__image')
      await expect(mark).toHaveAttribute('src', /\/api\/estate-logos\/file\//)
      expect(await mark.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120)
      await page.screenshot({ path: `test-results/screens/admin-header-logo.${lang}.png` })
    })

    test('an administrator still has the API tab on a document', async ({ page, request }) => {
      const household = await makeHousehold(request)
      const admin = await makeStaffByApi(request, ['admin'], `Dashboard admin ${lang}`)
      await signIn(page, lang, admin.email, admin.password)
      await page.goto(`/admin/collections/households/${household.id}`)
      await expect(page.locator('.doc-tabs')).toContainText('API')
    })
  })
}
