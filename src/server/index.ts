/**
 * The estate office server: boots Payload (migrations, first-start seed, job crons) and Next,
 * then serves both behind Express. `npm start` (production) and `npm run dev` run this file.
 *
 * Run it with `node --conditions=production` (or `development`): Lexical's plain `node` entry
 * points load their code through a top-level `await import()`, and on Node 20 that sometimes
 * leaves the module graph unsettled, so the process exits silently at start-up (about one start
 * in ten here). The `production`/`development` entries are plain modules.
 */
import type { Server } from 'node:http'
import next from 'next'
import { getPayload } from 'payload'

import { runMigrations, withStartupLock } from '../db/migrate'
import { releaseAbandonedJobs } from '../jobs/tidyJobQueue'
import { settleUnfinishedHandovers } from '../domain/passes/handOverPasses'
import { bootstrap, printDemoLogins } from '../seed/bootstrap'
import { createApp } from './app'
import { closeLiveBus, liveBusOf } from './live/bus'
import { createLiveStreams, liveStreamSettings } from './live/stream'
import { payloadSecret } from './secret'
import { readServerSettings, type ServerSettings } from './settings'

function fail(message: string): never {
  process.stderr.write(`estate-office: ${message.split('\n')[0]}\n`)
  process.exit(1)
}

async function main() {
  let settings: ServerSettings
  try {
    settings = readServerSettings()
  } catch (error) {
    fail((error as Error).message)
  }
  process.env.PAYLOAD_SECRET ||= payloadSecret()

  // Imported only after the environment is checked: the config builds the database adapter.
  const { default: config } = await import('../../payload.config')
  // Next's routes call getPayload() too and receive this same cached instance, so migrations,
  // seeding and the job crons happen exactly once, here.
  let demoLogins: Awaited<ReturnType<typeof bootstrap>> = []
  const payload = await getPayload({
    config,
    cron: true,
    // A second process started at the same moment waits here (see withStartupLock).
    onInit: (instance) =>
      withStartupLock(instance, settings.databaseUri, async () => {
        await runMigrations(instance, settings.databaseUri)
        // A handover a crash interrupted (databases without transactions) is finished or withdrawn.
        await settleUnfinishedHandovers(instance)
        // Jobs a process that died was running (a new complaint's e-mails, a mail notice) run again.
        await releaseAbandonedJobs(instance)
        demoLogins = await bootstrap(instance, settings)
      }),
  })

  const nextApp = next({ dev: settings.dev, dir: process.cwd() })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  // The live boards' bus: on PostgreSQL it listens for the other processes' changes from now on.
  const bus = liveBusOf(payload)
  await bus.listen()
  const live = createLiveStreams(payload, bus, liveStreamSettings())
  const app = createApp({ payload, handleNext: (req, res) => handle(req, res), settings, live })

  const server: Server = app.listen(settings.port, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : settings.port
    console.log(
      `estate-office: listening on http://localhost:${port} (${settings.dev ? 'development' : 'production'}, ${settings.databaseKind})`,
    )
    if (demoLogins.length) printDemoLogins(demoLogins, port)
  })
  // An idle keep-alive connection stays open longer than clients and load balancers keep theirs
  // (60 s is common): with Node's default of 5 s a client could send its next request on a
  // connection the server was closing at that moment and get a reset (seen once in CI, a login).
  // Shutting down still closes idle connections at once (below).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`estate-office: ${signal} received, finishing requests in flight`)
    const force = setTimeout(() => {
      console.error('estate-office: requests still open after 15 s, closing them')
      server.closeAllConnections()
    }, 15_000)
    force.unref()
    // Keep-alive sockets that go idle after their last response are closed as they appear.
    const sweep = setInterval(() => server.closeIdleConnections(), 250)
    // Open boards' streams would keep their connections: end them, the browsers reconnect elsewhere.
    live.closeAll()
    server.close(async () => {
      clearInterval(sweep)
      clearTimeout(force)
      await closeLiveBus()
      await payload.destroy().catch(() => undefined)
      console.log('estate-office: stopped')
      process.exit(0)
    })
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error))
})
