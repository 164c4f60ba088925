/** The server itself: bootstrap admin, adapter choice, health, headers, rate limit, shutdown. */
import http from 'node:http'
import { spawn } from 'node:child_process'
import { describe, expect, inject, it } from 'vitest'

import { createBootstrapAdmin } from '@/seed/bootstrap'
import { postgresAdmin, testDatabase } from '../support/database'
import { api, login, requestFrom } from '../support/http'
import { testPayload } from '../support/payload'
import { startServer } from '../support/server'

describe('anonymous', () => {
  it('GET /healthz answers 200 { ok: true } while the database answers', async () => {
    const res = await api('/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ok: true })
  })

  it('every response carries security headers and no X-Powered-By', async () => {
    const res = await api('/healthz')
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-powered-by')).toBeNull()
    const admin = await api('/admin/login')
    expect(admin.status).toBe(200)
    expect(admin.headers.get('content-security-policy')).toBeTruthy()
  })

  it('repeated failed logins from one address get 429 with a message, in the browser’s language', async () => {
    const attempt = (from: string, lang: string) =>
      requestFrom(from, '/api/users/login', {
        method: 'POST',
        json: { email: 'nobody@test.example', password: 'wrong-password' },
        headers: { 'Accept-Language': lang },
      })
    for (let i = 0; i < 5; i++) expect((await attempt('127.0.0.7', 'en-GB,en')).status).toBe(401)
    const blocked = await attempt('127.0.0.7', 'en-GB,en')
    expect(blocked.status).toBe(429)
    expect(blocked.body.errors[0].message).toMatch(/Too many attempts\. Try again in \d+ minutes/)
    expect(blocked.body.errors[0].data.code).toBe('auth.too-many-attempts')
    for (let i = 0; i < 5; i++) await attempt('127.0.0.8', 'zh-HK,zh')
    const zh = await attempt('127.0.0.8', 'zh-HK,zh')
    expect(zh.status).toBe(429)
    expect(zh.body.errors[0].message).toContain('嘗試次數過多')
    // Another address is not affected.
    expect((await attempt('127.0.0.9', 'en')).status).toBe(401)
  })

  it('a bad DATABASE_URI stops start-up with one line naming the accepted forms', async () => {
    const child = spawn(
      'node',
      ['--conditions=production', '--import', 'tsx', 'src/server/index.ts'],
      {
        env: { ...process.env, DATABASE_URI: 'mysql://root@localhost/estate', PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (c) => (stderr += c))
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(1)
    const lines = stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/file:.*postgres:\/\/.*mongodb:\/\//)
    expect(lines[0]).not.toContain('root@localhost')
  })
})

describe('staff: bootstrap admin', () => {
  it('ADMIN_EMAIL / ADMIN_PASSWORD made an admin on the empty database, who logs in by REST', async () => {
    const admin = inject('admin')
    const token = await login(admin.email, admin.password)
    const me = await api('/api/users/me', { auth: { token } })
    expect(me.body.user.allEstates).toBe(true)
    expect(me.body.user.currentEstate).toBeTruthy()
  })

  it('is not made again once staff exist', async () => {
    const payload = await testPayload()
    expect(await createBootstrapAdmin(payload, 'second-admin@test.example', 'Second-admin-1')).toBe(
      false,
    )
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: 'second-admin@test.example' } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('database adapter', () => {
  it(`runs on ${testDatabase()} as DATABASE_URI asks`, async () => {
    const payload = await testPayload()
    expect(payload.db.name).toBe(testDatabase())
    const migrations = await payload.find({ collection: 'payload-migrations', limit: 100 })
    expect(migrations.totalDocs).toBeGreaterThan(0)
  })
})

describe('operations', () => {
  it('SIGTERM lets the request in flight finish, then the server stops cleanly', async () => {
    const admin = inject('admin')
    const server = await startServer({ DATABASE_URI: inject('databaseUri'), JOBS_AUTORUN: 'off' })
    const body = JSON.stringify({ email: admin.email, password: admin.password })
    const response = new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/users/login',
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', reject)
      // Half the body now, the rest after the signal: the request is in flight when it lands.
      req.write(body.slice(0, 10))
      setTimeout(() => {
        server.process.kill('SIGTERM')
        setTimeout(() => req.end(body.slice(10)), 500)
      }, 300)
    })
    expect(await response).toBe(200)
    expect(await server.stop()).toBe(0)
    expect(server.output()).toContain('SIGTERM received')
    expect(server.output()).toContain('estate-office: stopped')
    // One log line per request, tokens and query strings left out.
    expect(server.output()).toMatch(/POST \/api\/users\/login 200/)
  })

  it('an idle keep-alive connection is kept 65 s, longer than clients and load balancers keep theirs, and SIGTERM still stops at once', async () => {
    const server = await startServer({ DATABASE_URI: inject('databaseUri'), JOBS_AUTORUN: 'off' })
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const get = () =>
      new Promise<{ keepAlive: string; socket: unknown }>((resolve, reject) => {
        const req = http.get(
          { host: '127.0.0.1', port: server.port, path: '/healthz', agent },
          (res) => {
            res.resume()
            res.on('end', () =>
              resolve({ keepAlive: String(res.headers['keep-alive']), socket: req.socket }),
            )
          },
        )
        req.on('error', reject)
      })
    const first = await get()
    expect(first.keepAlive).toBe('timeout=65')
    // Past Node's default of 5 s the same connection still serves the next request.
    await new Promise((resolve) => setTimeout(resolve, 5_500))
    const second = await get()
    expect(second.socket).toBe(first.socket)
    // The idle connection does not hold the shutdown up.
    const started = Date.now()
    server.process.kill('SIGTERM')
    expect(await server.stop()).toBe(0)
    expect(Date.now() - started).toBeLessThan(5_000)
    agent.destroy()
  }, 60_000)

  it.runIf(testDatabase() === 'postgres')(
    'GET /healthz answers 503 while PostgreSQL refuses the server, and 200 once it is back',
    async () => {
      const uri = new URL(inject('databaseUri'))
      const dbName = uri.pathname.slice(1)
      uri.searchParams.set('application_name', 'estate-health-probe')
      const server = await startServer({ DATABASE_URI: uri.toString(), JOBS_AUTORUN: 'off' })
      const admin = inject('admin')
      const signIn = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: admin.email, password: admin.password }),
      })
      const { token } = (await signIn.json()) as { token: string }
      try {
        await postgresAdmin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS false`)
        await postgresAdmin(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'estate-health-probe'`,
        )
        const down = await fetch(`${server.url}/healthz`)
        expect(down.status).toBe(503)
        expect(await down.json()).toMatchObject({ ok: false })
        // issue 6 #16: a signed-in request says the database is down (503), not "not allowed" (403).
        let answer: Response | undefined
        for (let i = 0; i < 40; i++) {
          answer = await fetch(`${server.url}/api/households`, {
            headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'en' },
          })
          if (answer.status === 503) break
          await new Promise((r) => setTimeout(r, 250))
        }
        expect(answer!.status).toBe(503)
        const body = (await answer!.json()) as {
          errors: { message: string; data: { code: string } }[]
        }
        expect(body.errors[0]!.data.code).toBe('server.database-unavailable')
        expect(body.errors[0]!.message).toMatch(/database is not answering/)
      } finally {
        await postgresAdmin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`)
      }
      let status = 0
      for (let i = 0; i < 20 && status !== 200; i++) {
        status = (await fetch(`${server.url}/healthz`)).status
        if (status !== 200) await new Promise((r) => setTimeout(r, 250))
      }
      expect(status).toBe(200)
      expect(await server.stop()).toBe(0)
    },
  )
})
