import express, { type Express, type Request, type Response } from 'express'
import { rateLimit } from 'express-rate-limit'
import helmet from 'helmet'
import morgan from 'morgan'
import type { Payload } from 'payload'

import { databaseAnswers } from './health'
import { tooManyLogins } from './messages'
import type { ServerSettings } from './settings'

type NextHandler = (req: Request, res: Response) => Promise<void>

/** Login endpoints of every collection that signs in with a password. */
export const LOGIN_PATHS = ['/api/users/login', '/api/residents/login']

/** Tokens in paths (password reset, e-mail verification) never reach the log. */
export function redactUrl(url: string): string {
  return url.replace(/\/(reset|verify|reset-password)\/[^/?#]+/g, '/$1/…').replace(/\?.*$/, '')
}

morgan.token('safe-url', (req) => redactUrl((req as Request).originalUrl ?? req.url ?? ''))

/**
 * The Express app in front of Next: request log, security headers, login rate limit and health
 * check; everything else (admin, REST, GraphQL, portal, kiosk) is Next's.
 */
export function createApp({
  payload,
  handleNext,
  settings,
}: {
  payload: Payload
  handleNext: NextHandler
  settings: Pick<ServerSettings, 'dev' | 'loginRateLimit' | 'trustProxy'>
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
    res.status(ok ? 200 : 503).set('Cache-Control', 'no-store').json(ok ? { ok } : { ok, error: 'database unreachable' })
  })

  // Failed logins only: after `limit` failures in the window one address gets 429.
  const minutes = Math.ceil(settings.loginRateLimit.windowMs / 60_000)
  const loginLimiter = rateLimit({
    windowMs: settings.loginRateLimit.windowMs,
    limit: settings.loginRateLimit.limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      res.status(429).json({ errors: [{ message: tooManyLogins(req, minutes) }] })
    },
  })
  app.post(LOGIN_PATHS, loginLimiter)

  app.all('/{*splat}', (req, res) => handleNext(req, res))
  return app
}
