/**
 * GEN-4: the outbox delivers through nodemailer to a real SMTP server on loopback (smtp-server
 * as the peer), retries with back-off while the peer is down, and never sends a message twice.
 */
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterEach, describe, expect, inject, it } from 'vitest'

import { testPayload } from '../support/payload'

type Received = { to: string; subject: string; text: string }

function smtpPeer() {
  const received: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: Array.isArray(mail.to) ? mail.to[0]!.text : (mail.to?.text ?? ''),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          })
          callback()
        })
        .catch(callback)
    },
  })
  return {
    received,
    start: () => new Promise<void>((resolve) => server.listen(inject('smtpPort'), '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

let peer: ReturnType<typeof smtpPeer> | undefined
afterEach(async () => {
  await peer?.stop()
  peer = undefined
})

async function outbox(id: number | string) {
  const payload = await testPayload()
  return payload.findByID({ collection: 'notifications', id, depth: 0 })
}

async function runQueue() {
  const payload = await testPayload()
  await payload.jobs.run({ limit: 50 })
}

const uniqueRecipient = () => `resident-${Math.random().toString(36).slice(2, 8)}@test.example`

describe('domain code (server)', () => {
  it('GEN-4: a queued message is delivered over SMTP, Chinese subject intact', async () => {
    peer = smtpPeer()
    await peer.start()
    const payload = await testPayload()
    const to = uniqueRecipient()
    const message = await payload.create({
      collection: 'notifications',
      data: { to, subject: '業戶出入證簽收單 Access pass receipt', body: '您好，附上簽收單。' },
    })
    expect(message.status).toBe('queued')
    await runQueue()
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
    const to = uniqueRecipient()
    const message = await payload.create({
      collection: 'notifications',
      data: { to, subject: 'Retry me', body: 'The mail server was down.' },
    })
    await runQueue()
    const failed = await outbox(message.id)
    expect(failed.status).toBe('failed')
    expect(failed.attempts).toBe(1)
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i)

    // Staff see it: a cs member can read the failed message with its error.
    peer = smtpPeer()
    await peer.start()
    // The retry waits for its back-off (EMAIL_RETRY_DELAY_MS in tests): nothing is sent early.
    await runQueue()
    expect(peer.received.filter((m) => m.to === to).length).toBeLessThanOrEqual(1)
    await new Promise((r) => setTimeout(r, 1200))
    await runQueue()
    expect(peer.received.filter((m) => m.to === to)).toHaveLength(1)
    const sent = await outbox(message.id)
    expect(sent.status).toBe('sent')
    expect(sent.attempts).toBeGreaterThanOrEqual(2)
  })

  it('GEN-4: nothing is sent twice, even when the delivery job is queued again', async () => {
    peer = smtpPeer()
    await peer.start()
    const payload = await testPayload()
    const to = uniqueRecipient()
    const message = await payload.create({
      collection: 'notifications',
      data: { to, subject: 'Once only', body: 'One copy.' },
    })
    await runQueue()
    await payload.jobs.queue({ task: 'sendNotification', input: { notificationId: String(message.id) } })
    await runQueue()
    await runQueue()
    expect(peer.received.filter((m) => m.to === to)).toHaveLength(1)
    expect((await outbox(message.id)).attempts).toBe(1)
  })
})
