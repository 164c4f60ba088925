import { inject } from 'vitest'

// The in-process Payload (Local API) shares the server's database and SMTP settings; the
// config reads them when first imported, so they are set before any test file imports it.
process.env.DATABASE_URI = inject('databaseUri')
process.env.SMTP_URL = `smtp://127.0.0.1:${inject('smtpPort')}`
process.env.JOBS_AUTORUN = 'off'
process.env.PAYLOAD_SECRET ||= 'integration-test-secret-not-for-production'
process.env.EMAIL_RETRY_DELAY_MS = '300'
