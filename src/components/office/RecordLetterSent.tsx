'use client'
import { useState } from 'react'

import { callApi } from '@/components/callApi'
import type { OfficeLang } from '@/i18n/office'

/** SUB-7: customer service records that the printed letter to the supplier was sent. */
export function RecordLetterSent({
  subscriptionId,
  lang,
  label,
}: {
  subscriptionId: number | string
  lang: OfficeLang
  label: string
}) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <div className="no-print">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          const result = await callApi(`/api/subscriptions/${subscriptionId}`, lang, {
            method: 'PATCH',
            body: { cancellationLetterSentAt: new Date().toISOString() },
          })
          setBusy(false)
          if (result.ok) window.location.reload()
          else setError(result.message)
        }}
      >
        {label}
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
