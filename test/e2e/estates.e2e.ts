import { randomUUID } from 'node:crypto'
import { type APIRequestContext, expect, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { estateByCode, PASSWORD } from './support'

test.use({ viewport: { width: 1280, height: 900 } })

const auth = (token: string) => ({ Authorization: `JWT ${token}` })

/**
 * A second estate, a person who is cs at the first (SG) and supervisor at the second, and a
 * household at each estate, made through REST as an office would.
 */
async function twoEstates(request: APIRequestContext) {
  const admin = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  const sg = await estateByCode(request, admin.token, 'SG')
  const code = `E${randomUUID().replace(/-/g, '').slice(0, 5).toUpperCase()}`
  const created = await request.post('/api/estates', {
    headers: auth(admin.token),
    data: { name: '翠湖居', nameEn: 'Jade Lake', code, timeZone: 'Asia/Shanghai', currency: 'CNY' },
  })
  expect(created.status()).toBe(201)
  const other = (await created.json()).doc.id as number
  const email = `two-estates-${randomUUID().slice(0, 8)}@test.example`
  const staff = await request.post('/api/users', {
    headers: auth(admin.token),
    data: {
      email,
      password: PASSWORD,
      name: '陳兩苑',
      memberships: [
        { estate: sg, roles: ['cs'] },
        { estate: other, roles: ['supervisor', 'cs'] },
      ],
      currentEstate: sg,
    },
  })
  expect(staff.status()).toBe(201)
  const me = await (
    await request.post('/api/users/login', { data: { email, password: PASSWORD } })
  ).json()
  const units = { sg: `8-${randomUUID().slice(0, 4)}`, other: `9-${randomUUID().slice(0, 4)}` }
  const inSg = await request.post('/api/households', {
    headers: auth(me.token),
    data: { unit: units.sg },
  })
  expect(inSg.status()).toBe(201)
  await request.patch(`/api/users/${me.user.id}`, {
    headers: auth(me.token),
    data: { currentEstate: other },
  })
  const inOther = await request.post('/api/households', {
    headers: auth(me.token),
    data: { unit: units.other },
  })
  expect(inOther.status()).toBe(201)
  await request.patch(`/api/users/${me.user.id}`, {
    headers: auth(me.token),
    data: { currentEstate: sg },
  })
  return { email, code, units }
}

for (const lang of ['zh-TW', 'en'] as const) {
  test.describe(`staff with roles at two estates (${lang})`, () => {
    test.use({ locale: lang })

    test('estate: switches estate in the admin and sees only that estate’s households', async ({
      page,
      request,
    }) => {
      // Three admin list loads and two estate switches: slow on a busy two-core machine.
      test.setTimeout(180_000)
      const { email, code, units } = await twoEstates(request)
      const words =
        lang === 'en'
          ? { email: 'Email', password: 'Password', login: 'Login', workingIn: 'Working in' }
          : { email: '電子郵件', password: '密碼', login: '登入', workingIn: '目前工作屋苑' }
      await page.goto('/admin/login')
      await page.getByLabel(words.email).fill(email)
      await page.getByLabel(words.password).fill(PASSWORD)
      await page.getByRole('button', { name: words.login }).click()
      await page.waitForURL((url) => !url.pathname.includes('/login'))

      await page.goto('/admin/collections/households?limit=100')
      const estate = page.getByLabel(words.workingIn)
      await expect(estate).toHaveValue(/\d+/)
      // The label is on screen, not only for screen readers.
      await expect(page.getByText(words.workingIn, { exact: true })).toBeVisible()
      await expect(page.getByRole('link', { name: units.sg })).toBeVisible()
      await expect(page.getByRole('link', { name: units.other })).toHaveCount(0)
      await page.screenshot({
        path: `test-results/screens/admin-estate-sg.${lang}.png`,
        fullPage: true,
      })

      await estate.selectOption({ label: `${lang === 'en' ? 'Jade Lake' : '翠湖居'} (${code})` })
      await expect(page.getByRole('link', { name: units.other })).toBeVisible()
      await expect(page.getByRole('link', { name: units.sg })).toHaveCount(0)
      await expect(page.getByLabel(words.workingIn)).toHaveValue(/\d+/)
      await page.screenshot({
        path: `test-results/screens/admin-estate-other.${lang}.png`,
        fullPage: true,
      })

      // Back to the first estate for the next run of the page.
      await page
        .getByLabel(words.workingIn)
        .selectOption({ label: lang === 'en' ? 'Sunshine Garden (SG)' : '陽光嘉園 (SG)' })
      await expect(page.getByRole('link', { name: units.sg })).toBeVisible()
    })
  })
}
