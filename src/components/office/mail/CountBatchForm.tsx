'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { SignatureField, type SignatureFieldHandle } from '@/components/SignatureField'
import type { OfficeLang } from '@/i18n/office'
import { mailDeskText } from '@/i18n/mailDesk'

/**
 * MAIL-2: CS enters the number counted with the guard and signs. A count that differs from the
 * guard's asks for a note before signing; the server refuses it without one in any case.
 */
export function CountBatchForm({
  lang,
  batchId,
  declared,
}: {
  lang: OfficeLang
  batchId: number | string
  declared: number
}) {
  const m = mailDeskText(lang)
  const router = useRouter()
  const padRef = useRef<SignatureFieldHandle>(null)
  const countRef = useRef<HTMLInputElement>(null)
  const [counted, setCounted] = useState('')
  // A number typed before the page became interactive is taken up, not lost.
  useEffect(() => {
    if (countRef.current?.value) setCounted(countRef.current.value)
  }, [])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const countedNumber = Number(counted)
  const differs = counted !== '' && Number.isFinite(countedNumber) && countedNumber !== declared

  async function submit(form: HTMLFormElement) {
    setError(null)
    if (!padRef.current || padRef.current.isEmpty()) {
      setError(m('signFirst'))
      return
    }
    const data = new FormData(form)
    setBusy(true)
    const result = await callApi(`/api/mail-batches/${batchId}/accept`, lang, {
      method: 'POST',
      body: {
        countedCount: counted === '' ? null : countedNumber,
        discrepancyNote: data.get('discrepancyNote') ?? '',
        signature: padRef.current.toDataURL(),
      },
    })
    setBusy(false)
    if (!result.ok) {
      setError(result.message)
      return
    }
    router.refresh()
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit(e.currentTarget)
      }}
    >
      <h2>{m('countTitle')}</h2>
      <p>{m('countHelp')}</p>
      <div className="field">
        <label htmlFor="countedCount">{m('countedCount')}</label>
        <input
          id="countedCount"
          ref={countRef}
          name="countedCount"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={counted}
          onChange={(e) => setCounted(e.target.value)}
          aria-describedby={differs ? 'count-differs' : undefined}
        />
      </div>
      {differs ? (
        <>
          <p id="count-differs" className="warning" role="status">
            {m('mismatchWarning', { counted, declared })}
          </p>
          <div className="field">
            <label htmlFor="discrepancyNote">{m('discrepancyNote')}</label>
            <textarea id="discrepancyNote" name="discrepancyNote" maxLength={1000} required />
          </div>
        </>
      ) : null}
      <p id="cs-pad-label">{m('csSignHere')}</p>
      <SignatureField
        ref={padRef}
        labelId="cs-pad-label"
        height={180}
        onStroke={() => setError(null)}
      />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => padRef.current?.clear()}>
          {m('clear')}
        </button>
        <button type="submit" className="button" disabled={busy}>
          {busy ? m('working') : m('signAccept')}
        </button>
      </div>
    </form>
  )
}
