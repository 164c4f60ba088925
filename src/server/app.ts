import express, { type Express, type Request, type Response } from 'express'
import helmet from 'helmet'
import morgan from 'morgan'
import type { Payload } from 'payload'

import { CLIENT_ADDRESS_HEADER } from '@/auth/clientAddress'
import { contentFollowsAdminLanguage } from './contentLocale'
import { refuseCrossSiteWrites } from './crossSite'
import { watchDatabase } from './databaseWatch'
import { databaseAnswers } from './health'
import type { LiveStreams } from './live/stream'
import { createRequestGuard, sendRefusal } from './requestGuard'
import type { ServerSettings } from './settings'

type NextHandler = (req: Request, res: Response) => Promise<void>

/** Tokens in paths (password reset, e-mail verification) never reach the log. */
export function redactUrl(url: string): string {
  return url.replace(/\/(reset|verify|reset-password)\/[^/?#]+/g, '/$1/…').replace(/\?.*$/, '')
}

morgan.token('safe-url', (req) => redactUrl((req as Request).originalUrl ?? req.url ?? ''))

/**
 * The Express app in front of Next: request log, security headers, health check, the caller's
 * address for Payload's sign-in counters, cross-site and malformed request refusals, the live
 * boards' event streams (Express's own: Next would not pass a stream on as it is written);
 * everything else (admin, REST, GraphQL, portal, kiosk) is Next's.
 */
export function createApp({
  payload,
  handleNext,
  settings,
  live,
}: {
  payload: Payload
  handleNext: NextHandler
  settings: Pick<ServerSettings, 'dev' | 'trustProxy' | 'publicUrl'>
  live: LiveStreams
}): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', settings.trustProxy)

  app.use(
    morgan(':remote-addr :method :safe-url :status :res[content-length] :response-time ms', {
      stream: { write: (line) => process.stdout.write(line) },
    }),
  )

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Next's and Payload's pages carry inline bootstrap scripts and styles.
          'script-src': ["'self'", "'unsafe-inline'", ...(settings.dev ? ["'unsafe-eval'"] : [])],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'", ...(settings.dev ? ['ws:'] : [])],
          'frame-ancestors': ["'none'"],
          // Served over plain HTTP on an office LAN as well as behind TLS.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: !settings.dev,
    }),
  )

  app.get('/healthz', async (_req, res) => {
    const ok = await databaseAnswers(payload)
    res
      .status(ok ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(ok ? { ok } : { ok, error: 'database unreachable' })
  })

  // Payload counts sign-in attempts per address (src/auth): tell it the address Express sees,
  // replacing whatever a client put in the header.
  app.use((req, _res, next) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    next()
  })

  const database = watchDatabase(payload)
  app.use((req, res, next) => {
    if (!database.isDown()) return next()
    sendRefusal(req, res, 503, 'server.database-unavailable')
  })

  app.use(refuseCrossSiteWrites(settings.publicUrl))
  app.use(createRequestGuard(payload))
  app.get('/api/live/:topic', live.handler)

  // Pages answer OPTIONS plainly (Next would say 400 with an empty body); the API has its own.
  app.options('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/')) return next()
    res.set('Allow', 'GET, HEAD, OPTIONS').status(204).end()
  })

  app.use(contentFollowsAdminLanguage(payload))
  app.all('/{*splat}', (req, res) => handleNext(req, res))
  return app
}
