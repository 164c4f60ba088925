import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { HTML_LANG, portalText } from '@/i18n/portal'
import './portal.css'
import { currentPortalLang } from './session'

export async function generateMetadata(): Promise<Metadata> {
  const t = portalText(await currentPortalLang())
  return { title: { default: `${t.portalName} · ${t.siteName}`, template: `%s · ${t.siteName}` } }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5cad' }

/** The resident portal's own root layout: its language comes from the portal-lang cookie (GEN-3). */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const lang = await currentPortalLang()
  const t = portalText(lang)
  return (
    <html lang={HTML_LANG[lang]}>
      <body className="portal">
        <a className="portal-skip" href="#main">
          {t.skipToContent}
        </a>
        {children}
      </body>
    </html>
  )
}
