'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { SignatureField, type SignatureFieldHandle } from '@/components/SignatureField'
import { noticeText } from '@/i18n/maintenanceNotice'

/** CMP-4: one on-screen signature on a Maintenance Notice, as the signer the server will check. */
export function SignNotice({
  id,
  signer,
  roleLabel,
  lang,
}: {
  id: number | string
  signer: 'supervisor' | 'follow-up' | 'worker'
  roleLabel: string
  lang: 'zh-TW' | 'en'
}) {
  const t = noticeText(lang)
  const router = useRouter()
  const padRef = useRef<SignatureFieldHandle>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const labelId = `sign-${signer}-label`
  return (
    <section className="no-print" aria-labelledby={labelId}>
      <h2 id={labelId}>{t('signAs', { role: roleLabel })}</h2>
      {signer === 'worker' ? (
        <div className="field">
          <label htmlFor="worker-name">{t('workerName')}</label>
          <input
            id="worker-name"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      ) : null}
      <SignatureField ref={padRef} labelId={labelId} onStroke={() => setError(null)} />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => padRef.current?.clear()}>
          {t('clear')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={async () => {
            if (padRef.current?.isEmpty()) return setError(t('signFirst'))
            setBusy(true)
            const result = await callApi(`/api/maintenance-notices/${id}/sign`, lang, {
              method: 'POST',
              body: { signer, signature: padRef.current?.toDataURL(), name },
            })
            setBusy(false)
            if (!result.ok) setError(result.message)
            else router.refresh()
          }}
        >
          {t('sign')}
        </button>
      </div>
    </section>
  )
}
