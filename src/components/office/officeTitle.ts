import type { Metadata } from 'next'
import { cookies } from 'next/headers'

import { OFFICE_LANG_COOKIE, officeLang } from '@/i18n/office'

/**
 * An office page's browser title in the reader's language only (one language at a time):
 * `export const generateMetadata = officeTitle('郵件櫃枱', 'Mail desk')`.
 */
export const officeTitle = (zh: string, en: string) => async (): Promise<Metadata> => ({
  title: officeLang((await cookies()).get(OFFICE_LANG_COOKIE)?.value) === 'en' ? en : zh,
})
