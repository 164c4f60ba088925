'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { callApi } from '@/components/callApi'
import type { PortalLang } from '@/i18n/portal'
import { portalComplaintsText } from '@/i18n/portalComplaints'
import { FormField } from './FormField'

const MAX_PHOTOS = 5
const MAX_BYTES = 5 * 1024 * 1024

async function uploadPhoto(file: File, lang: PortalLang) {
  const form = new FormData()
  form.append('file', file)
  form.append('_payload', JSON.stringify({}))
  const res = await fetch('/api/complaint-photos', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': lang },
    body: form,
  }).catch(() => null)
  const data = (await res?.json().catch(() => null)) as {
    doc?: { id: number }
    errors?: { message?: string }[]
  } | null
  if (res?.ok && data?.doc) return { ok: true as const, id: data.doc.id }
  return { ok: false as const, message: data?.errors?.[0]?.message ?? '' }
}

/**
 * CMP-1, CMP-2 in the portal: the resident writes the problem (and may ask for a time and add
 * photos), reads it back on a second step and confirms; only then is it sent, with
 * `confirmed: true`. The unit is not asked: the server takes it from the account.
 */
export function ReportProblemForm({ lang }: { lang: PortalLang }) {
  const t = portalComplaintsText(lang)
  const router = useRouter()
  const headingId = useId()
  const [step, setStep] = useState<'write' | 'check' | 'sent'>('write')
  const [problem, setProblem] = useState('')
  const [requestedTime, setRequestedTime] = useState('')
  const [files, setFiles] = useState<File[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [number, setNumber] = useState('')

  const check = () => {
    setError(null)
    if (!problem.trim())
      return setError(lang === 'en' ? 'Write the problem first.' : '請先寫下問題。')
    if (files.length > MAX_PHOTOS) return setError(t('tooManyPhotos'))
    const big = files.find((f) => f.size > MAX_BYTES)
    if (big) return setError(t('photoTooLarge', { name: big.name }))
    setStep('check')
  }

  const send = async () => {
    setBusy(true)
    setError(null)
    const photos: number[] = []
    for (const file of files) {
      const up = await uploadPhoto(file, lang)
      if (!up.ok) {
        setBusy(false)
        setError(up.message || t('photoTooLarge', { name: file.name }))
        return
      }
      photos.push(up.id)
    }
    // Only the number is read back: at depth 0 the server does not read the unit and estate too.
    const result = await callApi<{ doc: { number: string } }>('/api/complaints?depth=0', lang, {
      method: 'POST',
      body: {
        problem,
        confirmed: true,
        photos,
        ...(requestedTime ? { requestedTime: new Date(requestedTime).toISOString() } : {}),
      },
    })
    setBusy(false)
    if (!result.ok) {
      setError(result.message)
      setStep('write')
      return
    }
    setNumber(result.data.doc.number)
    setStep('sent')
    setProblem('')
    setRequestedTime('')
    setFiles([])
    router.refresh()
  }

  if (step === 'sent') {
    return (
      <div role="status" className="portal-card">
        <p>{t('sent', { number })}</p>
        <button type="button" className="portal-button" onClick={() => setStep('write')}>
          {t('reportHeading')}
        </button>
      </div>
    )
  }

  if (step === 'check') {
    return (
      <section aria-labelledby={headingId} className="portal-card portal-readback">
        <h3 id={headingId} tabIndex={-1}>
          {t('readBackHeading')}
        </h3>
        <p>{t('readBackIntro')}</p>
        <blockquote className="portal-readback__text">{problem}</blockquote>
        {requestedTime ? (
          <p>{t('readBackTime', { when: requestedTime.replace('T', ' ') })}</p>
        ) : null}
        {files.length ? <p>{t('readBackPhotos', { n: files.length })}</p> : null}
        {error ? (
          <p role="alert" className="portal-field__error">
            {error}
          </p>
        ) : null}
        <div className="portal-confirm__buttons">
          <button
            type="button"
            className="portal-button portal-button--primary"
            disabled={busy}
            onClick={() => void send()}
          >
            {busy ? t('sending') : t('confirmSend')}
          </button>
          <button
            type="button"
            className="portal-button"
            disabled={busy}
            onClick={() => setStep('write')}
          >
            {t('edit')}
          </button>
        </div>
      </section>
    )
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        check()
      }}
    >
      <div className="portal-field">
        <label htmlFor="complaint-problem" className="portal-field__label">
          {t('problem')}
        </label>
        <p id="complaint-problem-hint" className="portal-field__hint">
          {t('problemHint')}
        </p>
        <textarea
          id="complaint-problem"
          className="portal-field__input"
          rows={5}
          maxLength={5000}
          required
          value={problem}
          onChange={(e) => setProblem(e.target.value)}
          aria-describedby={
            error ? 'complaint-problem-hint complaint-error' : 'complaint-problem-hint'
          }
          aria-invalid={error ? true : undefined}
        />
      </div>
      <FormField
        id="complaint-time"
        type="datetime-local"
        label={t('requestedTime')}
        hint={t('requestedTimeHint')}
        value={requestedTime}
        onChange={(e) => setRequestedTime(e.target.value)}
      />
      <FormField
        id="complaint-photos"
        type="file"
        accept="image/*"
        multiple
        label={t('photos')}
        onChange={(e) => setFiles([...(e.target.files ?? [])])}
      />
      {error ? (
        <p id="complaint-error" role="alert" className="portal-field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <button type="submit" className="portal-button portal-button--primary">
        {t('review')}
      </button>
    </form>
  )
}

/** HV-4: at the end, the resident accepts the work or says they are not satisfied, with a reason. */
export function AcceptanceForm({ lang, id }: { lang: PortalLang; id: number | string }) {
  const t = portalComplaintsText(lang)
  const router = useRouter()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const move = async (status: 'closed' | 'in-progress') => {
    setBusy(true)
    setError(null)
    const result = await callApi(`/api/complaints/${id}?depth=0`, lang, {
      method: 'PATCH',
      body: status === 'closed' ? { status } : { status, reopenReason: reason },
    })
    setBusy(false)
    if (!result.ok) setError(result.message)
    else router.refresh()
  }
  return (
    <div>
      <button
        type="button"
        className="portal-button portal-button--primary"
        disabled={busy}
        onClick={() => void move('closed')}
      >
        {busy ? t('working') : t('accept')}
      </button>
      <div className="portal-field">
        <label htmlFor="reopen-reason" className="portal-field__label">
          {t('reason')}
        </label>
        <textarea
          id="reopen-reason"
          className="portal-field__input"
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={error ? 'reopen-error' : undefined}
          aria-invalid={error ? true : undefined}
        />
      </div>
      {error ? (
        <p id="reopen-error" role="alert" className="portal-field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="portal-button"
        disabled={busy}
        onClick={() => void move('in-progress')}
      >
        {t('notSatisfied')}
      </button>
    </div>
  )
}
