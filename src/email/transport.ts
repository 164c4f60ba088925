import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'

export type MailTransport = {
  transport: Transporter
  /** True when no SMTP server is configured: messages go to the log instead. */
  logOnly: boolean
}

/** SMTP from SMTP_URL (e.g. smtp://user:pass@host:587); without it, a transport that only serialises. */
export function createMailTransport(smtpUrl = process.env.SMTP_URL): MailTransport {
  if (smtpUrl) {
    return {
      transport: nodemailer.createTransport({
        ...smtpOptionsFromUrl(smtpUrl),
        // Fail fast so the outbox retries instead of one attempt hanging for minutes.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
      logOnly: false,
    }
  }
  return { transport: nodemailer.createTransport({ jsonTransport: true }), logOnly: true }
}

/** smtp://user:pass@host:port (STARTTLS when offered) or smtps://… (TLS from the start). */
export function smtpOptionsFromUrl(smtpUrl: string) {
  const url = new URL(smtpUrl)
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://; got ${url.protocol}`)
  }
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
  }
}
