/** The lobby kiosk's pure rules: idleness, the pickup session, its key, its words. */
import { describe, expect, it } from 'vitest'

import { normalisePickupCode } from '@/domain/kiosk/api'
import { readKioskVersion } from '@/domain/kiosk/heartbeat'
import { IDLE_AFTER_MS, idlePhase, PROMPT_FOR_MS } from '@/domain/kiosk/idle'
import {
  codeDigits,
  countByKind,
  type MailAction,
  mailSession,
  type MailSession,
  pickupBody,
  readyCode,
  START,
} from '@/domain/kiosk/mailSession'
import { newPickupKey } from '@/domain/kiosk/pickupKey'
import { kioskText } from '@/i18n/kiosk'

const run = (actions: MailAction[], from: MailSession = START) => actions.reduce(mailSession, from)
const digits = (code: string): MailAction[] => [...code].map((digit) => ({ type: 'digit', digit }))
const LOOKUP = {
  addressee: '陳大文',
  count: 3,
  items: [
    { id: 11, kind: 'letter' as const },
    { id: 12, kind: 'parcel' as const },
    { id: 13, kind: 'letter' as const },
  ],
}

describe('idle (WCAG 2.2.1)', () => {
  it('is active for a minute, then prompts with a countdown, then expires', () => {
    const t0 = 1_000_000
    expect(idlePhase(t0, t0)).toEqual({ phase: 'active' })
    expect(idlePhase(t0 + IDLE_AFTER_MS - 1, t0)).toEqual({ phase: 'active' })
    expect(idlePhase(t0 + IDLE_AFTER_MS, t0)).toEqual({ phase: 'prompt', secondsLeft: 20 })
    expect(idlePhase(t0 + IDLE_AFTER_MS + 500, t0)).toEqual({ phase: 'prompt', secondsLeft: 20 })
    expect(idlePhase(t0 + IDLE_AFTER_MS + 19_001, t0)).toEqual({ phase: 'prompt', secondsLeft: 1 })
    expect(idlePhase(t0 + IDLE_AFTER_MS + PROMPT_FOR_MS, t0)).toEqual({ phase: 'expired' })
  })

  it('counts activity in the future (a clock step back) as now', () => {
    expect(idlePhase(1000, 5000)).toEqual({ phase: 'active' })
  })

  it('takes other durations', () => {
    expect(idlePhase(10_000, 0, { idleAfterMs: 5000, promptForMs: 10_000 })).toEqual({
      phase: 'prompt',
      secondsLeft: 5,
    })
  })
})

describe('the pickup code', () => {
  it('keeps digits only, at most 10 (a scanner may add spaces or dashes)', () => {
    expect(codeDigits('12345-67890')).toBe('1234567890')
    expect(codeDigits(' 12345 67890 \n')).toBe('1234567890')
    expect(codeDigits('123456789012')).toBe('1234567890')
    expect(codeDigits('abc')).toBe('')
  })

  it('is typed on the keypad: digits up to 10, backspace, clear', () => {
    let s = run([{ type: 'collect-mail' }, ...digits('12345678901')])
    expect(s.code).toBe('1234567890')
    expect(readyCode(s)).toBe('1234567890')
    s = run([{ type: 'backspace' }], s)
    expect(s.code).toBe('123456789')
    expect(readyCode(s)).toBeNull()
    s = run([{ type: 'digit', digit: 'x' }], s)
    expect(s.code).toBe('123456789')
    expect(run([{ type: 'clear-code' }], s).code).toBe('')
  })

  it('reuses the contract’s normalisePickupCode', () => {
    expect(normalisePickupCode('12345 67890')).toBe('1234567890')
    expect(normalisePickupCode('123456789')).toBeNull()
    expect(normalisePickupCode(1234567890)).toBeNull()
  })
})

