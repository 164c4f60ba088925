import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type BrowserContext, type Page, test } from '@playwright/test'

import { makeStaffByApi } from './support'

test.use({ viewport: { width: 1280, height: 900 } })

type Lang = 'zh-TW' | 'en'

const WORDS = {
  'zh-TW': {
    title: '匯入售樓部住戶資料',
    choose: '選擇檔案…',
    none: '尚未選擇檔案',
    preview: '預覽',
    toFix: /需要修正的行/,
    badReason: /第 4 行：關係「表親」/,
    ready: '可匯入',
    template: '下載範本（英文欄名）',
    notFound: '找不到此頁',
    procedures: '工作程序',
    mail: '郵件收發程序',
    noSeven: '原文沒有（七）節',
  },
  en: {
    title: 'Import the sales office register',
    choose: 'Choose a file…',
    none: 'No file chosen',
    preview: 'Preview',
    toFix: /Rows to fix/,
    badReason: /Row 4: relationship "表親"/,
    ready: 'Ready',
    template: 'Download the template (English headings)',
    notFound: 'Page not found',
    procedures: 'Procedures',
    mail: 'Receiving and sending mail',
    noSeven: 'The source has no section (七)',
  },
} as const

async function signIn(
  context: BrowserContext,
  request: import('@playwright/test').APIRequestContext,
  baseURL: string,
  lang: Lang,
  roles = ['cs'],
) {
  const staff = await makeStaffByApi(request, roles, 'cs 客服')
  const { token } = await (await request.post('/api/users/login', { data: staff })).json()
  await context.addCookies([
    { name: 'payload-token', value: token, url: baseURL },
    { name: 'payload-lng', value: lang, url: baseURL },
  ])
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

function registerFile(unit: string) {
  const file = path.resolve('tmp', `register-preview-${unit}.csv`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    [
      '單元,姓名,性別,關係,年齡',
      `${unit},周大衛,男,業主,`,
      `${unit},周小欣,女,女兒,7`,
      `${unit},周表哥,男,表親,`,
    ].join('\n'),
  )
  return file
}

for (const lang of ['zh-TW', 'en'] as const) {
  const w = WORDS[lang]
  test.describe(`cs: the register import in ${lang}`, () => {
    test.use({ locale: lang })

    test(`PAS-1: every row is previewed, the bad one highlighted in place with its reason; the chooser and the template are in ${lang}`, async ({
      page,
      context,
      request,
      baseURL,
    }) => {
      await signIn(context, request, baseURL!, lang)
      await page.goto('/office/import')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title)
      // The file chooser speaks the page's language, not the browser's.
      await expect(page.locator('label[for="register-file"]')).toHaveText(w.choose)
      await expect(page.getByText(w.none)).toBeVisible()
      await expectNoViolations(page, 'import page')

      // Keyboard: the chooser takes the focus (its styled label shows it).
      await page.locator('#register-file').focus()
      await expect(page.locator('#register-file')).toBeFocused()

      // The template in English headings, downloaded from the page.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: w.template }).click(),
      ])
      const saved = await download.path()
      expect(fs.readFileSync(saved!, 'utf8')).toBe('\uFEFFUnit,Name,Gender,Relationship,Age\r\n')

      const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
      await page.locator('#register-file').setInputFiles(registerFile(unit))
      await expect(page.getByText(`register-preview-${unit}.csv`)).toBeVisible()
      await page.getByRole('button', { name: w.preview, exact: true }).click()
      await expect(page.getByRole('heading', { name: w.toFix })).toBeVisible()

      // All three rows are in the table, in file order; row 4 is highlighted with its reason.
      const rows = page.locator('table.register-preview tbody tr')
      await expect(rows).toHaveCount(3)
      await expect(rows.nth(0)).not.toHaveClass(/row-bad/)
      await expect(rows.nth(0)).toContainText(w.ready)
      await expect(rows.nth(2)).toHaveClass(/row-bad/)
      await expect(rows.nth(2).getByRole('rowheader')).toHaveText('4')
      await expect(rows.nth(2)).toContainText('周表哥')
      await expect(rows.nth(2)).toContainText(w.badReason)
      await expectNoViolations(page, 'import preview')
      await page.screenshot({
        path: `test-results/screens/office-import-preview.${lang}.png`,
        fullPage: true,
      })
    })

    test(`GEN-3: an unknown or malformed id on an office page is a 404 page in ${lang}`, async ({
      page,
      context,
      request,
      baseURL,
    }) => {
      await signIn(context, request, baseURL!, lang)
      for (const url of ['/office/households/999999/receipt', '/office/households/abc/handover']) {
        const res = await page.goto(url)
        expect(res?.status(), url).toBe(404)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.notFound)
      }
      await expectNoViolations(page, '404 page')
      await page.screenshot({ path: `test-results/screens/office-404.${lang}.png`, fullPage: true })
    })

    test(`GEN-6: the procedures in the admin are in ${lang}, in the source's order, the numbering noted`, async ({
      page,
      context,
      request,
      baseURL,
    }) => {
      await signIn(context, request, baseURL!, lang, ['guard'])
      await page.goto('/admin/collections/procedures')
      await expect(page.getByRole('heading', { name: w.procedures, exact: true })).toBeVisible()
      await expect(page.getByText(/— zh-TW|— en/)).toHaveCount(0)
      await page.screenshot({
        path: `test-results/screens/admin-procedures-list.${lang}.png`,
        fullPage: true,
      })
      await page.getByRole('link', { name: w.mail }).click()
      await expect(page.getByRole('note')).toContainText(w.noSeven)
      await page.screenshot({
        path: `test-results/screens/admin-procedure-mail.${lang}.png`,
        fullPage: true,
      })
    })
  })
}

test.describe('cs: the office language switch', () => {
  test.use({ locale: 'zh-TW' })

  test('GEN-3: English from the office page’s header; the admin follows, and back to 中文', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    await signIn(context, request, baseURL!, 'zh-TW')
    await page.goto('/office/import')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS['zh-TW'].title)
    const group = page.getByRole('group', { name: '語言' })
    await expect(group.getByRole('button', { name: '中文' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await group.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS.en.title)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveTitle('Estate office')
    expect((await context.cookies()).find((c) => c.name === 'payload-lng')?.value).toBe('en')
    await page.screenshot({ path: 'test-results/screens/office-language-switch.en.png' })

    // The admin panel reads the same preference.
    await page.goto('/admin/collections/households')
    await expect(page.getByRole('heading', { name: 'Households', exact: true })).toBeVisible()

    await page.goto('/office/import')
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '中文' })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS['zh-TW'].title)
  })
})
