import { expect, test } from '@playwright/test'

import { makeStaffByApi } from './support'

test.use({ locale: 'zh-TW', viewport: { width: 1280, height: 900 } })

test.describe('staff: guard in the admin panel', () => {
  test('GEN-3 GEN-6: logs in in Chinese, switches to English, reads a procedure’s rich text', async ({
    page,
    request,
  }) => {
    const staff = await makeStaffByApi(request, ['guard'], '陳大文')

    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    await page.getByLabel('電子郵件').fill(staff.email)
    await page.getByLabel('密碼').fill(staff.password)
    await page.screenshot({ path: 'test-results/screens/admin-login.zh-TW.png' })
    await page.getByRole('button', { name: '登入' }).click()

    // The dashboard, in Traditional Chinese.
    await expect(page.getByRole('link', { name: /工作程序/ }).first()).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/admin-dashboard.zh-TW.png', fullPage: true })

    // The procedure, in Chinese: the original text as rich text.
    await page.goto('/admin/collections/procedures')
    await page.getByRole('link', { name: /業戶出入證辦理工作程序/ }).click()
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await expect(editor).toContainText('每位家庭成員免費制作三張業戶證')
    await expect(editor.locator('ol li')).toHaveCount(5)
    await page.screenshot({ path: 'test-results/screens/admin-procedure.zh-TW.png', fullPage: true })

    // Switch the admin language to English on the account page.
    await page.goto('/admin/account')
    await page.getByRole('combobox', { name: '語言' }).click()
    await page.getByRole('option', { name: 'English' }).click()
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/admin-account.en.png', fullPage: true })

    // English screens; then the English reading of the content (the Locale switch).
    await page.goto('/admin/collections/procedures?locale=en')
    await expect(page.getByRole('heading', { name: 'Procedures' })).toBeVisible()
    await page.getByRole('link', { name: /Residents' access passes/ }).click()
    const enEditor = page.locator('[data-lexical-editor="true"]').first()
    await expect(enEditor).toContainText('Each family member gets three passes free')
    // A guard reads; only admin and manager may edit.
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0)
    await page.screenshot({ path: 'test-results/screens/admin-procedure.en.png', fullPage: true })
  })
})
