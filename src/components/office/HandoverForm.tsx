'use client'
import { useRef, useState } from 'react'

import { officeText, type OfficeLang } from '@/i18n/office'
import { callApi } from '@/components/callApi'
import { SignatureField, type SignatureFieldHandle } from '@/components/SignatureField'

type PassRow = {
  id: number | string
  number: string
  member: string
  fee: number
  currency: string
}

/** The resident signs on the touch screen (signature_pad); the server checks and keeps the PNG. */
export function HandoverForm({
  lang,
  householdId,
  passes,
  defaultCopyTo,
}: {
  lang: OfficeLang
  householdId: number | string
  passes: PassRow[]
  defaultCopyTo: string
}) {
  const t = officeText(lang)
  const padRef = useRef<SignatureFieldHandle>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<{ receiptId: number | string } | null>(null)
  // One key for this form: a double tap or a retry after a lost answer gets the first receipt.
  const [idempotencyKey] = useState(() => `handover-${crypto.randomUUID()}`)

  if (passes.length === 0 && !done) return <p>{t('noPrepared')}</p>

  async function submit(form: HTMLFormElement) {
    setError(null)
    const pad = padRef.current
    if (!pad || pad.isEmpty()) {
      setError(t('signatureMissing'))
      return
    }
    const data = new FormData(form)
    setBusy(true)
    try {
      const result = await callApi<{ doc: { id: number | string } }>(
        '/api/pass-receipts/handover',
        lang,
        {
          method: 'POST',
          headers: { 'Idempotency-Key': idempotencyKey },
          body: {
            household: householdId,
            signedByName: data.get('signedByName'),
            copyTo: data.get('copyTo'),
            signature: pad.toDataURL(),
          },
        },
      )
      if (!result.ok) {
        setError(result.message)
        return
      }
      setDone({ receiptId: result.data.doc.id })
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <div className="notice-ok" role="status">
        <p>{t('handedOver')}</p>
        <p>
          <a
            className="button"
            href={`/office/households/${householdId}/receipt?receipt=${done.receiptId}`}
          >
            {t('viewSigned')}
          </a>
        </p>
      </div>
    )
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void submit(e.currentTarget)
      }}
      noValidate
    >
      <p>{t('handoverHelp')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('passNumber')}</th>
            <th scope="col">{t('member')}</th>
            <th scope="col">{t('fee')}</th>
          </tr>
        </thead>
        <tbody>
          {passes.map((p) => (
            <tr key={p.id}>
              <td>{p.number}</td>
              <td>{p.member}</td>
              <td>{p.fee ? `${p.fee} ${p.currency}` : t('free')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="field">
        <label htmlFor="signedByName">{t('signerName')}</label>
        <input id="signedByName" name="signedByName" required maxLength={100} autoComplete="name" />
      </div>
      <div className="field">
        <label htmlFor="copyTo">{t('copyTo')}</label>
        <input
          id="copyTo"
          name="copyTo"
          type="email"
          defaultValue={defaultCopyTo}
          autoComplete="email"
        />
      </div>
      <p id="pad-label">{t('signHere')}</p>
      <SignatureField
        ref={padRef}
        labelId="pad-label"
        height={220}
        onStroke={() => setError(null)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => padRef.current?.clear()}>
          {t('clear')}
        </button>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('working') : t('confirmHandover')}
        </button>
      </div>
    </form>
  )
}
