import { cookies } from 'next/headers'
import type { Metadata, Viewport } from 'next'
import React from 'react'

import { OfficeLanguageSwitch } from '@/components/office/OfficeLanguageSwitch'
import { OFFICE_HTML_LANG, OFFICE_LANG_COOKIE, officeLang } from '@/i18n/office'
import './office.css'

/** The browser's title in the page's language too (one language at a time). */
export async function generateMetadata(): Promise<Metadata> {
  const lang = officeLang((await cookies()).get(OFFICE_LANG_COOKIE)?.value)
  return { title: lang === 'en' ? 'Estate office' : '屋苑管理處' }
}
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function OfficeLayout({ children }: { children: React.ReactNode }) {
  const lang = officeLang((await cookies()).get(OFFICE_LANG_COOKIE)?.value)
  return (
    <html lang={OFFICE_HTML_LANG[lang]}>
      <body>
        {/* Every office page's header carries the language switch (the admin's own setting). */}
        <header className="office-header no-print">
          <OfficeLanguageSwitch lang={lang} />
        </header>
        {children}
      </body>
    </html>
  )
}
