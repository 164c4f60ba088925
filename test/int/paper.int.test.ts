/**
 * The office's paper through the real server (issue 8, "Paper"; PAS-4, PAS-5, GEN-5): the e-mailed
 * copy of a signed receipt carries no QR code, the receipt page none either, the card sheet shows
 * the prepared and active passes only, and the paper pages are for the estate's office alone —
 * other staff are sent away, another estate's office and malformed ids get a 404, never a 500.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { type Auth, api, login } from '../support/http'
import {
  makeEstate,
  makeHousehold,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  testPayload,
} from '../support/payload'

let cs: { token: string }
let guard: { token: string }
let otherEstateCs: { token: string }

beforeAll(async () => {
  const other = await makeEstate('紙本測試屋苑')
  const made = await Promise.all([
    makeStaff(['cs'], '客服紙本'),
    makeStaff(['guard'], '保安紙本'),
    makeStaff(['cs'], '別苑客服紙本', { estate: other.id }),
  ])
  ;[cs, guard, otherEstateCs] = await Promise.all(
    made.map(async (u) => ({ token: await login(u.email, u.password) })),
  )
})

/** An office page as a browser asks for it, without following a redirect. */
async function page(path: string, auth?: { token: string }, lang = 'zh-TW') {
  const res = await fetch(`${inject('baseURL')}${path}`, {
    redirect: 'manual',
    headers: {
      ...(auth ? { Authorization: `JWT ${auth.token}` } : {}),
      Cookie: `payload-lng=${lang}`,
    },
  })
  return { status: res.status, location: res.headers.get('location'), html: await res.text() }
}

async function passesOf(household: number | string) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'passes',
    where: { household: { equals: household } },
    sort: 'number',
    depth: 0,
    limit: 50,
  })
  return docs
}

describe('cs', () => {
  it('PAS-5: the e-mailed copy of the signed receipt names the passes and their payment, never a QR code', async () => {
    const { household } = await makeHousehold([
      { name: '黃志明', relationship: 'owner', gender: 'male' },
    ])
    const resident = await makeResident(household.id)
    const handover = await api('/api/pass-receipts/handover', {
      method: 'POST',
      auth: cs as Auth,
      json: {
        household: household.id,
        signedByName: '黃志明',
        signerNote: '業主本人',
        signature: SIGNATURE_PNG,
      },
    })
    expect(handover.status, JSON.stringify(handover.body)).toBe(201)
    const payload = await testPayload()
    const { docs: mail } = await payload.find({
      collection: 'notifications',
      where: { to: { equals: resident.email } },
    })
    expect(mail).toHaveLength(1)
    const passes = await passesOf(household.id)
    for (const pass of passes) {
      expect(mail[0]!.body).toContain(pass.number)
      expect(mail[0]!.body).not.toContain(pass.qrToken)
    }
    expect(mail[0]!.qrCode ?? null).toBeNull()
    expect(mail[0]!.body).toMatch(/簽收時間: 20\d\d年\d{1,2}月\d{1,2}日 \d\d:\d\d/)
  })

  it('PAS-4: the receipt page lists pass numbers, totals and payment, and no QR code or token', async () => {
    const { household } = await makeHousehold([
      { name: '何家豪', relationship: 'owner', gender: 'male' },
    ])
    const res = await page(`/office/households/${household.id}/receipt`, cs, 'en')
    expect(res.status).toBe(200)
    for (const pass of await passesOf(household.id)) {
      expect(res.html).toContain(pass.number)
      expect(res.html).not.toContain(pass.qrToken)
    }
    expect(res.html).toContain('3 passes')
    expect(res.html).not.toContain('<svg')
  })

  it('PAS-2: the card sheet has a card for each prepared or active pass, not a lost or void one', async () => {
    const { household, members } = await makeHousehold([
      { name: '鄭美儀', relationship: 'owner', gender: 'female' },
    ])
    const [first, second, third] = await passesOf(household.id)
    const voided = await api(`/api/passes/${second!.id}/status`, {
      method: 'POST',
      auth: cs as Auth,
      json: { status: 'void' },
    })
    expect(voided.status, JSON.stringify(voided.body)).toBe(200)
    const res = await page(`/office/households/${household.id}/cards`, cs)
    expect(res.status).toBe(200)
    expect(res.html).toContain(`出入證 ${first!.number}`)
    expect(res.html).toContain(`出入證 ${third!.number}`)
    expect(res.html).not.toContain(`出入證 ${second!.number}`)
    expect(res.html.match(/class="pass-card"/g)).toHaveLength(2)
    expect(res.html).toContain(members[0]!.name)
  })
})

describe('guard', () => {
  it('GEN-5: the card sheet, the receipt, the photo page and the batch page send a guard away', async () => {
    const { household, members } = await makeHousehold()
    for (const path of [
      `/office/households/${household.id}/cards`,
      `/office/households/${household.id}/receipt`,
      `/office/members/${members[0]!.id}/photo`,
      `/office/print?households=${household.id}&what=cards`,
    ]) {
      const res = await page(path, guard)
      expect(res.status, path).toBe(307)
      expect(res.location, path).toMatch(/\/admin$/)
      expect(res.html).not.toContain('pass-card')
    }
  })
})

describe('cs of another estate', () => {
  it('GEN-5: another estate’s household and member are a 404; the batch page leaves them out', async () => {
    const { household, members } = await makeHousehold()
    for (const path of [
      `/office/households/${household.id}/cards`,
      `/office/members/${members[0]!.id}/photo`,
    ]) {
      const res = await page(path, otherEstateCs)
      expect(res.status, path).toBe(404)
      expect(res.html).not.toContain(household.unit)
    }
    const batch = await page(
      `/office/print?households=${household.id}&what=cards`,
      otherEstateCs,
      'en',
    )
    expect(batch.status).toBe(200)
    expect(batch.html).not.toContain('class="pass-card"')
    expect(batch.html).toContain('Not found or not of this estate, left out')
  })
})

describe('anonymous and bad input', () => {
  it('GEN-1: malformed ids are a 404 page, a malformed batch a message, never a 500', async () => {
    for (const path of [
      '/office/households/abc/cards',
      '/office/households/1e309/cards',
      '/office/members/-1/photo',
      '/office/members/99999999/photo',
    ]) {
      expect((await page(path, cs)).status, path).toBe(404)
    }
    for (const query of ['', '?households=abc&what=cards', '?households=1&what=everything']) {
      const res = await page(`/office/print${query}`, cs, 'en')
      expect(res.status, query).toBeLessThan(500)
    }
    const anonymous = await page('/office/households/1/cards')
    expect(anonymous.status).toBe(307)
    expect(anonymous.location).toContain('/admin/login')
  })
})
