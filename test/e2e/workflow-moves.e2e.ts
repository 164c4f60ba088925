import { expect, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { makeStaffByApi } from './support'

test.use({ locale: 'zh-TW', viewport: { width: 1280, height: 900 } })

/**
 * The admin offers exactly the moves the server says the user may make (the record's `moves`):
 * no page re-encodes a workflow table. A household with one member, handed over through the API.
 */
test.describe('staff: cs in the admin', () => {
  test('workflow: a pass offers 報失 and 作廢 while active, nothing once lost; a household offers 登記遷出 once moved in', async ({
    page,
    request,
  }) => {
    const staff = await makeStaffByApi(request, ['cs'], '客服 林先生')
    const cs = await (
      await request.post('/api/users/login', {
        data: { email: staff.email, password: staff.password },
      })
    ).json()
    const auth = { Authorization: `JWT ${cs.token}` }
    const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
    const household = await (
      await request.post('/api/households', { headers: auth, data: { unit } })
    ).json()
    await request.post('/api/members', {
      headers: auth,
      data: { household: household.doc.id, name: '林一', gender: 'male', relationship: 'owner' },
    })
    const passes = await (
      await request.get(
        `/api/passes?where[household][equals]=${household.doc.id}&depth=0&sort=ordinal`,
        { headers: auth },
      )
    ).json()
    const pass = passes.docs[0]

    await page.goto('/admin/login')
    await page.getByLabel('電子郵件').fill(staff.email)
    await page.getByLabel('密碼').fill(staff.password)
    await page.getByRole('button', { name: '登入' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    // Prepared: only voiding is offered; before move-in a household offers no move at all.
    await page.goto(`/admin/collections/passes/${pass.id}`)
    await expect(page.getByRole('button', { name: '作廢' })).toBeVisible()
    await expect(page.getByRole('button', { name: '報失' })).toHaveCount(0)
    await page.goto(`/admin/collections/households/${household.doc.id}`)
    await expect(page.getByRole('link', { name: '移交出入證及簽收' })).toBeVisible()
    await expect(page.getByRole('button', { name: '登記遷出' })).toHaveCount(0)

    const signature =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
    const handover = await request.post('/api/pass-receipts/handover', {
      headers: auth,
      data: { household: household.doc.id, signedByName: '林一', signerNote: '業主本人', signature },
    })
    expect(handover.status()).toBe(201)

    // Active: reported lost after a confirm; then no move is left.
    await page.goto(`/admin/collections/passes/${pass.id}`)
    await expect(page.getByRole('button', { name: '作廢' })).toBeVisible()
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: '報失' }).click()
    await expect(page.getByRole('button', { name: '報失' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '作廢' })).toHaveCount(0)
    const admin = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
    const stored = await (
      await request.get(`/api/passes/${pass.id}?depth=0`, {
        headers: { Authorization: `JWT ${admin.token}` },
      })
    ).json()
    expect(stored.status).toBe('lost')

    // Moved in: the household offers the move-out, and makes it.
    await page.goto(`/admin/collections/households/${household.doc.id}`)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: '登記遷出' }).click()
    await expect(page.getByRole('button', { name: '登記遷出' })).toHaveCount(0)
    const moved = await (
      await request.get(`/api/households/${household.doc.id}?depth=0`, { headers: auth })
    ).json()
    expect(moved.status).toBe('moved-out')
  })
})
