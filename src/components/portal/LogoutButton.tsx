'use client'

import { useEffect, useState } from 'react'

import { type PortalLang, portalText } from '@/i18n/portal'
import { callApi } from '@/components/callApi'
import { useHydrated } from './useHydrated'

/**
 * Ends the session on the server, then leaves for the sign-in page, which says “you have signed
 * out” (a full load: no cached page stays).
 */
export function LogoutButton({ lang }: { lang: PortalLang }) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => setError(null), [lang])

  async function logout() {
    setBusy(true)
    setError(null)
    const result = await callApi('/api/residents/logout', lang, { method: 'POST' })
    if (result.ok || result.status === 400) {
      // 400: already signed out elsewhere; the sign-in page says so either way.
      window.location.assign('/portal/login?signed-out=1')
      return
    }
    setBusy(false)
    setError(result.message)
  }

  return (
    <>
      <button
        type="button"
        className="portal-button portal-button--quiet"
        onClick={() => void logout()}
        disabled={!hydrated || busy}
      >
        {busy ? t.loggingOut : t.logout}
      </button>
      {error ? (
        <p role="alert" className="portal-alert">
          {error}
        </p>
      ) : null}
    </>
  )
}
