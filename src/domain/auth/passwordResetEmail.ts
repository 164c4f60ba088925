import { type Lang, recipientLang } from '@/errors/catalogue'

// Residents' reset e-mails are the portal's own (src/domain/residents/passwordResetEmail.ts).
const TEXT: Record<'staff', Record<Lang, { subject: string; lead: string }>> = {
  staff: {
    'zh-TW': {
      subject: '屋苑管理處：重設員工密碼',
      lead: '請按此連結重設密碼（兩小時內有效）：',
    },
    en: {
      subject: 'Estate office: reset your staff password',
      lead: 'Reset your password here (valid for two hours):',
    },
  },
}

/** The language of a password-reset e-mail: the account's own preference, then Chinese. */
const langOf = (user: unknown) =>
  recipientLang((user as { language?: unknown } | undefined)?.language)

/** Payload's forgot-password e-mail (subject and HTML), in the account holder's language. */
export const passwordResetEmail = (who: 'staff', link: (token: string) => string) => ({
  generateEmailSubject: (args?: { user?: unknown }) => TEXT[who][langOf(args?.user)].subject,
  generateEmailHTML: (args?: { token?: string; user?: unknown }) => {
    const href = link(String(args?.token ?? ''))
    return `<p>${TEXT[who][langOf(args?.user)].lead}</p><p><a href="${href}">${href}</a></p>`
  },
})
