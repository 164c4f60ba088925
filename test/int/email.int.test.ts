/**
 * GEN-4: the outbox delivers through nodemailer to a real SMTP server on loopback (smtp-server
 * as the peer), retries with back-off while the peer is down, and never sends a message twice.
 */
import { afterEach, describe, expect, inject, it } from 'vitest'

import { api, login } from '../support/http'
import { makeStaff, testPayload } from '../support/payload'
import { smtpPeer } from '../support/smtp'

const smtpPeerHere = () => smtpPeer(inject('smtpPort'))

let peer: ReturnType<typeof smtpPeerHere> | undefined
afterEach(async () => {
  await peer?.stop()
  peer = undefined
})

async function outbox(id: number | string) {
  const payload = await testPayload()
  return payload.findByID({ collection: 'notifications', id, depth: 0 })
}

/** The queued delivery job of one outbox message (the job queue's own record of its retry). */
async function deliveryJob(notificationId: number | string) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendNotification' } },
    sort: '-createdAt',
    limit: 200,
    depth: 0,
  })
  const job = docs.find(
    (j) =>
      (j.input as { notificationId?: string } | null)?.notificationId === String(notificationId),
  )
  if (!job) throw new Error(`no delivery job for notification ${notificationId}`)
  return job
}

/**
 * Runs the due delivery jobs of these tests' own messages: other test files leave jobs of their
 * own queued (the server's crons are off), which a plain run of the first 50 would pick first.
 */
async function runQueue(notificationId: number | string) {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendNotification' } },
    limit: 500,
    depth: 0,
  })
  const ids = docs
    .filter(
      (j) =>
        (j.input as { notificationId?: string } | null)?.notificationId === String(notificationId),
    )
    .map((j) => j.id)
  // A completed job is kept (see deleteJobOnComplete) but never run again.
  if (ids.length) await payload.jobs.run({ limit: 50, where: { id: { in: ids } } })
}

const uniqueRecipient = () => `resident-${Math.random().toString(36).slice(2, 8)}@test.example`

