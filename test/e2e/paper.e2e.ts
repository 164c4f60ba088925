import { AxeBuilder } from '@axe-core/playwright'
import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import sharp from 'sharp'

import { readQrCode } from '../support/qr'
import { estateByCode, makeStaffByApi } from './support'

/**
 * The office's paper (issue 8, "Paper"; PAS-4, PAS-5): the sign-for receipt on one A4 page without
 * QR codes, the pass card sheet with working QR codes, member photos from the camera page, and
 * batch printing after an import. In both languages, printed to PDF as a browser would.
 */
const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
/** A passport-style portrait (a drawn head and shoulders), as the office's camera would take. */
const portrait = () =>
  sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="210" height="270"><rect width="210" height="270" fill="#dfe7ef"/>' +
        '<ellipse cx="105" cy="105" rx="52" ry="62" fill="#e8c4a0"/><rect x="35" y="185" width="140" height="100" rx="50" fill="#35507a"/></svg>',
    ),
  )
    .jpeg()
    .toBuffer()
const NAMES = ['梁志強', '梁太', '梁小明', '梁小玲', '梁婆婆', '梁伯伯']

const WORDS = {
  'zh-TW': {
    htmlLang: 'zh-Hant-TW',
    receipt: '業戶出入證簽收單',
    receiptNo: '簽收單編號',
    totals: '出入證 18 張',
    free: '全部免費，毋須繳費。',
    cards: '出入證卡',
    card: (n: string) => `出入證 ${n}`,
    qr: (n: string) => `出入證 ${n} 的二維碼`,
    photo: '成員相片',
    take: '拍照或選擇相片',
    save: '儲存相片',
    saved: '相片已儲存。',
    batch: '批量列印',
    owed: '未繳',
    stillOwed: '尚欠 50\u00a0元，請到客服部繳費。',
    allPaid: '費用已全部繳清。',
    paid: '已繳',
  },
  en: {
    htmlLang: 'en',
    receipt: 'Access pass sign-for receipt',
    receiptNo: 'Receipt no.',
    totals: '18 passes',
    free: 'All free: nothing to pay.',
    cards: 'Pass cards',
    card: (n: string) => `Pass ${n}`,
    qr: (n: string) => `QR code of pass ${n}`,
    photo: 'Member photo',
    take: 'Take or choose a photo',
    save: 'Save photo',
    saved: 'Photo saved.',
    batch: 'Print in one go',
    owed: 'Owed',
    stillOwed: 'CNY\u00a050.00 still owed: please pay at customer service.',
    allPaid: 'All fees paid.',
    paid: 'Paid',
  },
} as const

async function adminHeaders(request: APIRequestContext) {
  const { token } = await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()
  return { Authorization: `JWT ${token}` }
}

