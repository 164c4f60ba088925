'use client'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { type PortalLang, portalText } from '@/i18n/portal'
import { SignaturePadBox } from './SignaturePadBox'
import { FORM_CLASSES, type FormVariant } from './styles'
import { useSignaturePad } from './useSignaturePad'

type MonthOption = { value: string; label: string }

type Props = {
  subscriptionId: number | string
  lang: PortalLang
  /** The month the subscription started, as people read it. */
  startLabel: string
  /** The months that may be the last one delivered. */
  months: MonthOption[]
  defaultName: string
  variant: FormVariant
  /** Where to go once cancelled (the office's papers page); the portal refreshes in place. */
  doneHref?: string
}

/**
 * SUB-7: the cancellation notice of a post-office subscription: the last month delivered, the
 * dates confirmed, the resident's signature. In the portal it opens from a button.
 */
export function CancelForm(props: Props) {
  const t = portalText(props.lang)
  const c = FORM_CLASSES[props.variant]
  const [open, setOpen] = useState(props.variant === 'office')
  const [done, setDone] = useState<string | null>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  if (done) {
    return (
      <p role="status" className={c.ok}>
        {t.cancelDone(done)}
      </p>
    )
  }
  if (!open) {
    return (
      <button ref={triggerRef} type="button" className={c.quiet} onClick={() => setOpen(true)}>
        {t.cancelOpen}
      </button>
    )
  }
  return <CancelFields {...props} onClose={() => setOpen(false)} onDone={setDone} />
}

function CancelFields({
  subscriptionId,
  lang,
  startLabel,
  months,
  defaultName,
  variant,
  doneHref,
  onClose,
  onDone,
}: Props & { onClose: () => void; onDone: (lastLabel: string) => void }) {
  const t = portalText(lang)
  const c = FORM_CLASSES[variant]
  const router = useRouter()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [lastMonth, setLastMonth] = useState(months.at(-1)?.value ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const pad = useSignaturePad(canvasRef, () => setError(null))
  const idBase = `cancel-${subscriptionId}`
  const lastLabel = months.find((m) => m.value === lastMonth)?.label ?? lastMonth

  async function submit(form: HTMLFormElement) {
    setError(null)
    const data = new FormData(form)
    const name = String(data.get('signedByName') ?? '').trim()
    if (data.get('datesConfirmed') !== 'yes') return setError(t.datesNotConfirmed)
    if (!name) return setError(t.signerNameMissing)
    if (!pad.current || pad.current.isEmpty()) return setError(t.signatureMissing)
    setBusy(true)
    const result = await callApi(`/api/subscriptions/${subscriptionId}/cancel`, lang, {
      method: 'POST',
      body: {
        lastMonth,
        datesConfirmed: true,
        signedByName: name,
        signature: pad.current.toDataURL('image/png'),
      },
    })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    onDone(lastLabel)
    if (doneHref) window.location.assign(doneHref)
    else router.refresh()
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
      <h3 id={`${idBase}-heading`}>{t.cancelHeading}</h3>
      <p className={c.hint}>{t.cancelIntro}</p>
      <div className={c.field}>
        <label htmlFor={`${idBase}-last`} className={c.label}>
          {t.lastMonthLabel}
        </label>
        <select
          id={`${idBase}-last`}
          className={c.input}
          value={lastMonth}
          onChange={(e) => setLastMonth(e.target.value)}
        >
          {months.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <div className={c.check}>
        <input id={`${idBase}-dates`} type="checkbox" name="datesConfirmed" value="yes" />
        <label htmlFor={`${idBase}-dates`}>{t.confirmDates(startLabel, lastLabel)}</label>
      </div>
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
          {busy ? t.submitting : t.cancelSubmit}
        </button>
        {variant === 'portal' ? (
          <button type="button" className={c.quiet} onClick={onClose} disabled={busy}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  )
}
