import type { Metadata, Viewport } from 'next'
import React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: '屋苑管理處 · Estate Office',
  description: 'Estate office: staff administration, resident portal and lobby kiosk',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-Hant-TW">
      <body>{children}</body>
    </html>
  )
}
