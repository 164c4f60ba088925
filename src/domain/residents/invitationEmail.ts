import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import type { Lang } from '@/errors/catalogue'

/** The portal invitation, in the resident's language. */
export function invitationEmail(
  { name, link }: { name: string; link: string },
  lang: Lang,
  estate: Pick<EstateLetterhead, 'name' | 'nameEn'>,
) {
  const place = estateName(estate, lang)
  if (lang === 'en') {
    return {
      subject: `Your ${place} resident portal`,
      body: [
        `Dear ${name},`,
        `The ${place} estate office has opened a resident portal account for you. Set your password here (valid for 7 days):`,
        link,
      ].join('\n'),
    }
  }
  return {
    subject: `${place}住戶網上服務邀請`,
    body: [
      `${name} 您好：`,
      `${place}管理處已為您開設住戶網上服務帳戶。請按以下連結設定密碼（七天內有效）：`,
      link,
    ].join('\n'),
  }
}
