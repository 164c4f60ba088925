'use client'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { type PortalLang, portalText } from '@/i18n/portal'
import { SignaturePadBox } from './SignaturePadBox'
import { FORM_CLASSES, type FormVariant } from './styles'
import { useSignaturePad } from './useSignaturePad'

/**
 * SUB-3: the resident signs the confirmation letter shown above this form, in the portal or on
 * the office's screen at the desk. The server checks and keeps the drawn PNG.
 */
export function SignLetterForm({
  subscriptionId,
  lang,
  defaultName,
  variant,
  doneHref,
}: {
  subscriptionId: number | string
  lang: PortalLang
  defaultName: string
  variant: FormVariant
  /** Where to go once signed (the office's papers page); the portal refreshes in place. */
  doneHref?: string
}) {
  const t = portalText(lang)
  const c = FORM_CLASSES[variant]
  const router = useRouter()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  const pad = useSignaturePad(canvasRef, () => setError(null))
  const idBase = `sign-${subscriptionId}`

  async function submit(form: HTMLFormElement) {
    setError(null)
    const name = String(new FormData(form).get('signedByName') ?? '').trim()
    if (!name) return setError(t.signerNameMissing)
    if (!pad.current || pad.current.isEmpty()) return setError(t.signatureMissing)
    setBusy(true)
    const result = await callApi(`/api/subscriptions/${subscriptionId}/sign`, lang, {
      method: 'POST',
      body: { signedByName: name, signature: pad.current.toDataURL('image/png') },
    })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setDone(true)
    if (doneHref) window.location.assign(doneHref)
    else router.refresh()
  }

  if (done) {
    return (
      <p role="status" className={c.ok}>
        {t.letterSigned}
      </p>
    )
  }
  return (
    <form
      className={c.form}
      noValidate
      aria-labelledby={`${idBase}-heading`}
      onSubmit={(e) => {
        e.preventDefault()
        void submit(e.currentTarget)
      }}
    >
      <h3 id={`${idBase}-heading`} className="portal-visually-hidden">
        {t.signLetter}
      </h3>
      <div className={c.field}>
        <label htmlFor={`${idBase}-name`} className={c.label}>
          {t.signerName}
        </label>
        <input
          id={`${idBase}-name`}
          name="signedByName"
          className={c.input}
          defaultValue={defaultName}
          maxLength={100}
          autoComplete="name"
          required
        />
      </div>
      <SignaturePadBox
        canvasRef={canvasRef}
        idBase={idBase}
        label={t.signHere}
        boxLabel={t.signatureBox}
        clearLabel={t.clearSignature}
        onClear={() => pad.current?.clear()}
        variant={variant}
      />
      {error ? (
        <p role="alert" className={c.error}>
          {error}
        </p>
      ) : null}
      <div className={c.buttons}>
        <button type="submit" className={c.primary} disabled={busy}>
          {busy ? t.submitting : t.signLetter}
        </button>
      </div>
    </form>
  )
}
