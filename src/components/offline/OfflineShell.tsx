'use client'
import { useEffect } from 'react'

/**
 * Registers the offline service worker (public/offline-sw.js) for this page's path, so the lobby
 * kiosk and the gate board open again with the network down and go on checking passes on the
 * device. Only on a secure context (https or localhost), where browsers allow service workers.
 */
export function OfflineShell({ scope }: { scope: '/kiosk' | '/office/gate' }) {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return
    navigator.serviceWorker.register('/offline-sw.js', { scope }).catch(() => undefined)
  }, [scope])
  return null
}
