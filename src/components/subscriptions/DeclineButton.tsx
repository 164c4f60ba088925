'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { callApi } from '@/components/callApi'
import { type PortalLang, portalText } from '@/i18n/portal'

/** SUB-3: the resident withdraws an order the supplier confirmed instead of signing it. */
export function DeclineButton({
  subscriptionId,
  lang,
}: {
  subscriptionId: number
  lang: PortalLang
}) {
  const t = portalText(lang)
  const router = useRouter()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function decline() {
    setBusy(true)
    const result = await callApi(`/api/subscriptions/${subscriptionId}`, lang, {
      method: 'PATCH',
      body: { status: 'refused' },
    })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    router.refresh()
  }
  return (
    <div className="portal-action">
      {asking ? (
        <div
          role="group"
          aria-labelledby={`decline-${subscriptionId}`}
          className="portal-confirm portal-confirm--danger"
        >
          <p id={`decline-${subscriptionId}`} className="portal-confirm__text">
            {t.declineConfirm}
          </p>
          <div className="portal-confirm__buttons">
            <button
              type="button"
              className="portal-button portal-button--danger"
              onClick={() => void decline()}
              disabled={busy}
            >
              {busy ? t.submitting : t.confirmDecline}
            </button>
            <button
              type="button"
              className="portal-button portal-button--quiet"
              onClick={() => setAsking(false)}
              disabled={busy}
            >
              {t.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="portal-button portal-button--danger-outline"
          onClick={() => setAsking(true)}
        >
          {t.declineOrder}
        </button>
      )}
      {error ? (
        <p role="alert" className="portal-alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
