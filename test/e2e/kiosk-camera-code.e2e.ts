/**
 * A pickup code by the camera: Chromium's fake camera shows a resident's pickup QR code and the
 * kiosk looks the code up at once.
 */
import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'

import type { MailLookupReply } from '../../src/domain/kiosk/api'
import { E2E_ADMIN } from '../../playwright.config'
import { qrVideo, withCamera } from './fakeCamera'

const PICKUP_CODE = '3141592653'

test.use({
  viewport: { width: 1920, height: 1080 },
  hasTouch: true,
  ...withCamera(qrVideo(PICKUP_CODE)),
})

test('the resident holds the pickup QR code to the camera and sees their mail', async ({
  page,
  request,
}) => {
  const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  const apiKey = randomUUID()
  await request.post('/api/kiosks', {
    headers: { Authorization: `JWT ${token}` },
    data: { name: 'Camera kiosk', enableAPIKey: true, apiKey },
  })
  await page.addInitScript((key) => window.localStorage.setItem('kiosk.apiKey', key), apiKey)
  const codes: string[] = []
  const reply: MailLookupReply = {
    addressee: '陳大文',
    count: 1,
    items: [{ id: 1, kind: 'parcel' }],
  }
  await page.route('**/api/mail-items/lookup', async (route) => {
    codes.push(route.request().postDataJSON().code)
    await route.fulfill({ json: reply })
  })
  await page.goto('/kiosk')
  await page.getByRole('button', { name: /領取郵件/ }).click()
  await expect(page.getByText('陳大文有 1 件郵件：1 件包裹')).toBeVisible()
  expect(codes).toEqual([PICKUP_CODE])
})
