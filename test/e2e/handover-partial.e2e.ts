import { AxeBuilder } from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { makeStaffByApi } from './support'

/**
 * Issue 8, "Staff screens" (PAS-3, PAS-5): a clerk hands over one member's passes and holds
 * another's back, an unpaid extra pass cannot be chosen, and the household page then shows who
 * signed, when, who handed over and the signed receipt. Screens in both languages.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectNoViolations(page: Page, name: string, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG)
  if (include) builder.include(include)
  const result = await builder.analyze()
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(found, name).toEqual([])
}

/** A household of an owner, a spouse and a child, with a 4th (unpaid, 50) pass for the owner. */
async function household(request: APIRequestContext) {
  const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  const headers = { Authorization: `JWT ${token}` }
  const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
  const doc = (await (await request.post('/api/households', { headers, data: { unit } })).json())
    .doc
  const members: { id: number; name: string }[] = []
  for (const m of [
    { name: '何家明', gender: 'male', relationship: 'owner' },
    { name: '何太', gender: 'female', relationship: 'spouse' },
    { name: '何小妹', gender: 'female', relationship: 'child', age: 6 },
  ]) {
    const res = await request.post('/api/members', {
      headers,
      data: { household: doc.id, ...m },
    })
    expect(res.ok()).toBe(true)
    members.push((await res.json()).doc)
  }
  const extra = await request.post('/api/passes/request', {
    headers,
    data: { member: members[0]!.id },
  })
  expect(extra.status()).toBe(201)
  return { id: doc.id as number, unit, members, extra: (await extra.json()).doc }
}

async function signAndConfirm(page: Page, confirm: string) {
  const pad = page.getByTestId('signature-pad')
  await pad.scrollIntoViewIfNeeded()
  const box = (await pad.boundingBox())!
  await page.mouse.move(box.x + 40, box.y + 120)
  await page.mouse.down()
  for (let i = 1; i <= 20; i++)
    await page.mouse.move(box.x + 40 + i * 15, box.y + 120 + Math.sin(i) * 40)
  await page.mouse.up()
  await page.getByRole('button', { name: confirm }).click()
}

