import { describe, expect, it } from 'vitest'

import { deliveryOutcome, shouldAttemptDelivery } from '@/domain/notifications/status'
import { smtpOptionsFromUrl } from '@/email/transport'

describe('domain: outbox delivery', () => {
  it('GEN-4: a message already sent is never attempted again', () => {
    expect(shouldAttemptDelivery('sent')).toBe(false)
    expect(shouldAttemptDelivery('queued')).toBe(true)
    expect(shouldAttemptDelivery('failed')).toBe(true)
  })

  it('GEN-4: a failure counts the attempt and keeps the error for staff', () => {
    const outcome = deliveryOutcome(2, { ok: false, error: new Error('connect ECONNREFUSED 127.0.0.1:25') })
    expect(outcome).toEqual({ status: 'failed', attempts: 3, lastError: 'connect ECONNREFUSED 127.0.0.1:25' })
  })

  it('GEN-4: success records the time sent', () => {
    const at = new Date('2026-11-26T10:00:00Z')
    expect(deliveryOutcome(null, { ok: true, at })).toEqual({
      status: 'sent',
      attempts: 1,
      sentAt: '2026-11-26T10:00:00.000Z',
    })
  })
})

describe('operator: SMTP_URL', () => {
  it('reads host, port, TLS and credentials', () => {
    expect(smtpOptionsFromUrl('smtps://office%40estate:p%40ss@mail.example')).toEqual({
      host: 'mail.example',
      port: 465,
      secure: true,
      auth: { user: 'office@estate', pass: 'p@ss' },
    })
    expect(smtpOptionsFromUrl('smtp://127.0.0.1:2525')).toMatchObject({ port: 2525, secure: false, auth: undefined })
  })

  it('refuses another scheme', () => {
    expect(() => smtpOptionsFromUrl('http://mail.example')).toThrow(/smtp:\/\//)
  })
})
