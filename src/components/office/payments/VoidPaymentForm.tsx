'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { callApi } from '@/components/callApi'
import { paymentsText, type PaymentsLang } from '@/i18n/payments'

/** A supervisor voids a payment recorded by mistake, with a reason (the server decides who may). */
export function VoidPaymentForm({
  lang,
  paymentId,
}: {
  lang: PaymentsLang
  paymentId: number | string
}) {
  const t = paymentsText(lang)
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(form: HTMLFormElement) {
    setError(null)
    setBusy(true)
    try {
      const result = await callApi(`/api/payments/${paymentId}/void`, lang, {
        method: 'POST',
        body: { reason: new FormData(form).get('reason') },
      })
      if (result.ok) router.refresh()
      else setError(result.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="no-print void-form"
      onSubmit={(event) => {
        event.preventDefault()
        void submit(event.currentTarget)
      }}
    >
      <h2>{t('voidTitle')}</h2>
      <p>{t('voidHelp')}</p>
      <div className="field">
        <label htmlFor="void-reason">{t('voidReason')}</label>
        <input id="void-reason" name="reason" required maxLength={300} autoComplete="off" />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button className="button secondary" type="submit" disabled={busy}>
        {busy ? t('working') : t('voidConfirm')}
      </button>
    </form>
  )
}