describe('a pickup session', () => {
  const looked = () =>
    run([{ type: 'collect-mail' }, ...digits('1234567890'), { type: 'looked-up', reply: LOOKUP }])

  it('ticks every waiting item; the person may untick some', () => {
    let s = looked()
    expect(s.screen).toBe('mail-items')
    expect(s.selected).toEqual(['11', '12', '13'])
    s = run([{ type: 'toggle-item', id: '12' }], s)
    expect(s.selected).toEqual(['11', '13'])
    s = run([{ type: 'toggle-item', id: '12' }], s)
    expect(s.selected.sort()).toEqual(['11', '12', '13'])
  })

  it('cannot go on to sign with nothing ticked', () => {
    let s = looked()
    for (const id of ['11', '12', '13']) s = run([{ type: 'toggle-item', id }], s)
    expect(run([{ type: 'to-sign', key: 'k' }], s).screen).toBe('mail-items')
  })

  it('MAIL-5: keeps one Idempotency-Key for every retry of the same pickup', () => {
    let s = run([{ type: 'to-sign', key: 'key-1' }], looked())
    expect(s.screen).toBe('mail-sign')
    expect(s.pickupKey).toBe('key-1')
    s = run([{ type: 'failed', message: 'no answer', retry: true }], s)
    expect(s.pickupKey).toBe('key-1')
    expect(s.error).toEqual({ message: 'no answer', retry: true })
    // Going back to change the items makes another pickup, with a key of its own.
    s = run([{ type: 'back' }], s)
    expect(s.screen).toBe('mail-items')
    expect(s.pickupKey).toBeNull()
    s = run([{ type: 'to-sign', key: 'key-2' }], s)
    expect(s.pickupKey).toBe('key-2')
  })

  it('sends the ticked items, the signature and a delegate’s name only when collecting for someone', () => {
    let s = run([{ type: 'toggle-item', id: '13' }], looked())
    expect(pickupBody(s, 'data:image/png;base64,x')).toEqual({
      code: '1234567890',
      items: [11, 12],
      signature: 'data:image/png;base64,x',
    })
    s = run(
      [
        { type: 'delegate', on: true },
        { type: 'delegate-name', name: '  李小明 ' },
      ],
      s,
    )
    expect(pickupBody(s, 'sig')).toMatchObject({ delegateName: '李小明' })
    s = run([{ type: 'delegate', on: false }], s)
    expect(s.delegate).toEqual({ on: false, name: '' })
    expect(pickupBody(s, 'sig')).not.toHaveProperty('delegateName')
  })

  it('forgets everything about the person when it goes back to the start', () => {
    const s = run(
      [
        { type: 'delegate', on: true },
        { type: 'delegate-name', name: '李小明' },
        { type: 'to-sign', key: 'key-1' },
        { type: 'failed', message: '陳大文 未授權' },
        { type: 'reset' },
      ],
      looked(),
    )
    expect(s).toEqual(START)
  })

  it('after a pickup keeps only what it shows (the reply), nothing typed', () => {
    const s = run(
      [
        { type: 'to-sign', key: 'key-1' },
        {
          type: 'picked-up',
          reply: { pickedUp: LOOKUP.items, count: 3, pickedUpAt: 'x', replayed: false },
        },
      ],
      looked(),
    )
    expect(s).toMatchObject({ screen: 'mail-done', code: '', lookup: null, pickupKey: null })
    expect(s.done?.count).toBe(3)
  })

  it('counts items by kind in a fixed order', () => {
    expect(countByKind(LOOKUP.items)).toEqual([
      { kind: 'letter', count: 2 },
      { kind: 'parcel', count: 1 },
    ])
  })
})

describe('the words', () => {
  it('GEN-3: says what is waiting in both languages', () => {
    const counted = countByKind(LOOKUP.items)
    expect(kioskText('en').itemsSummary('陳大文', counted, 3)).toBe(
      '3 items for 陳大文: 2 letters, 1 parcel',
    )
    expect(kioskText('zh-TW').itemsSummary('陳大文', counted, 3)).toBe(
      // No-break spaces: a count never parts from its word at a line end.
      '陳大文有 3\u00a0件郵件：2\u00a0封信件、1\u00a0件包裹',
    )
    expect(kioskText('en').pickedUp(1)).toBe('1 item picked up')
    expect(kioskText('zh-TW').pickedUp(3)).toBe('已領取 3 件')
  })

  it('has every text in both languages', () => {
    const zh = kioskText('zh-TW')
    const en = kioskText('en')
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      if (typeof zh[key] === 'string') expect(zh[key], key).not.toBe(en[key])
    }
  })
})

describe('the pickup key and the heartbeat version', () => {
  it('is a v4 UUID, also where crypto.randomUUID is missing (plain HTTP)', () => {
    const key = newPickupKey()
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newPickupKey()).not.toBe(key)
    expect(newPickupKey((b) => b.fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
  })

  it('accepts a short version tag only', () => {
    expect(readKioskVersion('0.1.0')).toBe('0.1.0')
    expect(readKioskVersion('2026.11-rc1+b7')).toBe('2026.11-rc1+b7')
    for (const bad of ['', ' 1.0', '<b>', 'x'.repeat(41), 1, null, ['1'], { v: 1 }])
      expect(readKioskVersion(bad)).toBeNull()
  })
})
