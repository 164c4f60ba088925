/**
 * Screenshots of every kiosk screen, portrait and landscape, in both languages, for a person to
 * look at (tmp/kiosk-shots/). Run with KIOSK_SCREENSHOTS=1; skipped otherwise.
 */
import { randomUUID } from 'node:crypto'
import { expect, type Page, test } from '@playwright/test'

import type { MailLookupReply } from '../../src/domain/kiosk/api'
import { E2E_ADMIN } from '../../playwright.config'

test.skip(!process.env.KIOSK_SCREENSHOTS, 'screenshots only when asked for (KIOSK_SCREENSHOTS=1)')

const LOOKUP: MailLookupReply = {
  addressee: '陳大文',
  count: 4,
  items: [
    { id: 1, kind: 'letter' },
    { id: 2, kind: 'letter' },
    { id: 3, kind: 'registered' },
    { id: 4, kind: 'parcel' },
  ],
}

const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const

for (const [orientation, viewport] of Object.entries(SIZES)) {
  for (const lang of ['zh-TW', 'en'] as const) {
    test.describe(`${orientation} ${lang}`, () => {
      test.use({ viewport, hasTouch: true })

      test(`every screen (${orientation}, ${lang})`, async ({ page, request, context }) => {
        const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
        const apiKey = randomUUID()
        await request.post('/api/kiosks', {
          headers: { Authorization: `JWT ${token}` },
          data: { name: 'Lobby', enableAPIKey: true, apiKey },
        })
        const shot = async (name: string) => {
          await page.waitForTimeout(300)
          await page.screenshot({ path: `tmp/kiosk-shots/${orientation}-${lang}-${name}.png` })
        }
        const english = async () => {
          if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
        }
        await page.clock.install()
        await page.route('**/api/mail-items/lookup', (route) => route.fulfill({ json: LOOKUP }))
        let pickups = 0
        await page.route('**/api/mail-items/pickup', (route) =>
          ++pickups === 1
            ? route.abort('connectionreset')
            : route.fulfill({
                json: { pickedUp: LOOKUP.items, count: 4, pickedUpAt: '', replayed: false },
              }),
        )

        await page.goto('/kiosk')
        await english()
        await page.getByRole('textbox').fill('wrong-key')
        await page
          .getByRole('button', { name: lang === 'en' ? 'Pair' : '配對', exact: true })
          .click()
        await expect(page.locator('.kiosk-error')).toBeVisible()
        await shot('01-pairing')
        await page.getByRole('textbox').fill(apiKey)
        await page
          .getByRole('button', { name: lang === 'en' ? 'Pair' : '配對', exact: true })
          .click()
        await expect(page.locator('.kiosk-action')).toBeVisible()
        await english()
        await shot('02-start')

        await page.locator('.kiosk-action').click()
        for (const digit of '12345678')
          await page.locator('.kiosk-key', { hasText: digit }).first().click()
        await shot('03-code')
        for (const digit of '90')
          await page.locator('.kiosk-key', { hasText: digit }).first().click()
        await page.locator('button[type=submit]').click()
        await expect(page.locator('.kiosk-summary')).toBeVisible()
        await page.locator('.kiosk-check input').nth(3).uncheck()
        await page.locator('.kiosk-check--delegate input').check()
        await page.locator('#kiosk-delegate').fill('李小明')
        await shot('04-items')
        await page.locator('button[type=submit]').click()
        const box = (await page.getByTestId('signature-pad').boundingBox())!
        await page.mouse.move(box.x + 80, box.y + box.height / 2)
        await page.mouse.down()
        for (let i = 1; i <= 14; i++)
          await page.mouse.move(box.x + 80 + i * 45, box.y + box.height / 2 + (i % 2 ? 50 : -50))
        await page.mouse.up()
        await page.locator('.kiosk-actions .kiosk-button').last().click()
        await expect(page.locator('.kiosk-error')).toBeVisible()
        await shot('05-sign-unanswered')
        await page.clock.fastForward(61_000)
        await expect(page.getByRole('dialog')).toBeVisible()
        await shot('06-idle')
        await page.getByRole('dialog').getByRole('button').click()
        await page.locator('.kiosk-actions .kiosk-button').last().click()
        await expect(page.locator('.kiosk-done')).toBeVisible()
        await shot('07-done')
        await page.locator('.kiosk-done button').click()
        await english()
        await context.setOffline(true)
        await expect(page.locator('.kiosk-offline')).toBeVisible()
        await shot('08-offline')
        await context.setOffline(false)
      })
    })
  }
}
