'use client'
import { useCallback, useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { QrScanner } from '@/components/kiosk/QrScanner'
import { type SendToServer, useOfflinePasses } from '@/components/visitors/useOfflinePasses'
import type { OfficeLang } from '@/i18n/office'
import { offlinePassText } from '@/i18n/offlinePasses'
import { visitorBoardText } from '@/i18n/visitorBoards'

/**
 * VIS-4 at the gate: a USB/Bluetooth scanner types the pass's token into the field and presses
 * Enter, or the tablet's camera reads it (jsQR). A valid pass checks the visitor in with no call
 * to the office; a refusal says why, in the guard's language. With the network down the board
 * checks the pass's signature and the estate's list of cancelled passes itself, and sends the
 * check-ins when the connection returns; it always says whether it is online.
 */
export function GatePassScanner({
  lang,
  timeZone,
  estateId,
  onCheckedIn,
}: {
  lang: OfficeLang
  timeZone: string
  estateId: number | string
  onCheckedIn?: () => void | Promise<void>
}) {
  const t = visitorBoardText(lang)
  const o = offlinePassText(lang)
  const inputRef = useRef<HTMLInputElement>(null)
  const [camera, setCamera] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const send = useCallback<SendToServer>(
    (path, init) =>
      callApi(path, lang, { method: init.method, body: init.body, headers: init.headers }),
    [lang],
  )
  const passes = useOfflinePasses({ storageKey: `gate:${estateId}`, lang, timeZone, send })

  async function check(token: string) {
    if (busy || !token.trim()) return
    setBusy(true)
    const result = await passes.check(token.trim())
    setBusy(false)
    if (inputRef.current) inputRef.current.value = ''
    if (result.ok && !result.offline) {
      const { visitorName, hostUnit, use, maxUses, schedule } = result.reply
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
    } else if (result.ok) {
      setOutcome({ ok: true, text: o('offlineOk', { n: result.use, max: result.maxUses }) })
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
      <div
        className={passes.online ? 'pass-link pass-link-online' : 'pass-link pass-link-offline'}
        role="status"
        aria-label={o('statusLabel')}
      >
        <p>
          <strong>{passes.online ? o('online') : o('offline')}</strong>
        </p>
        {passes.queued ? <p>{o('queued', { n: passes.queued })}</p> : null}
        {passes.online && passes.uploaded && !passes.queued ? (
          <p>{o('uploaded', { n: passes.uploaded })}</p>
        ) : null}
      </div>
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