async function call(
  request: APIRequestContext,
  method: 'get' | 'post' | 'patch',
  path: string,
  data?: Record<string, unknown>,
) {
  const res = await request[method](path, { headers: await adminHeaders(request), data })
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`)
  return res.json()
}

/** A household of the given members (each gets 3 prepared passes), made by the bootstrap admin. */
async function makeHousehold(request: APIRequestContext, names: string[]) {
  const unit = `${1 + Math.floor(Math.random() * 90)}-${Date.now() % 100000}`
  const household = (await call(request, 'post', '/api/households', { unit })).doc
  const members = []
  for (const [i, name] of names.entries()) {
    members.push(
      (
        await call(request, 'post', '/api/members', {
          household: household.id,
          name,
          gender: i % 2 ? 'female' : 'male',
          relationship: i === 0 ? 'owner' : 'spouse',
        })
      ).doc,
    )
  }
  return { household, members, unit }
}

async function passesOf(request: APIRequestContext, household: number) {
  const found = await call(
    request,
    'get',
    `/api/passes?where[household][equals]=${household}&sort=number&limit=100&depth=0`,
  )
  return found.docs as { id: number; number: string; status: string; qrToken: string }[]
}

async function signIn(
  context: BrowserContext,
  request: APIRequestContext,
  baseURL: string,
  lang: string,
) {
  const staff = await makeStaffByApi(request, ['cs'], 'Paper cs 紙本客服')
  const { token } = await (await request.post('/api/users/login', { data: staff })).json()
  await context.addCookies([
    { name: 'payload-token', value: token, url: baseURL },
    { name: 'payload-lng', value: lang, url: baseURL },
  ])
  return token as string
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

/** A print-emulated screenshot at the width of an A4 sheet (96 px per inch), to look at. */
async function printScreenshot(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' })
  const viewport = page.viewportSize()
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })
  if (viewport) await page.setViewportSize(viewport)
}

/** The pages of a PDF as Chromium prints the page on A4, and the raster images it holds. */
async function printToPdf(page: Page) {
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1')
  return {
    pages: pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0,
    images: pdf.match(/\/Subtype\s*\/Image/g)?.length ?? 0,
  }
}

for (const lang of ['zh-TW', 'en'] as const) {
  const w = WORDS[lang]
  test.describe(`cs (${lang})`, () => {
    test.use({ viewport: { width: 1280, height: 900 }, locale: lang })

    test(`PAS-4: the sign-for receipt of a 6-member household (18 passes) is one A4 page, with number, estate, totals and no QR code (${lang})`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const { household, unit } = await makeHousehold(request, NAMES)
      const estate = await estateByCode(
        request,
        (await adminHeaders(request)).Authorization.slice(4),
        'SG',
      )
      await call(request, 'patch', `/api/estates/${estate}`, {
        address: '廣州市天河區同和路 88 號',
      })
      await signIn(context, request, baseURL!, lang)
      await page.goto(`/office/households/${household.id}/receipt`)
      await expect(page.locator('html')).toHaveAttribute('lang', w.htmlLang)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`${w.receipt} · ${unit}`)
      await expect(page.getByText(`SG-${unit}-R1`)).toBeVisible()
      await expect(page.getByText('廣州市天河區同和路 88 號')).toBeVisible()
      await expect(page.getByText(w.totals)).toBeVisible()
      await expect(page.getByText(w.free)).toBeVisible()
      const rows = page.locator('.receipt-table tbody tr')
      await expect(rows).toHaveCount(18)
      for (const n of [`${unit}-01-1`, `${unit}-06-3`])
        await expect(page.getByRole('cell', { name: n })).toBeVisible()
      // No QR code anywhere: a photocopy of the receipt opens no gate.
      await expect(page.locator('svg')).toHaveCount(0)
      await expectNoViolations(page, 'receipt')

      await page.emulateMedia({ media: 'print' })
      await expect(page.getByRole('button')).toHaveCount(0)
      await printScreenshot(page, `paper-receipt-print.${lang}`)
      const pdf = await printToPdf(page)
      expect(pdf.pages).toBe(1)
      // The only picture the printed receipt may carry is the estate's logo: no QR code, drawn or raster.
      expect(pdf.images).toBe(await page.locator('.letterhead img').count())
      await expect(
        page.locator('main svg, main canvas, main img:not(.letterhead img)'),
      ).toHaveCount(0)
    })

    test(`PAS-4: a household of more than 6 members runs onto a second page, the letterhead repeated at its top (${lang})`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const names = [...NAMES, ...NAMES.map((n) => `${n}二`), '梁表哥', '梁表姐']
      const { household, unit } = await makeHousehold(request, names)
      await signIn(context, request, baseURL!, lang)
      await page.goto(`/office/households/${household.id}/receipt`)
      await expect(page.locator('.receipt-table tbody tr')).toHaveCount(42)
      await page.emulateMedia({ media: 'print' })
      // The letterhead sits in the table's head, which the browser repeats on every printed page.
      const head = page.locator('.receipt-table thead')
      await expect(head.getByRole('heading', { level: 1 })).toContainText(unit)
      expect(await head.evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group')
      expect((await printToPdf(page)).pages).toBe(2)
      await printScreenshot(page, `paper-receipt-long.${lang}`)
    })

    test(`PAS-5 PAS-3: the signed receipt shows who signed, the formal date in the estate's time zone, and each pass's payment (${lang})`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const { household, members, unit } = await makeHousehold(request, NAMES.slice(0, 2))
      // A 4th pass for each (fee 50): the first owed, the second paid.
      const fourth = (await call(request, 'post', '/api/passes/request', { member: members[0].id }))
        .doc
      const paid = (await call(request, 'post', '/api/passes/request', { member: members[1].id }))
        .doc
      await call(request, 'post', '/api/payments/record', {
        household: household.id,
        passes: [paid.id],
        method: 'cash',
      })
      await signIn(context, request, baseURL!, lang)
      await page.goto(`/office/households/${household.id}/receipt`)
      await expect(
        page.getByRole('row', { name: new RegExp(`${unit}-01-4.*${w.owed}`) }),
      ).toBeVisible()
      await expect(
        page.getByRole('row', { name: new RegExp(`${unit}-02-4.*${w.paid}`) }),
      ).toBeVisible()
      await expect(page.getByText(w.stillOwed)).toBeVisible()
      await page.emulateMedia({ media: 'print' })
      await printScreenshot(page, `paper-receipt-owed.${lang}`)
      await page.emulateMedia({ media: 'screen' })

      // Paid at the desk, then handed over and signed.
      await call(request, 'post', '/api/payments/record', {
        household: household.id,
        passes: [fourth.id],
        method: 'card',
      })
      const receipt = await call(request, 'post', '/api/pass-receipts/handover', {
        household: household.id,
        signerMember: members[0].id,
        signature: SIGNATURE_PNG,
      })
      const receiptId = receipt.doc.id
      await page.goto(`/office/households/${household.id}/receipt?receipt=${receiptId}`)
      await expect(page.getByText(`SG-${unit}-R1`)).toBeVisible()
      await expect(
        page.getByRole('row', { name: new RegExp(`${unit}-01-4.*${w.paid}`) }),
      ).toBeVisible()
      await expect(page.getByText(w.allPaid)).toBeVisible()
      await expect(
        page.getByRole('row', { name: new RegExp(`${unit}-02-4.*${w.paid}`) }),
      ).toBeVisible()
      const formal =
        lang === 'en'
          ? /\d{1,2} [A-Z][a-z]+ 20\d\d at \d\d:\d\d/
          : /20\d\d年\d{1,2}月\d{1,2}日 \d\d:\d\d/
      await expect(page.locator('.receipt-sign')).toContainText(formal)
      await expect(page.locator('.receipt-sign')).not.toContainText(/清晨|上午|下午|晚上|AM|PM/)
      await expect(page.locator('svg')).toHaveCount(0)
      await page.emulateMedia({ media: 'print' })
      await printScreenshot(page, `paper-receipt-signed.${lang}`)
      expect((await printToPdf(page)).pages).toBe(1)
    })

    test(`the card sheet: one ID-1 card per prepared or active pass (not lost or void), photo, crop marks and a QR code that reads as the pass's token (${lang})`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const { household, members, unit } = await makeHousehold(request, NAMES.slice(0, 2))
      await call(request, 'post', '/api/pass-receipts/handover', {
        household: household.id,
        signerMember: members[0].id,
        signature: SIGNATURE_PNG,
      })
      const handed = await passesOf(request, household.id)
      await call(request, 'post', `/api/passes/${handed[1]!.id}/status`, { status: 'lost' })
      await call(request, 'post', `/api/passes/${handed[4]!.id}/status`, { status: 'void' })
      await call(request, 'post', '/api/passes/request', { member: members[0].id })
      const token = await signIn(context, request, baseURL!, lang)
      // The owner's photo, taken by the office.
      const photo = await request.post('/api/member-photos', {
        headers: { Authorization: `JWT ${token}` },
        multipart: {
          file: { name: 'face.jpg', mimeType: 'image/jpeg', buffer: await portrait() },
          _payload: JSON.stringify({ member: members[0].id }),
        },
      })
      expect(photo.status(), await photo.text()).toBe(201)
      const expected = (await passesOf(request, household.id)).filter((p) =>
        ['prepared', 'active'].includes(p.status),
      )
      expect(expected).toHaveLength(5)

      await page.goto(`/office/households/${household.id}/cards`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`${w.cards} · ${unit}`)
      const cards = page.getByRole('listitem').filter({ has: page.locator('.card-qr') })
      await expect(cards).toHaveCount(5)
      for (const pass of expected) {
        const card = page.getByRole('listitem', { name: w.card(pass.number) })
        await expect(card).toContainText(pass.number)
        await expect(card).toContainText(unit)
        await expect(card.locator('.crop')).toHaveCount(8)
        const qr = card.getByRole('img', { name: w.qr(pass.number) })
        expect(await readQrCode(await qr.screenshot({ scale: 'device' }))).toBe(pass.qrToken)
      }
      for (const gone of [handed[1]!, handed[4]!]) {
        await expect(page.getByRole('listitem', { name: w.card(gone.number) })).toHaveCount(0)
      }
      await expect(page.getByRole('img', { name: new RegExp(NAMES[0]!) })).toHaveCount(3)
      // ID-1 size on paper: 85.6 × 54 mm (96 px per inch).
      const box = (await cards.first().boundingBox())!
      expect(Math.abs(box.width - (85.6 / 25.4) * 96)).toBeLessThan(1.5)
      expect(Math.abs(box.height - (54 / 25.4) * 96)).toBeLessThan(1.5)
      await expectNoViolations(page, 'cards')
      await page.emulateMedia({ media: 'print' })
      await printScreenshot(page, `paper-cards-print.${lang}`)
      expect((await printToPdf(page)).pages).toBe(1)
    })

    test(`a member's photo from the camera page: previewed, saved, then on the card (${lang})`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const { household, members } = await makeHousehold(request, NAMES.slice(0, 1))
      await signIn(context, request, baseURL!, lang)
      await page.goto(`/office/members/${members[0].id}/photo`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(w.photo)
      const input = page.getByLabel(w.take)
      await expect(input).toHaveAttribute('capture', 'user')
      await expect(input).toHaveAttribute('accept', 'image/*')
      await input.setInputFiles({
        name: 'face.jpg',
        mimeType: 'image/jpeg',
        buffer: await portrait(),
      })
      await expect(page.locator('.photo-preview img')).toBeVisible()
      await expectNoViolations(page, 'photo page')
      await page.screenshot({
        path: `test-results/screens/paper-photo.${lang}.png`,
        fullPage: true,
      })
      await page.getByRole('button', { name: w.save }).click()
      await expect(page.getByRole('status')).toHaveText(w.saved)
      await expect(page.locator('.photo-current img')).toBeVisible()
      // A text file dressed as a photo is refused with the server's message in this language.
      await input.setInputFiles({
        name: 'fake.png',
        mimeType: 'image/png',
        buffer: Buffer.from('not an image, only text inside this file'),
      })
      await page.getByRole('button', { name: w.save }).click()
      await expect(
        page.getByRole('alert').filter({ hasText: lang === 'en' ? 'not a photo' : '不是相片' }),
      ).toBeVisible()
      await page.goto(`/office/households/${household.id}/cards`)
      await expect(page.locator('img.card-photo')).toHaveCount(3)
    })

    test(`after an import: every new household's receipts, or cards, printed in one go (${lang})`, async ({
      page,
      request,
      context,
      baseURL,
    }) => {
      const a = await makeHousehold(request, NAMES.slice(0, 2))
      const b = await makeHousehold(request, NAMES.slice(2, 3))
      await signIn(context, request, baseURL!, lang)
      const ids = `${a.household.id},${b.household.id}`
      await page.goto(`/office/print?households=${ids}&what=receipts`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(w.batch)
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(a.unit) })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(b.unit) })).toBeVisible()
      await expectNoViolations(page, 'batch receipts')
      await page.emulateMedia({ media: 'print' })
      expect((await printToPdf(page)).pages).toBe(2)
      await page.emulateMedia({ media: 'screen' })

      await page.goto(`/office/print?households=${ids}&what=cards`)
      await expect(page.locator('.pass-card')).toHaveCount(9)
      await expectNoViolations(page, 'batch cards')
      await page.emulateMedia({ media: 'print' })
      await printScreenshot(page, `paper-batch-cards.${lang}`)
      expect((await printToPdf(page)).pages).toBe(2)
      await page.emulateMedia({ media: 'screen' })

      await page.goto(`/office/print?households=abc&what=everything`)
      await expect(page.getByRole('alert').filter({ hasText: 'what=' })).toBeVisible()
    })
  })
}

test.describe('guard', () => {
  test('the card sheet is for the office only: a guard gets no cards and no QR codes', async ({
    page,
    request,
    context,
    baseURL,
  }) => {
    const { household } = await makeHousehold(request, NAMES.slice(0, 1))
    const staff = await makeStaffByApi(request, ['guard'], 'Paper guard')
    const { token } = await (await request.post('/api/users/login', { data: staff })).json()
    await context.addCookies([{ name: 'payload-token', value: token, url: baseURL! }])
    for (const path of [
      `/office/households/${household.id}/cards`,
      `/office/print?households=${household.id}&what=cards`,
    ]) {
      await page.goto(path)
      await expect(page).not.toHaveURL(new RegExp(path.replace(/[?]/g, '\\?')))
      await expect(page.locator('.card-qr')).toHaveCount(0)
    }
  })
})
