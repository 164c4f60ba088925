import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { makeStaffByApi } from './support'

test.use({ locale: 'zh-TW', viewport: { width: 1280, height: 900 } })

/**
 * The whole path of procedure (四) at the office: import the sales office's register file,
 * print the sign-for receipt, hand the passes over with a drawn signature.
 */
test.describe('staff: cs at move-in', () => {
  test('PAS-1 PAS-4 PAS-5 PAS-3: import a register file, print the receipt, hand over with a signature; the resident sees the QR codes and asks for a 4th pass at 50', async ({
    page,
    request,
    browser,
  }) => {
    const staff = await makeStaffByApi(request, ['cs'], '客服 陳小姐')
    const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
    const file = path.resolve('tmp', `register-${unit}.csv`)
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

    await page.goto('/admin/login')
    await page.getByLabel('電子郵件').fill(staff.email)
    await page.getByLabel('密碼').fill(staff.password)
    await page.getByRole('button', { name: '登入' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.goto('/admin/collections/households')
    await page.getByRole('link', { name: /匯入售樓部住戶資料/ }).click()

    // A bad row is named and blocks the import.
    await page.getByLabel(/檔案/).setInputFiles(file)
    await page.getByRole('button', { name: '預覽' }).click()
    await expect(page.getByRole('heading', { name: /需要修正的行/ })).toBeVisible()
    await expect(page.getByText(/第 4 行/)).toBeVisible()
    await expect(page.getByRole('button', { name: '確認匯入' })).toBeDisabled()
    await page.screenshot({
      path: 'test-results/screens/office-import-problems.zh-TW.png',
      fullPage: true,
    })

    // The corrected file: preview, then confirm.
    const fixed = file.replace('.csv', '-fixed.csv')
    fs.writeFileSync(
      fixed,
      ['單元,姓名,性別,關係,年齡', `${unit},周大衛,男,業主,`, `${unit},周小欣,女,女兒,7`].join(
        '\n',
      ),
    )
    await page.getByLabel(/檔案/).setInputFiles(fixed)
    await page.getByRole('button', { name: '預覽' }).click()
    await expect(page.getByText('沒有錯誤，可以匯入。')).toBeVisible()
    await page.getByRole('button', { name: '確認匯入' }).click()
    await expect(page.getByRole('status')).toContainText('6')
    await page.getByRole('link', { name: unit }).click()

    // The sign-for receipt: 6 passes by number, never their QR codes, print preview on A4.
    await expect(page.getByRole('heading', { name: new RegExp(unit) })).toBeVisible()
    await expect(page.getByRole('cell', { name: `${unit}-02-3` })).toBeVisible()
    await expect(page.getByRole('img', { name: /二維碼/ })).toHaveCount(0)
    await page.emulateMedia({ media: 'print' })
    // On paper: the receipt, its 6 pass numbers and the signature line; no links or buttons.
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(`業戶出入證簽收單 · ${unit}`) }),
    ).toBeVisible()
    await expect(page.locator('.receipt-table tbody tr')).toHaveCount(6)
    await expect(page.getByRole('link', { name: '移交及簽收' })).toBeHidden()
    await expect(page.getByRole('button')).toHaveCount(0)
    await page.screenshot({
      path: 'test-results/screens/office-receipt-print.zh-TW.png',
      fullPage: true,
    })
    // One A4 sheet for a household of two (rows are never split across pages).
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(1)
    await page.emulateMedia({ media: 'screen' })

    // Handover: the resident signs on screen.
    await page.getByRole('link', { name: '移交及簽收' }).click()
    // The signer is chosen from the household's adults: the owner, not the 7-year-old daughter.
    await expect(page.getByLabel('簽收人', { exact: true })).toHaveValue(/\d+/)
    await expect(page.getByRole('option', { name: /周小欣/ })).toHaveCount(0)
    await expect(page.getByRole('option', { name: '周大衛（業主）' })).toHaveCount(1)
    await page.getByRole('button', { name: '確認移交' }).click()
    await expect(page.getByRole('alert').filter({ hasText: '請先簽名。' })).toBeVisible()
    const pad = page.getByTestId('signature-pad')
    const box = (await pad.boundingBox())!
    await page.mouse.move(box.x + 40, box.y + 120)
    await page.mouse.down()
    for (let i = 1; i <= 20; i++)
      await page.mouse.move(box.x + 40 + i * 15, box.y + 120 + Math.sin(i) * 40)
    await page.mouse.up()
    await page.screenshot({
      path: 'test-results/screens/office-handover.zh-TW.png',
      fullPage: true,
    })
    await page.getByRole('button', { name: '確認移交' }).click()
    await expect(page.getByText('已移交 6 張出入證，已即時生效。')).toBeVisible()
    await page.getByRole('link', { name: '查看已簽收的簽收單' }).click()
    await expect(page.getByRole('img', { name: /業戶簽名: 周大衛/ })).toBeVisible()
    await expect(page.getByText(/簽收時間/)).toBeVisible()
    await page.screenshot({
      path: 'test-results/screens/office-receipt-signed.zh-TW.png',
      fullPage: true,
    })

    // PAS-3 in the admin: another pass for the daughter, the fee quoted before confirming.
    // Other tests share this database: find her by name, as a clerk would with the search box.
    await page.goto(`/admin/collections/members?search=${encodeURIComponent('周小欣')}`)
    await page.getByRole('link', { name: '周小欣' }).first().click()
    await page.getByRole('button', { name: '補發／加證' }).click()
    await expect(page.getByText('這是周小欣的第 4 張出入證，費用：50\u00a0元。')).toBeVisible()
    await page.getByRole('button', { name: '確認製作' }).click()
    await expect(page.getByRole('status').filter({ hasText: '費用：50\u00a0元' })).toContainText(
      `${unit}-02-4`,
    )
    await expect(page.getByRole('row', { name: new RegExp(`${unit}-02-4.*50`) })).toBeVisible()
    await page.screenshot({
      path: 'test-results/screens/admin-member-extra-pass.zh-TW.png',
      fullPage: true,
    })

    // The household's portal account, made by the office with a password (as the demo does).
    const admin = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
    const households = await (
      await request.get(`/api/households?where[unit][equals]=${unit}&depth=0`, {
        headers: { Authorization: `JWT ${admin.token}` },
      })
    ).json()
    const email = `zhou-${Date.now()}@test.example`
    const created = await request.post('/api/residents', {
      headers: { Authorization: `JWT ${admin.token}` },
      data: {
        email,
        password: 'Zhou-password-1',
        name: '周大衛',
        household: households.docs[0].id,
      },
    })
    expect(created.ok()).toBe(true)

    // The resident, on a phone: the handed-over passes with QR codes, then a 4th pass at 50
    // (owed: that one and the daughter's extra pass from the office).
    const phone = await browser.newContext({
      locale: 'zh-TW',
      viewport: { width: 390, height: 844 },
    })
    const portal = await phone.newPage()
    await portal.goto('/portal')
    await portal.getByLabel('電郵地址').fill(email)
    await portal.getByLabel('密碼').fill('Zhou-password-1')
    await portal.getByRole('button', { name: '登入' }).click()
    await expect(portal.getByRole('heading', { level: 1, name: '住戶網上服務' })).toBeVisible()
    const owner = portal.getByRole('list', { name: '周大衛的業戶出入證' })
    await expect(owner.getByRole('button', { name: /二維碼/ })).toHaveCount(3)
    await portal.getByRole('button', { name: '為周大衛加證' }).click()
    await expect(portal.getByText('這是周大衛的第 4 張出入證；費用 50 元。')).toBeVisible()
    await portal.getByRole('button', { name: '確認加證' }).click()
    await expect(portal.getByRole('status').filter({ hasText: '已申請出入證' })).toContainText(
      `${unit}-01-4；費用 50 元`,
    )
    await expect(owner.getByRole('button', { name: /二維碼/ })).toHaveCount(4)
    await expect(portal.getByRole('region', { name: '應繳費用' })).toContainText('100 元')
    await portal.screenshot({
      path: 'test-results/screens/portal-after-handover.zh-TW.png',
      fullPage: true,
    })
    await phone.close()
  })
})
