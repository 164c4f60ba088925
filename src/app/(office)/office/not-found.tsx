import { cookies } from 'next/headers'

import { OFFICE_LANG_COOKIE, officeLang, officeText } from '@/i18n/office'

/**
 * An office page's record that is not there — a malformed id, an unknown one or another estate's —
 * is this 404 page, in the reader's language (the admin's, from the payload-lng cookie).
 */
export default async function OfficeNotFound() {
  const t = officeText(officeLang((await cookies()).get(OFFICE_LANG_COOKIE)?.value))
  return (
    <main>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundHelp')}</p>
      <p>
        <a href="/admin">{t('backToAdmin')}</a>
      </p>
    </main>
  )
}
