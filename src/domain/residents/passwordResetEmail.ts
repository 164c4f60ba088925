import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import type { Lang } from '@/errors/catalogue'

/** How long a link asked for with “forgot password” works: an hour (an invitation's works a week). */
export const RESET_LINK_MINUTES = 60

/** The e-mail a resident asked for from the portal's sign-in page, in their language. */
export function passwordResetEmail(
  { name, link }: { name: string; link: string },
  lang: Lang,
  estate: Pick<EstateLetterhead, 'name' | 'nameEn'>,
) {
  const place = estateName(estate, lang)
  if (lang === 'en') {
    return {
      subject: `${place} resident portal: set a new password`,
      body: [
        `Dear ${name},`,
        `Someone (we hope you) asked to set a new password for your ${place} resident portal account. Set it here; the link works once, within ${RESET_LINK_MINUTES} minutes:`,
        link,
        'If you did not ask for it, ignore this e-mail: your password stays as it is.',
      ].join('\n'),
    }
  }
  return {
    subject: `${place}住戶網上服務：重設密碼`,
    body: [
      `${name} 您好：`,
      `有人（希望是您本人）要求為您的${place}住戶網上服務帳戶設定新密碼。請按以下連結設定（只可使用一次，${RESET_LINK_MINUTES} 分鐘內有效）：`,
      link,
      '如非您本人要求，請不用理會本電郵，您的密碼維持不變。',
    ].join('\n'),
  }
}

/** The portal's link that sets a password with a reset token. */
export const setPasswordLink = (base: string, token: string) =>
  `${base}/portal/set-password?token=${encodeURIComponent(token)}`