test.describe('staff: cs at move-in', () => {
  test.use({ locale: 'zh-TW', viewport: { width: 1280, height: 900 } })

  test('PAS-5 PAS-3: hands over the owner’s and child’s passes, holds the spouse’s back, cannot choose the unpaid one; the household page then shows the signer, the time, who handed over and the receipt', async ({
    page,
    request,
    context,
    baseURL,
  }) => {
    const home = await household(request)
    const staff = await makeStaffByApi(request, ['cs'], '客服 梁小姐')
    const { token } = await (await request.post('/api/users/login', { data: staff })).json()
    await context.addCookies([
      { name: 'payload-token', value: token, url: baseURL! },
      { name: 'payload-lng', value: 'zh-TW', url: baseURL! },
    ])

    // The household page before handover: every pass names its holder without scrolling (the
    // 4th pass of the first member included), what waits, and what is owed.
    await page.goto(`/admin/collections/households/${home.id}`)
    const panel = page.getByRole('region', { name: '出入證移交' })
    await expect(panel).toContainText('何家明：4 張（其中 1 張未繳費）')
    await expect(panel).toContainText('何太：3 張')
    await expect(panel).toContainText('尚欠 50\u00a0元（1 張）· 已繳 0\u00a0元（0 張）')
    await expect(panel.getByRole('link', { name: '登記繳費' })).toHaveAttribute(
      'href',
      `/office/households/${home.id}/payment`,
    )
    const passRows = page.locator('.relationship-table').filter({ hasText: `${home.unit}-01-4` })
    await expect(passRows.locator('tbody tr')).toHaveCount(10)
    await expect(passRows).not.toContainText('No Member')
    await expect(passRows).not.toContainText('沒有')
    await expect(passRows.locator('tbody tr').nth(3)).toContainText('何家明')
    await expect(passRows.locator('tbody tr').nth(3)).toContainText('50\u00a0元')
    await expect(passRows.locator('tbody tr').nth(2)).toContainText('免費')
    await expect(passRows.locator('tbody tr').nth(9)).toContainText('何小妹')
    await expectNoViolations(page, 'household handover panel', '.household-handover')
    await page.screenshot({
      path: 'test-results/screens/admin-household-before-handover.zh-TW.png',
      fullPage: true,
    })

    await panel.getByRole('link', { name: '移交出入證及簽收' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(home.unit)
    // The unpaid extra pass is listed as owed, cannot be chosen, and links to its payment.
    const owedRow = page.getByRole('row', { name: new RegExp(`${home.unit}-01-4`) })
    await expect(owedRow).toContainText('未繳費，不可移交')
    await expect(owedRow.getByRole('checkbox')).toHaveCount(0)
    await expect(owedRow.getByRole('link', { name: '登記繳費' })).toHaveAttribute(
      'href',
      `/office/households/${home.id}/payment`,
    )
    await expect(page.getByText('已選 9 張，共 9 張待移交。')).toBeVisible()
    // The spouse is not here: her passes are held back.
    await page.getByRole('checkbox', { name: '移交何太的出入證' }).uncheck()
    await expect(page.getByRole('checkbox', { name: `移交 ${home.unit}-02-1` })).not.toBeChecked()
    await expect(page.getByText('已選 6 張，共 9 張待移交。')).toBeVisible()
    // Only the adults may sign: the child is not offered.
    const signer = page.getByLabel('簽收人', { exact: true })
    await expect(signer.locator('option')).toHaveText([
      '何家明（業主）',
      '何太（配偶）',
      '其他人（例如家傭、親屬）',
    ])
    await expectNoViolations(page, 'handover page')
    await page.screenshot({
      path: 'test-results/screens/office-handover-partial.zh-TW.png',
      fullPage: true,
    })

    await signAndConfirm(page, '確認移交')
    await expect(page.getByText('已移交 6 張出入證，已即時生效。')).toBeVisible()
    await expect(page.getByText('仍有 4 張出入證待日後移交。')).toBeVisible()

    // Back on the household page: who signed, when, who handed over, the receipt.
    await page.getByRole('link', { name: '返回住戶頁面' }).click()
    const after = page.getByRole('region', { name: '出入證移交' })
    const signed = after.getByRole('table', { name: '已簽收的移交' })
    await expect(signed.locator('tbody tr')).toHaveCount(1)
    await expect(signed.locator('tbody tr').first()).toContainText('何家明')
    await expect(signed.locator('tbody tr').first()).toContainText('客服 梁小姐')
    await expect(signed.locator('tbody tr').first()).toContainText(
      /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/,
    )
    await expect(signed.locator('tbody tr').first()).toContainText('6 張')
    await expect(after).toContainText('何太：3 張')
    // The status is read-only: moved in by the handover.
    await expect(page.locator('#field-status')).toContainText('已入住')
    await expect(after.getByRole('link', { name: '移交出入證及簽收' })).toBeVisible()
    await expectNoViolations(page, 'household after handover', '.household-handover')
    await page.screenshot({
      path: 'test-results/screens/admin-household-after-handover.zh-TW.png',
      fullPage: true,
    })
    await after.getByRole('link', { name: '查看第 1 次移交的簽收單' }).click()
    await expect(page.getByRole('img', { name: /業戶簽名: 何家明/ })).toBeVisible()

    // The spouse's passes a week later, signed for by her helper with a note.
    await page.goto(`/office/households/${home.id}/handover`)
    await expect(page.getByText('已選 3 張，共 3 張待移交。')).toBeVisible()
    await page
      .getByLabel('簽收人', { exact: true })
      .selectOption({ label: '其他人（例如家傭、親屬）' })
    await page.getByLabel('簽收人姓名').fill('Maria Santos')
    await signAndConfirm(page, '確認移交')
    await expect(
      page.getByRole('alert').filter({ hasText: '請填寫簽收人姓名及身分備註。' }),
    ).toBeVisible()
    await page.getByLabel('簽收人身分備註（必填）').fill('何太的家傭')
    await page.getByRole('button', { name: '確認移交' }).click()
    await expect(page.getByText('已移交 3 張出入證，已即時生效。')).toBeVisible()
    await page.getByRole('link', { name: '返回住戶頁面' }).click()
    const twice = page.getByRole('region', { name: '出入證移交' })
    await expect(
      twice.getByRole('table', { name: '已簽收的移交' }).locator('tbody tr'),
    ).toHaveCount(2)
    await expect(twice).toContainText('Maria Santos · 何太的家傭')
    // Only the unpaid pass waits: it needs a payment, not a handover.
    await expect(twice).toContainText('何家明：1 張（其中 1 張未繳費）')
    await expect(twice.getByRole('link', { name: '移交出入證及簽收' })).toHaveCount(0)
    await expect(twice.getByRole('link', { name: '登記繳費' })).toBeVisible()
  })
})

test.describe('staff: cs in English', () => {
  test.use({ locale: 'en', viewport: { width: 1280, height: 900 } })

  test('GEN-3: the household panel and the handover page in English, with money as CNY 50.00', async ({
    page,
    request,
    context,
    baseURL,
  }) => {
    const home = await household(request)
    const staff = await makeStaffByApi(request, ['cs'], 'CS Leung')
    const { token } = await (await request.post('/api/users/login', { data: staff })).json()
    await context.addCookies([
      { name: 'payload-token', value: token, url: baseURL! },
      { name: 'payload-lng', value: 'en', url: baseURL! },
    ])
    await page.goto(`/admin/collections/households/${home.id}`)
    const panel = page.getByRole('region', { name: 'Pass handover' })
    await expect(panel).toContainText('何家明: 4 passes (1 unpaid)')
    await expect(panel).toContainText(
      'Owed CNY\u00a050.00 (1 pass) · Paid CNY\u00a00.00 (0 passes)',
    )
    await expectNoViolations(page, 'household panel (en)', '.household-handover')
    await page.screenshot({
      path: 'test-results/screens/admin-household-before-handover.en.png',
      fullPage: true,
    })
    await panel.getByRole('link', { name: 'Hand over passes and sign' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('row', { name: new RegExp(`${home.unit}-01-4`) })).toContainText(
      'CNY\u00a050.00 · Unpaid: cannot be handed over',
    )
    await expect(page.getByLabel('Person signing', { exact: true }).locator('option')).toHaveText([
      '何家明 (Owner)',
      '何太 (Spouse)',
      'Someone else (e.g. a domestic helper, a relative)',
    ])
    await expectNoViolations(page, 'handover page (en)')
    await page.screenshot({
      path: 'test-results/screens/office-handover-partial.en.png',
      fullPage: true,
    })

    // After a handover (made through the API here): the signer, the time in English, the receipt.
    const passes = await (
      await request.get(`/api/passes?where[household][equals]=${home.id}&depth=0&limit=50`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()
    const ownerFree = passes.docs
      .filter(
        (p: { member: number; fee: number }) => p.member === home.members[0]!.id && p.fee === 0,
      )
      .map((p: { id: number }) => p.id)
    const handover = await request.post('/api/pass-receipts/handover', {
      headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'en' },
      data: {
        household: home.id,
        passes: ownerFree,
        signerMember: home.members[0]!.id,
        signature:
          'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      },
    })
    expect(handover.status()).toBe(201)
    await page.goto(`/admin/collections/households/${home.id}`)
    const signed = page
      .getByRole('region', { name: 'Pass handover' })
      .getByRole('table', { name: 'Signed handovers' })
    await expect(signed.locator('tbody tr').first()).toContainText('何家明')
    await expect(signed.locator('tbody tr').first()).toContainText('CS Leung')
    await expect(signed.locator('tbody tr').first()).toContainText(
      /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/,
    )
    await expect(
      signed.getByRole('link', { name: 'View the signed receipt of handover 1' }),
    ).toBeVisible()
    await expectNoViolations(page, 'household after handover (en)', '.household-handover')
    await page.screenshot({
      path: 'test-results/screens/admin-household-after-handover.en.png',
      fullPage: true,
    })
  })
})
