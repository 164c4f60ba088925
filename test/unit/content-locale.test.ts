import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { contentFollowsAdminLanguage } from '@/server/contentLocale'

const payload = {
  config: {
    routes: { admin: '/admin' },
    cookiePrefix: 'payload',
    i18n: { supportedLanguages: { 'zh-TW': {}, en: {} }, fallbackLanguage: 'zh-TW' },
    localization: { localeCodes: ['zh-TW', 'en'] },
    collections: [
      { slug: 'procedures', flattenedFields: [{ name: 'title', localized: true }] },
      { slug: 'households', flattenedFields: [{ name: 'unit' }] },
    ],
  },
} as unknown as Payload

function served(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const req = {
    url,
    method,
    get: (name: string) => headers[name.toLowerCase()],
  } as unknown as Request
  let called = false
  contentFollowsAdminLanguage(payload)(
    req,
    {} as Response,
    (() => {
      called = true
    }) as NextFunction,
  )
  expect(called).toBe(true)
  return req.url
}

describe('staff: reading localized content in the admin', () => {
  it('GEN-6: a procedures page without ?locale= is served in the screen language (payload-lng)', () => {
    expect(served('/admin/collections/procedures', { cookie: 'a=1; payload-lng=en' })).toBe(
      '/admin/collections/procedures?locale=en',
    )
    expect(served('/admin/collections/procedures/3?_rsc=x', { cookie: 'payload-lng=zh-TW' })).toBe(
      '/admin/collections/procedures/3?_rsc=x&locale=zh-TW',
    )
  })

  it('GEN-6: without the cookie the browser language decides, then Chinese', () => {
    expect(served('/admin/collections/procedures', { 'accept-language': 'en-GB,en;q=0.9' })).toBe(
      '/admin/collections/procedures?locale=en',
    )
    expect(served('/admin/collections/procedures', { 'accept-language': 'fr' })).toBe(
      '/admin/collections/procedures?locale=zh-TW',
    )
  })

  it('GEN-6: an explicit ?locale=, another collection, a lookalike path or a write is left alone', () => {
    const cookie = { cookie: 'payload-lng=en' }
    expect(served('/admin/collections/procedures?locale=zh-TW', cookie)).toBe(
      '/admin/collections/procedures?locale=zh-TW',
    )
    expect(served('/admin/collections/households', cookie)).toBe('/admin/collections/households')
    expect(served('/admin/collections/procedures-old', cookie)).toBe(
      '/admin/collections/procedures-old',
    )
    expect(served('/admin/collections/procedures', cookie, 'POST')).toBe(
      '/admin/collections/procedures',
    )
  })
})
