import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { OfflineShell } from '@/components/offline/OfflineShell'
import './kiosk.css'

export const metadata: Metadata = {
  title: '大堂自助服務 · Lobby self-service',
  manifest: '/kiosk.webmanifest',
  icons: {
    icon: [
      { url: '/kiosk-icon-192.png', sizes: '192x192', type: 'image/png' },
      { url: '/kiosk-icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
    apple: '/kiosk-icon-192.png',
  },
  appleWebApp: { capable: true, title: '大堂自助服務', statusBarStyle: 'black-translucent' },
  robots: { index: false, follow: false },
}

// Touch first, but never a zoom lock: a person may still pinch to enlarge (WCAG 1.4.4).
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: '#0b3d6e',
}

/**
 * The lobby kiosk's own root layout: no portal or admin chrome; Chinese until switched. The kiosk
 * opens again with the network down (the offline service worker), to check passes on the device.
 */
export default function KioskLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hant-TW">
      <body className="kiosk">
        <OfflineShell scope="/kiosk" />
        {children}
      </body>
    </html>
  )
}
