/** The error catalogue: one code per refusal, a message per language, chosen for the caller. */
import { describe, expect, it } from 'vitest'

import { acceptedLang, ERRORS, errorMessage, pickLang, refusalBody } from '@/errors/catalogue'

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

describe('the catalogue', () => {
  it.each(Object.entries(ERRORS))(
    '%s has both languages, each in its own language',
    (code, text) => {
      expect(code).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/)
      expect(text.en.trim().length).toBeGreaterThan(5)
      expect(text['zh-TW'].trim().length).toBeGreaterThan(2)
      // No "English · 中文" glued into one string: the English text has no Chinese, the Chinese
      // text has Chinese, and neither carries a middle dot.
      expect(text.en).not.toMatch(CJK)
      expect(text['zh-TW']).toMatch(CJK)
      expect(text.en).not.toContain('·')
      expect(text['zh-TW']).not.toContain('·')
    },
  )

  it.each(Object.entries(ERRORS))(
    '%s uses the same parameters in both languages',
    (_code, text) => {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(params(text['zh-TW'])).toEqual(params(text.en))
    },
  )

  it('fills in the parameters and answers in the API’s shape', () => {
    expect(
      errorMessage('workflow.illegal-move', 'en', { from: 'Reported lost', to: 'Active' }),
    ).toBe('This record is “Reported lost”; it cannot become “Active” this way.')
    expect(refusalBody('estate.forbidden', 'en')).toEqual({
      errors: [{ message: 'This belongs to another estate.', data: { code: 'estate.forbidden' } }],
    })
  })
})

describe('pickLang: the stored preference, then Accept-Language, then Chinese', () => {
  it('the person’s own preference wins over what the browser asks for', () => {
    expect(pickLang({ userLanguage: 'en', acceptLanguage: 'zh-TW' })).toBe('en')
    expect(pickLang({ userLanguage: 'zh-TW', acceptLanguage: 'en-GB,en;q=0.9' })).toBe('zh-TW')
  })

  it('without a preference, the first language the request accepts that we speak', () => {
    expect(pickLang({ acceptLanguage: 'en-US,en;q=0.9' })).toBe('en')
    expect(pickLang({ userLanguage: null, acceptLanguage: 'zh-HK,zh;q=0.9,en;q=0.8' })).toBe(
      'zh-TW',
    )
    expect(pickLang({ userLanguage: 'fr', acceptLanguage: 'fr-FR, en;q=0.5' })).toBe('en')
    expect(pickLang({ acceptLanguage: 'zh-TW;q=0.4, en;q=0.8' })).toBe('en')
    expect(pickLang({ acceptLanguage: 'en;q=0, zh-CN' })).toBe('zh-TW')
  })

  it('with neither, Chinese', () => {
    expect(pickLang({})).toBe('zh-TW')
    expect(pickLang({ acceptLanguage: '' })).toBe('zh-TW')
    expect(pickLang({ acceptLanguage: 'fr, de;q=0.5, *;q=0.1' })).toBe('zh-TW')
    expect(acceptedLang(null)).toBeNull()
  })
})
