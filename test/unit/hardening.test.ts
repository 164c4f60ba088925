/** Issue 6: the pure pieces of the hardening — password policy, ids, query checks, e-mail text. */
import { describe, expect, it } from 'vitest'

import { isFirstRegister } from '../../collections/Users/hooks/ensureFirstUserIsAdmin'
import { checkPassword, MIN_PASSWORD_LENGTH } from '@/domain/auth/passwordPolicy'
import { ERRORS, errorMessage, pickLang } from '@/errors/catalogue'
import { htmlToText } from '@/email/outboxAdapter'
import { isRecordId } from '@/server/ids'
import { checkQuery } from '@/server/requestGuard'

describe('operator: password policy (issue 6 #7)', () => {
  it('staff need 12 characters, residents 10, counted as characters, not bytes', () => {
    expect(MIN_PASSWORD_LENGTH).toEqual({ staff: 12, resident: 10 })
    expect(checkPassword('Harbour-lan', 'staff')).toEqual({
      code: 'auth.password-too-short',
      params: { min: 12 },
    })
    expect(checkPassword('Harbour-lant', 'staff')).toBeNull()
    expect(checkPassword('Harbour-l', 'resident')?.code).toBe('auth.password-too-short')
    expect(checkPassword('陽光嘉園的大門常常開著', 'resident')).toBeNull()
    expect(checkPassword(undefined, 'resident')?.code).toBe('auth.password-too-short')
    expect(checkPassword(12345678901234, 'resident')?.code).toBe('auth.password-too-short')
  })

  it.each([
    '1234567890',
    'password123456',
    'Password 1234!',
    'qwertyuiop',
    'iloveyou12',
    'aaaaaaaaaaaa',
    'abababababab',
  ])('refuses the common or trivial password %s', (password) => {
    expect(checkPassword(password, 'resident')?.code).toBe('auth.password-too-common')
  })

  it.each(['sunshine-demo', 'Plum-blossom-gate-9', 'Test-password-1', 'correct horse battery'])(
    'accepts %s',
    (password) => {
      expect(checkPassword(password, 'staff')).toBeNull()
    },
  )
})

describe('operator: record ids (issue 6 #16)', () => {
  it('SQL ids are positive whole numbers a serial column holds', () => {
    for (const good of ['1', '42', '2147483647', 7])
      expect(isRecordId(good, 'number'), String(good)).toBe(true)
    for (const bad of [
      '0',
      '-1',
      'abc',
      'null',
      '1e309',
      '1.5',
      '01',
      ' 1',
      '2147483648',
      '',
      '\u0000',
      0,
      1.5,
      Number.NaN,
      null,
      undefined,
      {},
    ])
      expect(isRecordId(bad, 'number'), String(bad)).toBe(false)
  })

  it('MongoDB ids are 24 hexadecimal characters', () => {
    expect(isRecordId('65f1c0ffee0123456789abcd', 'text')).toBe(true)
    expect(isRecordId('65f1c0ffee0123456789abc', 'text')).toBe(false)
    expect(isRecordId('12', 'text')).toBe(false)
  })
})

describe('operator: query checks (issue 6 #16)', () => {
  const households = {
    fields: [
      { name: 'unit', type: 'text' },
      { name: 'movedInAt', type: 'date' },
      { name: 'createdAt', type: 'date' },
    ],
  }
  const passes = {
    fields: [
      { name: 'household', type: 'relationship', relationTo: 'households' },
      { name: 'fee', type: 'number' },
      { name: 'qrToken', type: 'text' },
    ],
  }
  const shapes = new Map([
    ['households', households],
    ['passes', passes],
  ]) as never
  const check =
    (query: Record<string, unknown>, shape: unknown = passes) =>
    () =>
      checkQuery(query, shape as never, 'number', shapes)
  const refusedAs = (query: Record<string, unknown>, shape?: unknown) => {
    try {
      check(query, shape)()
    } catch (error) {
      return {
        status: (error as { status: number }).status,
        code: (error as { code: string }).code,
      }
    }
    return null
  }

  it('accepts what the admin and the portal send', () => {
    expect(check({ page: '2', limit: '100', depth: '1', sort: '-number' })).not.toThrow()
    expect(
      check({ where: { household: { equals: '12' }, fee: { greater_than: '0' } } }),
    ).not.toThrow()
    expect(
      check({
        where: { or: [{ 'household.unit': { like: '1-01' } }, { household: { in: '1,2,3' } }] },
      }),
    ).not.toThrow()
    expect(
      check({ where: { 'household.movedInAt': { greater_than: '2026-11-01' } } }),
    ).not.toThrow()
    expect(check({ where: { household: { equals: 'null' } } })).not.toThrow()
    // A path Payload does not know is left to Payload's own 400.
    expect(check({ where: { nonsense: { equals: 'x' } } })).not.toThrow()
  })

  it.each([
    [{ page: '1e20' }],
    [{ page: '0' }],
    [{ limit: 'abc' }],
    [{ depth: '99' }],
    [{ where: 'abc' }],
    [{ where: { household: 'abc' } }],
    [{ where: { household: { equals: 'abc' } } }],
    [{ where: { id: { in: '1,2,abc' } } }],
    [{ where: { fee: { greater_than: 'abc' } } }],
    [{ where: { 'household.createdAt': { greater_than: 'notadate' } } }],
    [{ where: { or: 'x' } }],
    [{ where: { qrToken: { exists: 'maybe' } } }],
    [{ sort: { a: 'b' } }],
  ])('refuses %j with 400 and the malformed-query code', (query) => {
    expect(refusedAs(query)).toEqual({ status: 400, code: 'request.malformed-query' })
  })
})

describe('operator: messages (issue 6 #16, GEN-3)', () => {
  it('every refusal has a Chinese and an English message, with its placeholders filled', () => {
    for (const [code, text] of Object.entries(ERRORS)) {
      expect(text.en, code).toBeTruthy()
      expect(text['zh-TW'], code).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(errorMessage('auth.too-many-attempts', 'en', { minutes: 15 })).toBe(
      'Too many attempts. Try again in 15 minutes.',
    )
    expect(errorMessage('auth.too-many-attempts', 'zh-TW', { minutes: 15 })).toBe(
      '嘗試次數過多，請於 15 分鐘後再試。',
    )
  })

  it('the language is the user’s setting, then the request’s, then Chinese', () => {
    expect(pickLang({ userLanguage: 'en', acceptLanguage: 'zh-TW' })).toBe('en')
    expect(pickLang({ acceptLanguage: 'en-GB,en;q=0.9' })).toBe('en')
    expect(pickLang({ acceptLanguage: 'zh-HK,zh' })).toBe('zh-TW')
    expect(pickLang({})).toBe('zh-TW')
  })
})

describe('operator: outbox text and the first-user door (issue 6 #8, #9)', () => {
  it('a reset e-mail’s HTML becomes plain text that keeps the link', () => {
    const text = htmlToText(
      '<p>請按此連結 &amp; Reset:</p><p><a href="http://x.example/portal/set-password?token=a%2Fb">http://x.example/portal/set-password?token=a%2Fb</a></p>',
    )
    expect(text).toBe('請按此連結 & Reset:\nhttp://x.example/portal/set-password?token=a%2Fb')
  })

  it('only POST /api/users/first-register is the first sign-up', () => {
    expect(isFirstRegister('/api/users/first-register')).toBe(true)
    expect(isFirstRegister('/api/users')).toBe(false)
    expect(isFirstRegister(undefined)).toBe(false)
  })
})
