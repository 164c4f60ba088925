import { extractHeaderLanguage } from '@payloadcms/translations'
import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

/** The collections with content kept per language (e.g. the procedures), from the config. */
export function localizedCollections(payload: Payload): string[] {
  return payload.config.collections
    .filter((c) => c.flattenedFields.some((f) => 'localized' in f && f.localized))
    .map((c) => c.slug)
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return undefined
}

/**
 * Issue 8, GEN-6: the admin shows content in the admin's language. Payload keeps the screen's
 * language (payload-lng cookie) and the content's locale (a preference, default Chinese) apart,
 * so an English admin read the procedures in Chinese marked "— zh-TW". A page of a localized
 * collection asked for without `?locale=` is served in the screen's language: the URL Next sees
 * gets that locale, which Payload also keeps as the user's locale preference, the one the
 * admin's client then reads. An explicit `?locale=` (the admin's Locale menu) is left alone.
 */
export function contentFollowsAdminLanguage(payload: Payload) {
  const adminRoute = payload.config.routes.admin
  const prefixes = localizedCollections(payload).map((slug) => `${adminRoute}/collections/${slug}`)
  const locales = (payload.config.localization ? payload.config.localization.localeCodes : []) ?? []
  const languages = Object.keys(payload.config.i18n.supportedLanguages ?? {})
  const cookieName = `${payload.config.cookiePrefix || 'payload'}-lng`
  const fallback = payload.config.i18n.fallbackLanguage

  return (req: Request, _res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || prefixes.length === 0) return next()
    const mark = req.url.indexOf('?')
    const path = mark === -1 ? req.url : req.url.slice(0, mark)
    const query = mark === -1 ? '' : req.url.slice(mark + 1)
    if (!prefixes.some((p) => path === p || path.startsWith(`${p}/`))) return next()
    const params = new URLSearchParams(query)
    if (params.has('locale')) return next()
    const fromCookie = cookieValue(req.get('cookie'), cookieName)
    const fromHeader = extractHeaderLanguage(req.get('accept-language') ?? '')
    const language =
      [fromCookie, fromHeader].find((l) => l && languages.includes(l)) ?? String(fallback)
    if (!locales.includes(language)) return next()
    params.set('locale', language)
    req.url = `${path}?${params.toString()}`
    next()
  }
}
