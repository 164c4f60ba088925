import type { NextFunction, Request, Response } from 'express'

import { sendRefusal } from './requestGuard'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * CSRF (issue 6 #10): a state-changing request that a browser authenticates with the session
 * cookie must come from a page of this server. Its Origin (or, without one, its Referer) must
 * name this host or PUBLIC_URL's. Requests that authenticate with a header (JWT, API key) carry
 * no ambient credential and are not affected.
 */
export function refuseCrossSiteWrites(publicUrl: string | undefined) {
  const publicHost = hostOf(publicUrl)
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next()
    if (!SESSION_COOKIE.test(req.get('cookie') ?? '') || req.get('authorization')) return next()
    const from = hostOf(req.get('origin') ?? undefined) ?? hostOf(req.get('referer') ?? undefined)
    const own = (req.get('host') ?? '').toLowerCase()
    if (from && (from === own || from === publicHost)) return next()
    sendRefusal(req, res, 403, 'request.cross-site')
  }
}
