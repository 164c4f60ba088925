'use client'
import { useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { QrScanner } from '@/components/kiosk/QrScanner'
import type { OfficeLang } from '@/i18n/office'
import { visitorBoardText } from '@/i18n/visitorBoards'

type Reply = {
  visitorName: string
  hostUnit: string | null
  use: number
  maxUses: number
  schedule: string | null
}

/**
 * VIS-4 at the gate: a USB/Bluetooth scanner types the pass's token into the field and presses
 * Enter, or the tablet's camera reads it (jsQR). A valid pass checks the visitor in with no call
 * to the office; a refusal says why, in the guard's language.
 */
export function GatePassScanner({
  lang,
  onCheckedIn,
}: {
  lang: OfficeLang
  onCheckedIn?: () => void | Promise<void>
}) {
  const t = visitorBoardText(lang)
  const inputRef = useRef<HTMLInputElement>(null)
  const [camera, setCamera] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)

  async function check(token: string) {
    if (busy || !token.trim()) return
    setBusy(true)
    const result = await callApi<Reply>('/api/visitor-passes/check-in', lang, {
      method: 'POST',
      body: { token: token.trim() },
    })
    setBusy(false)
    if (inputRef.current) inputRef.current.value = ''
    if (result.ok) {
      const { visitorName, hostUnit, use, maxUses, schedule } = result.data
      setOutcome({
        ok: true,
        text: t(schedule ? 'passOkRecurring' : 'passOk', {
          name: visitorName,
          unit: hostUnit ?? '',
          n: use,
          max: maxUses,
          schedule: schedule ?? '',
        }),
      })
      void onCheckedIn?.()
    } else setOutcome({ ok: false, text: result.message })
    inputRef.current?.focus()
  }

  return (
    <form
      className="gate-scan"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void check(inputRef.current?.value ?? '')
      }}
    >
      <h2>{t('scanTitle')}</h2>
      <p>{t('scanHelp')}</p>
      <div className="actions">
        <label className="field">
          {t('passCode')}
          <input ref={inputRef} name="token" autoComplete="off" spellCheck={false} />
        </label>
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('working') : t('checkPass')}
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
      {outcome ? (
        <p className={outcome.ok ? 'notice-ok' : 'problems'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      ) : null}
    </form>
  )
}
