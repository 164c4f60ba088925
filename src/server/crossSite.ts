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
 * name this host or PUBLIC_URL's; a browser that says the request is cross-site is refused.
 * Requests that authenticate with a header (JWT, API key) carry no ambient credential and are
 * not affected.
 */
export function refuseCrossSiteWrites(publicUrl: string | undefined) {
  const publicHost = hostOf(publicUrl)
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next()
    if (!SESSION_COOKIE.test(req.get('cookie') ?? '') || req.get('authorization')) return next()
    const origin = req.get('origin') ?? req.get('referer')
    const fetchSite = req.get('sec-fetch-site')
    // No Origin, no Referer: not a page in a browser (browsers send Origin with every write), but
    // a client that keeps cookies itself, such as a script; it cannot be a forged cross-site form.
    if (!origin)
      return fetchSite === 'cross-site' ? sendRefusal(req, res, 403, 'request.cross-site') : next()
    const from = hostOf(origin)
    const own = (req.get('host') ?? '').toLowerCase()
    if (from && (from === own || from === publicHost)) return next()
    sendRefusal(req, res, 403, 'request.cross-site')
  }
}
