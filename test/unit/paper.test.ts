import { describe, expect, it } from 'vitest'

import { formalDate } from '@/domain/paper/formalDate'
import { imageKind } from '@/domain/paper/imageKind'
import { paymentState, paymentTotals } from '@/domain/paper/passPayment'
import { receiptNumber } from '@/domain/paper/receiptNumber'
import { receiptEmail } from '@/domain/passes/receiptEmail'

const estate = {
  id: 1,
  code: 'SG',
  name: '陽光嘉園',
  nameEn: 'Sunshine Garden',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
}

describe('the sign-for receipt (PAS-4, PAS-5)', () => {
  it('PAS-3 PAS-4: each pass is free, paid or owed, from its fee and feePaidAt', () => {
    expect(paymentState({ fee: 0 })).toBe('free')
    expect(paymentState({ fee: null })).toBe('free')
    expect(paymentState({ fee: 50, feePaidAt: null })).toBe('owed')
    expect(paymentState({ fee: 50, feePaidAt: '2026-11-27T01:00:00.000Z' })).toBe('paid')
  })

  it('PAS-3 PAS-4: the totals count the passes and add up fees, paid and owed', () => {
    const free = { fee: 0 }
    const paid = { fee: 50, feePaidAt: '2026-11-27T01:00:00.000Z', currency: 'CNY' }
    const owed = { fee: 50, currency: 'CNY' }
    expect(paymentTotals([free, free, free])).toMatchObject({ passes: 3, fees: 0, overall: 'free' })
    expect(paymentTotals([free, paid])).toMatchObject({
      fees: 50,
      paid: 50,
      owed: 0,
      overall: 'paid',
    })
    expect(paymentTotals([free, paid, owed])).toMatchObject({
      passes: 3,
      fees: 100,
      paid: 50,
      owed: 50,
      overall: 'owed',
      currency: 'CNY',
    })
  })

  it('PAS-4: a receipt number names the estate, the unit and the household’s handover', () => {
    expect(receiptNumber('SG', '1-0101', 1)).toBe('SG-1-0101-R1')
    expect(receiptNumber(null, '1-0101', 2)).toBe('1-0101-R2')
  })

  it('PAS-5: dates are formal and in the estate’s time zone, never “清晨6:47”', () => {
    // 22:47 UTC on 26 November is 06:47 on 27 November in Guangzhou.
    const at = '2026-11-26T22:47:00.000Z'
    expect(formalDate(at, 'Asia/Shanghai', 'zh-TW')).toBe('2026年11月27日')
    expect(formalDate(at, 'Asia/Shanghai', 'en')).toBe('27 November 2026')
    expect(formalDate(at, 'Asia/Shanghai', 'zh-TW', { time: true })).toBe('2026年11月27日 06:47')
    expect(formalDate(at, 'Asia/Shanghai', 'en', { time: true })).toBe('27 November 2026 at 06:47')
    expect(formalDate(at, 'Asia/Shanghai', 'zh-TW', { time: true })).not.toMatch(/清晨|上午|下午/)
  })

  it('PAS-5: the e-mailed copy lists numbers and payment but never a QR code or token', () => {
    const passes = [
      { number: '1-0101-01-1', member: { name: '周大衛' }, fee: 0, qrToken: 'secret-token-1' },
      {
        number: '1-0101-01-4',
        member: { name: '周大衛' },
        fee: 50,
        currency: 'CNY',
        qrToken: 'secret-token-2',
      },
    ]
    const input = {
      unit: '1-0101',
      signedByName: '周大衛',
      signedAt: '2026-11-26T22:47:00.000Z',
      passes,
    }
    const zh = receiptEmail(input, 'zh-TW', estate)
    expect(zh.body).toContain('1-0101-01-4  周大衛  50\u00a0元 未繳')
    expect(zh.body).toContain('簽收時間: 2026年11月27日 06:47')
    expect(zh.body).toContain('未繳 50\u00a0元')
    const en = receiptEmail(input, 'en', estate)
    expect(en.body).toContain('1-0101-01-4  周大衛  CNY\u00a050.00 owed')
    for (const message of [zh, en]) {
      expect(message).not.toHaveProperty('qrCode')
      expect(message.body).not.toMatch(/secret-token/)
    }
  })
})

describe('member photos are images by content', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
  const jpeg = Buffer.from('ffd8ffe000104a4649460001', 'hex')
  const webp = Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1')

  it('GEN-1: JPEG, PNG and WebP are recognised from their first bytes', () => {
    expect(imageKind(png)).toBe('image/png')
    expect(imageKind(jpeg)).toBe('image/jpeg')
    expect(imageKind(webp)).toBe('image/webp')
  })

  it('GEN-1: text, a PDF, an SVG or an empty file is not an image, whatever its name', () => {
    expect(imageKind(Buffer.from('hello, this is not a photo'))).toBeNull()
    expect(imageKind(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBeNull()
    expect(imageKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull()
    expect(imageKind(Buffer.alloc(0))).toBeNull()
    expect(imageKind(null)).toBeNull()
  })
})
