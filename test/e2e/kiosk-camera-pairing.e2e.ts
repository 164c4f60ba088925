/**
 * Pairing by the camera: Chromium's fake camera shows the QR code of a kiosk's API key (as on its
 * admin record) and the kiosk pairs itself with it.
 */
import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { qrVideo, withCamera } from './fakeCamera'

// Each worker that loads this file makes its own key and video, played by its own browser.
const PAIRING_KEY = randomUUID()

test.use({
  viewport: { width: 1080, height: 1920 },
  hasTouch: true,
  ...withCamera(qrVideo(PAIRING_KEY)),
})

test('the kiosk reads its API key from the QR code on its admin record', async ({
  page,
  request,
}) => {
  const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  const made = await request.post('/api/kiosks', {
    headers: { Authorization: `JWT ${token}` },
    data: { name: 'Camera kiosk', enableAPIKey: true, apiKey: PAIRING_KEY },
  })
  expect(made.ok(), await made.text()).toBe(true)
  await page.goto('/kiosk')
  await page.getByRole('button', { name: '用鏡頭掃描二維碼' }).click()
  await expect(page.getByRole('button', { name: /領取郵件/ })).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('kiosk.apiKey'))).toBe(PAIRING_KEY)
})
