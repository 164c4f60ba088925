import { cookies } from 'next/headers'
import type { Metadata, Viewport } from 'next'
import React from 'react'

import { officeLang } from '@/i18n/office'
import './office.css'

export const metadata: Metadata = { title: '屋苑管理處 · Estate office' }
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function OfficeLayout({ children }: { children: React.ReactNode }) {
  const lang = officeLang((await cookies()).get('payload-lng')?.value)
  return (
    <html lang={lang === 'en' ? 'en' : 'zh-Hant-TW'}>
      <body>{children}</body>
    </html>
  )
}
