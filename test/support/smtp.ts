import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = {
  to: string
  subject: string
  text: string
  html: string
  /** PNG and other attached images, as sent. */
  images: Buffer[]
}

/** An SMTP server on loopback that records every message it accepts, parsed. */
export function smtpPeer(port: number) {
  const received: ReceivedMail[] = []
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
            html: String(mail.html || ''),
            images: mail.attachments
              .filter((a) => a.contentType.startsWith('image/'))
              .map((a) => a.content),
          })
          callback()
        })
        .catch(callback)
    },
  })
  return {
    received,
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
