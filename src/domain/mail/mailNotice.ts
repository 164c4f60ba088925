import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import type { Lang } from '@/errors/catalogue'
import { formatPickupCode } from './pickupCode'
import { MAIL_KIND_LABELS } from './transitions'

type Notice = {
  estate: Pick<EstateLetterhead, 'name' | 'nameEn'>
  unit: string
  addressee: string
  code: string
  /** What is waiting (the reminder lists it; the first notice, sent as items are recorded, does not). */
  kinds?: (keyof typeof MAIL_KIND_LABELS)[]
  portalUrl: string
}

const kindsText = (kinds: Notice['kinds'], lang: Lang) => {
  if (!kinds?.length) return ''
  const counts = new Map<string, number>()
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  return [...counts]
    .map(([kind, n]) => `${MAIL_KIND_LABELS[kind as keyof typeof MAIL_KIND_LABELS][lang]} × ${n}`)
    .join(lang === 'en' ? ', ' : '、')
}

/**
 * MAIL-3: the e-mail telling an addressee that mail is waiting, with the pickup code written
 * out and (added by the outbox as an image) its QR code. No other household's data.
 */
export function mailWaitingEmail(notice: Notice, lang: Lang) {
  const estate = estateName(notice.estate, lang)
  const code = formatPickupCode(notice.code)
  if (lang === 'en') {
    return {
      subject: `Mail waiting for you at ${estate} — pickup code ${code}`,
      body: [
        `Dear ${notice.addressee} (${notice.unit}),`,
        '',
        `Mail has arrived for you at the ${estate} management office${notice.kinds?.length ? `: ${kindsText(notice.kinds, lang)}` : ''}.`,
        '',
        `Pickup code: ${code}`,
        '',
        'Show the QR code below at the lobby kiosk (or type the code), and sign on the screen. You may also collect it at the office desk. Someone else may collect it only with your authorisation, recorded in the residents’ portal.',
        '',
        `Your mail in the portal: ${notice.portalUrl}`,
      ].join('\n'),
    }
  }
  return {
    subject: `${estate}管理處：您有郵件待領取（領取碼 ${code}）`,
    body: [
      `${notice.addressee}（${notice.unit}）您好：`,
      '',
      `${estate}管理處已收到您的郵件${notice.kinds?.length ? `：${kindsText(notice.kinds, lang)}` : ''}。`,
      '',
      `領取碼：${code}`,
      '',
      '請於大堂自助機出示下方二維碼（或輸入領取碼），並於螢幕上簽收；亦可到管理處櫃枱領取。如由他人代領，須先於住戶網站登記代領授權。',
      '',
      `於住戶網站查看郵件：${notice.portalUrl}`,
    ].join('\n'),
  }
}

/** MAIL-6: the reminder for mail still waiting after the estate's reminder days. */
export function mailReminderEmail(notice: Notice & { days: number }, lang: Lang) {
  const first = mailWaitingEmail(notice, lang)
  const estate = estateName(notice.estate, lang)
  return lang === 'en'
    ? {
        subject: `Reminder: mail waiting for you at ${estate} — pickup code ${formatPickupCode(notice.code)}`,
        body: `Your mail has been waiting for ${notice.days} days or more.\n\n${first.body}`,
      }
    : {
        subject: `提醒：${estate}管理處有您的郵件待領取（領取碼 ${formatPickupCode(notice.code)}）`,
        body: `您的郵件已存放 ${notice.days} 日或以上。\n\n${first.body}`,
      }
}
