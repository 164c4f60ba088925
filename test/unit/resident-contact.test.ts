import { describe, expect, it } from 'vitest'

import {
  changesEmail,
  isEmailAddress,
  isPhoneNumber,
  tidyPhone,
} from '@/domain/residents/contactDetails'

describe('contact details', () => {
  it('accepts phone numbers as people write them', () => {
    for (const phone of ['13800138000', '+86 138 0013 8000', '(020) 8765-4321', '+852 9123 4567'])
      expect(isPhoneNumber(tidyPhone(phone)!), phone).toBe(true)
  })

  it('refuses letters, too few or too many digits', () => {
    for (const phone of [
      'call me',
      '12345',
      '+86 138 0013 8000 1234 5',
      '138-abc-8000',
      '++86 1380',
    ])
      expect(isPhoneNumber(tidyPhone(phone)!), phone).toBe(false)
  })

  it('an empty phone is no phone', () => {
    expect(tidyPhone('   ')).toBeNull()
    expect(tidyPhone(undefined)).toBeNull()
    expect(tidyPhone('  +86   138 ')).toBe('+86 138')
  })

  it('knows an e-mail address', () => {
    expect(isEmailAddress('wang@example.com')).toBe(true)
    expect(isEmailAddress('wang@example')).toBe(false)
    expect(isEmailAddress('wang example@x.com')).toBe(false)
    expect(isEmailAddress(`${'a'.repeat(250)}@x.com`)).toBe(false)
  })

  it('a change of case is not a change of e-mail', () => {
    expect(changesEmail('wang@example.com', ' Wang@Example.com ')).toBe(false)
    expect(changesEmail('wang@example.com', 'li@example.com')).toBe(true)
    expect(changesEmail('wang@example.com', undefined)).toBe(false)
  })
})