describe('domain code (server)', () => {
  it('GEN-4: a queued message is delivered over SMTP, Chinese subject intact; its delivery job is the row Payload’s own queue writes', async () => {
    peer = smtpPeerHere()
    await peer.start()
    const payload = await testPayload()
    const to = uniqueRecipient()
    const message = await payload.create({
      collection: 'notifications',
      data: { to, subject: '業戶出入證簽收單 Access pass receipt', body: '您好，附上簽收單。' },
    })
    expect(message.status).toBe('queued')
    // The outbox queues the delivery with queueJob, which skips the read back of
    // payload.jobs.queue: the row must be the same.
    const ours = await deliveryJob(message.id)
    const theirs = await payload.jobs.queue({
      task: 'sendNotification',
      input: { notificationId: `compare-${message.id}` },
    })
    const shape = (job: Record<string, unknown>) => ({
      taskSlug: job.taskSlug,
      queue: job.queue ?? null,
      processing: job.processing,
      totalTried: job.totalTried,
      hasError: job.hasError,
      completedAt: job.completedAt ?? null,
      waitUntil: job.waitUntil ?? null,
    })
    const stored = await payload.findByID({ collection: 'payload-jobs', id: theirs.id, depth: 0 })
    expect(shape(ours as never)).toEqual(shape(stored as never))
    expect(ours.input).toEqual({ notificationId: String(message.id) })
    await payload.delete({ collection: 'payload-jobs', id: theirs.id })
    await runQueue(message.id)
    const mine = peer.received.filter((m) => m.to === to)
    expect(mine).toHaveLength(1)
    expect(mine[0]!.subject).toBe('業戶出入證簽收單 Access pass receipt')
    expect(mine[0]!.text).toContain('您好')
    const after = await outbox(message.id)
    expect(after.status).toBe('sent')
    expect(after.attempts).toBe(1)
    expect(after.sentAt).toBeTruthy()
  })

  it('GEN-4: with the SMTP server down the message is kept, marked failed, retried and delivered once it is back', async () => {
    const payload = await testPayload()
    const cs = await makeStaff(['cs'])
    const csToken = await login(cs.email, cs.password)
    const to = uniqueRecipient()
    const message = await payload.create({
      collection: 'notifications',
      data: {
        to,
        subject: 'Retry me',
        body: 'The mail server was down.',
        estate: cs.estate as number,
      },
    })
    await runQueue(message.id)
    const failed = await outbox(message.id)
    expect(failed.status).toBe('failed')
    expect(failed.attempts).toBe(1)
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i)

    // Staff see it: a cs member reads the failed message with its error.
    const seen = await api(`/api/notifications/${message.id}`, { auth: { token: csToken } })
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ to, status: 'failed', attempts: 1 })
    expect(seen.body.lastError).toMatch(/ECONNREFUSED|connect/i)

    peer = smtpPeerHere()
    await peer.start()
    // The retry waits for its back-off (EMAIL_RETRY_DELAY_MS = 300 in tests) ...
    const job = await deliveryJob(message.id)
    const retryAt = new Date(job.waitUntil!).getTime()
    expect(retryAt - new Date(failed.updatedAt).getTime()).toBeGreaterThanOrEqual(250)
    // ... and a run before it is due sends nothing. The due time is moved an hour on, so this
    // holds however slowly the machine runs the queue.
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() + 3_600_000).toISOString() },
    })
    await runQueue(message.id)
    expect(peer.received.filter((m) => m.to === to)).toHaveLength(0)
    expect((await outbox(message.id)).attempts).toBe(1)
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(retryAt).toISOString() },
    })
    // Once the back-off has passed (300 ms after the failure), the retry is due.
    await new Promise((r) => setTimeout(r, Math.max(0, retryAt - Date.now() + 50)))
    await runQueue(message.id)
    expect(peer.received.filter((m) => m.to === to)).toHaveLength(1)
    const sent = await outbox(message.id)
    expect(sent.status).toBe('sent')
    expect(sent.attempts).toBe(2)
  })

  it('GEN-4: nothing is sent twice, even when the delivery job is queued again', async () => {
    peer = smtpPeerHere()
    await peer.start()
    const payload = await testPayload()
    const to = uniqueRecipient()
    const message = await payload.create({
      collection: 'notifications',
      data: { to, subject: 'Once only', body: 'One copy.' },
    })
    await runQueue(message.id)
    await payload.jobs.queue({
      task: 'sendNotification',
      input: { notificationId: String(message.id) },
    })
    await runQueue(message.id)
    await runQueue(message.id)
    expect(peer.received.filter((m) => m.to === to)).toHaveLength(1)
    expect((await outbox(message.id)).attempts).toBe(1)
  })
})

describe('staff: admin', () => {
  it('GEN-4: a message an admin writes by hand goes through the outbox and names who queued it; one the server queues names nobody', async () => {
    const admin = inject('admin')
    const token = await login(admin.email, admin.password)
    const to = uniqueRecipient()
    const made = await api('/api/notifications?depth=0', {
      method: 'POST',
      auth: { token },
      json: { to, subject: 'Test 測試', body: 'A test from the office.' },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const me = await api('/api/users/me', { auth: { token } })
    expect(String(made.body.doc.queuedBy)).toBe(String(me.body.user.id))
    const kept = await outbox(made.body.doc.id)
    expect(String(kept.queuedBy)).toBe(String(me.body.user.id))
    expect(kept.status).toBe('queued')
    // Messages queued by the server for a resident's or a kiosk's request name no staff member.
    const payload = await testPayload()
    const byServer = await payload.create({
      collection: 'notifications',
      data: { to: uniqueRecipient(), subject: 'Server', body: 'Queued by domain code.' },
    })
    expect(byServer.queuedBy ?? null).toBeNull()
  })
})
