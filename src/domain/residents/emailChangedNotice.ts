import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import type { Lang } from '@/errors/catalogue'

/** Sent to the old address when a resident changes their e-mail: a stranger's change is noticed. */
export function emailChangedNotice(
  { name, newEmail }: { name: string; newEmail: string },
  lang: Lang,
  estate: Pick<EstateLetterhead, 'name' | 'nameEn'>,
) {
  const place = estateName(estate, lang)
  if (lang === 'en') {
    return {
      subject: `${place} resident portal: your e-mail address was changed`,
      body: [
        `Dear ${name},`,
        `The e-mail address of your ${place} resident portal account is now ${newEmail}; the portal's messages go there from now on.`,
        'If you did not change it, call the estate office at once.',
      ].join('\n'),
    }
  }
  return {
    subject: `${place}住戶網上服務：電郵地址已更改`,
    body: [
      `${name} 您好：`,
      `您的${place}住戶網上服務帳戶的電郵地址已改為 ${newEmail}，此後的通知會發送到新地址。`,
      '如非您本人更改，請立即致電管理處。',
    ].join('\n'),
  }
}
