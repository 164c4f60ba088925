'use client'
import { useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { QrScanner } from '@/components/kiosk/QrScanner'
import type { PassAtGate } from '@/domain/passes/checkPassAtGate'
import type { OfficeLang } from '@/i18n/office'
import { visitorBoardText } from '@/i18n/visitorBoards'

/**
 * Residents' own access passes at the gate: the guard scans the pass's QR (scanner or camera) or
 * types its number and sees holder, unit, photo and status. A lost, void or not yet handed over
 * pass is shown as such, in red, with what to do.
 */
export function ResidentPassCheck({ lang }: { lang: OfficeLang }) {
  const t = visitorBoardText(lang)
  const inputRef = useRef<HTMLInputElement>(null)
  const [camera, setCamera] = useState(false)
  const [busy, setBusy] = useState(false)
  const [pass, setPass] = useState<PassAtGate | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  async function check(code: string) {
    if (busy || !code.trim()) return
    setBusy(true)
    const result = await callApi<PassAtGate>('/api/passes/gate-check', lang, {
      method: 'POST',
      body: { code: code.trim() },
    })
    setBusy(false)
    if (inputRef.current) inputRef.current.value = ''
    if (result.ok) {
      setPass(result.data)
      setProblem(null)
    } else {
      setPass(null)
      setProblem(result.message)
    }
    inputRef.current?.focus()
  }

  return (
    <form
      className="gate-scan"
      noValidate
      aria-labelledby="resident-pass-title"
      onSubmit={(e) => {
        e.preventDefault()
        void check(inputRef.current?.value ?? '')
      }}
    >
      <h2 id="resident-pass-title">{t('residentPassTitle')}</h2>
      <p>{t('residentPassHelp')}</p>
      <div className="actions">
        <label className="field">
          {t('residentPassCode')}
          <input ref={inputRef} name="code" autoComplete="off" spellCheck={false} />
        </label>
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('working') : t('residentPassCheck')}
        </button>
        <button type="button" className="button secondary" onClick={() => setCamera(!camera)}>
          {camera ? t('cameraOff') : t('cameraOn')}
        </button>
      </div>
      {camera ? (
        <QrScanner
          labels={{
            starting: t('cameraStarting'),
            on: t('cameraReading'),
            unavailable: t('cameraUnavailable'),
            video: t('cameraOn'),
          }}
          onRead={(text) => void check(text)}
        />
      ) : null}
      {problem ? (
        <p className="problems" role="alert">
          {problem}
        </p>
      ) : null}
      {pass ? (
        <div
          className={pass.admit ? 'resident-pass' : 'resident-pass stop'}
          role={pass.admit ? 'status' : 'alert'}
        >
          {pass.photo ? (
            // eslint-disable-next-line @next/next/no-img-element -- the register's upload, any size
            <img
              className="resident-pass-photo"
              src={pass.photo.url}
              alt={t('residentPassPhoto', { name: pass.holder })}
            />
          ) : (
            <div className="resident-pass-nophoto">{t('residentPassNoPhoto')}</div>
          )}
          <div>
            <p className="resident-pass-verdict">
              {pass.statusLabel[lang]} ·{' '}
              {pass.admit ? t('residentPassAdmit') : t('residentPassStop')}
            </p>
            <dl>
              <dt>{t('residentPassHolder')}</dt>
              <dd>{pass.holder}</dd>
              <dt>{t('residentPassUnit')}</dt>
              <dd>{pass.unit ?? ''}</dd>
              <dt>{t('residentPassNumber')}</dt>
              <dd>{pass.number ?? ''}</dd>
              <dt>{t('residentPassStatus')}</dt>
              <dd>{pass.statusLabel[lang]}</dd>
            </dl>
          </div>
        </div>
      ) : null}
    </form>
  )
}
