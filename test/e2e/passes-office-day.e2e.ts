import { expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { makeStaffByApi } from './support'

/**
 * Issue 8 as one counter visit (PAS-3, PAS-4, PAS-5): a clerk issues an extra pass in the admin,
 * the handover refuses it until paid, the clerk takes the fee, hands every pass over with the
 * owner's signature, prints the signed receipt (one A4 page, no QR code) and the card sheet; the
 * resident then sees the pass as paid in the portal.
 */

const PASSWORD = 'Office-day-password-1'

/** Pages in a PDF: each page object is `/Type /Page` (the tree's root is `/Type /Pages`). */
const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length

async function sign(page: Page) {
  const pad = page.getByTestId('signature-pad')
  await pad.scrollIntoViewIfNeeded()
  const box = (await pad.boundingBox())!
  await page.mouse.move(box.x + 40, box.y + 100)
  await page.mouse.down()
  for (let i = 1; i <= 20; i++)
    await page.mouse.move(box.x + 40 + i * 15, box.y + 100 + Math.sin(i) * 30)
  await page.mouse.up()
}

test.describe('staff: cs, then the resident', () => {
  test.use({ locale: 'zh-TW', viewport: { width: 1280, height: 900 } })

  test('PAS-3 PAS-5: extra pass → refused at handover while unpaid → paid → handed over → one-page receipt and cards → “paid” in the portal', async ({
    page,
    request,
    context,
    baseURL,
  }) => {
    // The household as the register import leaves it: an owner with 3 free passes, and an account.
    const { token: adminToken } = await (
      await request.post('/api/users/login', { data: E2E_ADMIN })
    ).json()
    const headers = { Authorization: `JWT ${adminToken}` }
    const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
    const household = (
      await (await request.post('/api/households', { headers, data: { unit } })).json()
    ).doc
    const owner = (
      await (
        await request.post('/api/members', {
          headers,
          data: { household: household.id, name: '鄧子軒', gender: 'male', relationship: 'owner' },
        })
      ).json()
    ).doc
    const email = `office-day-${Date.now()}@test.example`
    expect(
      (
        await request.post('/api/residents', {
          headers,
          data: {
            email,
            password: PASSWORD,
            name: '鄧子軒',
            household: household.id,
            member: owner.id,
          },
        })
      ).ok(),
    ).toBe(true)

    const clerk = await makeStaffByApi(request, ['cs'], '客服 區小姐')
    const { token } = await (await request.post('/api/users/login', { data: clerk })).json()
    await context.addCookies([
      { name: 'payload-token', value: token, url: baseURL! },
      { name: 'payload-lng', value: 'zh-TW', url: baseURL! },
    ])

    // 1. The clerk issues a 4th pass in the admin: the fee is quoted before it is made.
    await page.goto(`/admin/collections/members/${owner.id}`)
    await page.getByRole('button', { name: '補發／加證' }).click()
    await expect(page.getByText('這是鄧子軒的第 4 張出入證，費用：50\u00a0元。')).toBeVisible()
    await page.getByRole('button', { name: '確認製作' }).click()
    await expect(page.getByRole('status').filter({ hasText: `${unit}-01-4` })).toContainText(
      '50\u00a0元',
    )

    // 2. The handover offers the free passes but not the unpaid one, which links to its payment.
    await page.goto(`/office/households/${household.id}/handover`)
    const owed = page.getByRole('row', { name: new RegExp(`${unit}-01-4`) })
    await expect(owed).toContainText('未繳費，不可移交')
    await expect(owed.getByRole('checkbox')).toHaveCount(0)
    await owed.getByRole('link', { name: '登記繳費' }).click()

    // 3. The fee is taken in cash: a receipt number comes back.
    await page.waitForURL(`**/office/households/${household.id}/payment`)
    await expect(page.getByRole('checkbox', { name: new RegExp(`${unit}-01-4`) })).toBeChecked()
    await expect(page.getByTestId('payment-total')).toHaveText('50\u00a0元')
    await page.getByRole('radio', { name: '現金' }).check()
    await page.getByRole('button', { name: /確認收款/ }).click()
    await expect(page.getByRole('status')).toContainText(/已收款，收據編號 R-\d{4}-\d{6}/)

    // 4. Now every pass is handed over, signed by the owner.
    await page.goto(`/office/households/${household.id}/handover`)
    await expect(page.getByText('已選 4 張，共 4 張待移交。')).toBeVisible()
    await sign(page)
    await page.getByRole('button', { name: '確認移交' }).click()
    await expect(page.getByText('已移交 4 張出入證，已即時生效。')).toBeVisible()

    // 5. The signed receipt: one A4 page, every pass number, all paid, no QR code anywhere.
    const passes = (
      await (
        await request.get(`/api/passes?where[household][equals]=${household.id}&sort=number`, {
          headers,
        })
      ).json()
    ).docs as { number: string; receipt: number | { id: number } }[]
    expect(passes).toHaveLength(4)
    const receiptId =
      typeof passes[0]!.receipt === 'object' ? passes[0]!.receipt.id : passes[0]!.receipt
    await page.goto(`/office/households/${household.id}/receipt?receipt=${receiptId}`)
    for (const pass of passes) await expect(page.getByText(pass.number).first()).toBeVisible()
    await expect(page.getByRole('row', { name: new RegExp(`${unit}-01-4.*已繳`) })).toBeVisible()
    await expect(page.locator('.receipt-sign')).toContainText('鄧子軒')
    await expect(page.locator('svg, canvas')).toHaveCount(0)
    await page.emulateMedia({ media: 'print' })
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1)
    await page.emulateMedia({ media: 'screen' })

    // 6. The card sheet: one card per pass, each with its number.
    await page.goto(`/office/households/${household.id}/cards`)
    await expect(page.locator('.pass-card')).toHaveCount(4)
    for (const pass of passes)
      await expect(page.locator('.pass-card').filter({ hasText: pass.number })).toHaveCount(1)

    // 7. The resident sees the 4th pass as paid.
    await context.clearCookies()
    await page.goto('/portal/login')
    await page.locator('#login-email').fill(email)
    await page.locator('#login-password').fill(PASSWORD)
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/portal')
    const fourth = page
      .locator('li, tr')
      .filter({ hasText: `${unit}-01-4` })
      .last()
    await expect(fourth).toContainText('已繳 50\u00a0元')
    await page.screenshot({ path: 'test-results/screens/portal-paid.zh-TW.png', fullPage: true })
  })
})
