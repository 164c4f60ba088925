'use client'
import { useCallback, useEffect, useReducer, useRef, useState } from 'react'

import type { KioskHeartbeatReply, MailLookupReply, MailPickupReply } from '@/domain/kiosk/api'
import { mailSession, pickupBody, START } from '@/domain/kiosk/mailSession'
import { newPickupKey } from '@/domain/kiosk/pickupKey'
import {
  BOTH,
  DEFAULT_KIOSK_LANG,
  HTML_LANG,
  KIOSK_LANGS,
  type KioskLang,
  kioskText,
  LANGUAGE_NAMES,
  otherLang,
} from '@/i18n/kiosk'
import { useHydrated } from '../portal/useHydrated'
import { type SendToServer, useOfflinePasses } from '../visitors/useOfflinePasses'
import { useIdle, useNow, useOnline } from './hooks'
import { IdlePrompt } from './IdlePrompt'
import { callKiosk, fetchLogo } from './kioskApi'
import { MailCodeScreen } from './MailCodeScreen'
import { MailDoneScreen } from './MailDoneScreen'
import { MailItemsScreen } from './MailItemsScreen'
import { MailSignScreen } from './MailSignScreen'
import { PairingScreen } from './PairingScreen'
import { forgetPairing, type KioskIdentity, readPairing, savePairing } from './pairingStore'
import { StartScreen } from './StartScreen'
import { VisitorPassScreen } from './VisitorPassScreen'

const HEARTBEAT_EVERY_MS = 60_000
const DONE_SHOWN_MS = 10_000

type Pairing = { apiKey: string | null; identity: KioskIdentity | null }

/**
 * The lobby kiosk: pairing, the start screen and mail pickup (MAIL-4, MAIL-5), in Chinese or
 * English (GEN-3). Everything about the person at the screen is in one reducer's state, which
 * going back to the start replaces whole; the device keeps only its key and its estate's name.
 */
export function KioskApp({ version }: { version: string }) {
  const hydrated = useHydrated()
  const [lang, setLang] = useState<KioskLang>(DEFAULT_KIOSK_LANG)
  const [pairing, setPairing] = useState<Pairing | null>(null)
  const [revoked, setRevoked] = useState(false)
  const [logoUrl, setLogoUrl] = useState<string | null>(null)
  const [session, dispatch] = useReducer(mailSession, START)
  const [busy, setBusy] = useState(false)
  const [doneAt, setDoneAt] = useState<number | null>(null)
  const now = useNow()
  const { online, browserOnline, report } = useOnline()
  const t = kioskText(lang)
  const langRef = useRef(lang)
  langRef.current = lang
  const apiKey = pairing?.apiKey ?? null
  const sendAsKiosk = useCallback<SendToServer>(
    (path, init) =>
      apiKey
        ? callKiosk(path, { apiKey, lang: langRef.current, ...init })
        : Promise.resolve({ ok: false, status: 0, message: '' }),
    [apiKey],
  )
  // VIS-4 offline: the estate's pass bundle is kept fresh while the kiosk runs, not only on the
  // visitor screen, so a visitor can still be checked in when the network goes down.
  const passes = useOfflinePasses({
    storageKey: `kiosk:${pairing?.identity?.kiosk.id ?? 'unpaired'}`,
    lang,
    timeZone: pairing?.identity?.estate.timeZone ?? 'Asia/Shanghai',
    send: sendAsKiosk,
    enabled: Boolean(apiKey && pairing?.identity),
  })

  useEffect(() => setPairing(readPairing()), [])

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang]
  }, [lang])

  const reset = useCallback(() => {
    dispatch({ type: 'reset' })
    setLang(DEFAULT_KIOSK_LANG)
    setBusy(false)
    setDoneAt(null)
  }, [])

  const unpair = useCallback(() => {
    forgetPairing()
    setPairing({ apiKey: null, identity: null })
    setRevoked(true)
    reset()
  }, [reset])

  // The heartbeat: at once, every minute, and whenever the browser comes back online.
  useEffect(() => {
    if (!apiKey) return
    let live = true
    async function beat() {
      const result = await callKiosk<KioskHeartbeatReply>('/api/kiosks/heartbeat', {
        apiKey: apiKey!,
        lang: langRef.current,
        body: { version },
      })
      if (!live) return
      report(result.status !== 0)
      if (result.ok && result.data?.estate) {
        savePairing(apiKey!, result.data)
        setPairing({ apiKey, identity: { kiosk: result.data.kiosk, estate: result.data.estate } })
      } else if (result.status === 401 || result.status === 403) {
        unpair()
      }
    }
    void beat()
    const timer = setInterval(() => void beat(), HEARTBEAT_EVERY_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [apiKey, browserOnline, report, unpair, version])

  const logoSource = pairing?.identity?.estate.logoUrl ?? null
  useEffect(() => {
    if (!apiKey || !logoSource) {
      setLogoUrl(null)
      return
    }
    let url: string | null = null
    let live = true
    void fetchLogo(logoSource, apiKey).then((blob) => {
      url = blob
      if (live) setLogoUrl(blob)
    })
    return () => {
      live = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [apiKey, logoSource])

  // Idle: a person in the middle of something is asked first; on the start screen only the
  // language goes back to the default. The done screen has its own, shorter, way back.
  const watching =
    hydrated &&
    Boolean(apiKey) &&
    session.screen !== 'mail-done' &&
    (session.screen !== 'start' || lang !== DEFAULT_KIOSK_LANG)
  const idle = useIdle(now, watching)
  const { keepGoing } = idle
  const expired =
    idle.phase.phase === 'expired' || (session.screen === 'start' && idle.phase.phase === 'prompt')
  useEffect(() => {
    if (!expired) return
    reset()
    keepGoing()
  }, [expired, reset, keepGoing])

  const doneSecondsLeft = doneAt === null ? 0 : Math.ceil((doneAt + DONE_SHOWN_MS - now) / 1000)
  useEffect(() => {
    if (session.screen === 'mail-done' && doneAt !== null && now >= doneAt + DONE_SHOWN_MS) reset()
  }, [session.screen, doneAt, now, reset])

  // Each new screen is announced by its heading (the code screen puts the focus in its field).
  useEffect(() => {
    if (session.screen === 'mail-code' || session.screen === 'visitor-pass') return
    document.getElementById('kiosk-title')?.focus({ preventScroll: true })
  }, [session.screen])

  async function lookup(code: string) {
    if (!apiKey || busy) return
    setBusy(true)
    const result = await callKiosk<MailLookupReply>('/api/mail-items/lookup', {
      apiKey,
      lang,
      body: { code },
    })
    setBusy(false)
    report(result.status !== 0)
    if (result.ok && Array.isArray(result.data?.items))
      return dispatch({ type: 'looked-up', reply: result.data })
    if (result.ok) return dispatch({ type: 'failed', message: t.unexpectedError(result.status) })
    if (result.status === 429) return dispatch({ type: 'failed', message: t.tooManyCodes })
    dispatch({ type: 'failed', message: result.message })
  }

  async function confirmPickup(signature: string) {
    if (!apiKey || !session.pickupKey || busy) return
    setBusy(true)
    const result = await callKiosk<MailPickupReply>('/api/mail-items/pickup', {
      apiKey,
      lang,
      body: pickupBody(session, signature),
      headers: { 'Idempotency-Key': session.pickupKey },
    })
    setBusy(false)
    report(result.status !== 0)
    // Done only when the server said so (200); anything else leaves the pickup unconfirmed.
    if (result.ok && result.status === 200 && typeof result.data?.count === 'number') {
      setDoneAt(Date.now())
      return dispatch({ type: 'picked-up', reply: result.data })
    }
    const unanswered = result.status === 0 || result.status >= 500
    dispatch({
      type: 'failed',
      message: unanswered
        ? t.pickupUnanswered
        : result.ok
          ? t.unexpectedError(result.status)
          : result.message,
      retry: unanswered,
    })
  }

  if (!hydrated || pairing === null) {
    return (
      <main className="kiosk-main kiosk-main--starting">
        <p className="kiosk-lead">{t.starting}</p>
      </main>
    )
  }

  const other = otherLang(lang)
  return (
    <>
      <header className="kiosk-bar">
        <p className="kiosk-bar__name">
          {/* The start screen names the estate in large type itself. */}
          {pairing.identity && apiKey && session.screen !== 'start'
            ? lang === 'en'
              ? pairing.identity.estate.nameEn || pairing.identity.estate.name
              : pairing.identity.estate.name
            : t.appName}
        </p>
        <div role="group" aria-label={t.languageSwitch} className="kiosk-lang">
          {KIOSK_LANGS.map((option) => (
            <button
              key={option}
              type="button"
              lang={HTML_LANG[option]}
              aria-pressed={option === lang}
              className="kiosk-lang__option"
              onPointerDown={(event) => event.preventDefault()}
              onClick={() => setLang(option)}
            >
              {LANGUAGE_NAMES[option]}
            </button>
          ))}
        </div>
      </header>
      {!online && session.screen !== 'visitor-pass' ? (
        <div className="kiosk-offline" role="alert">
          <p className="kiosk-offline__title">
            <span>{BOTH.offline[lang]}</span>
            {' — '}
            <span lang={HTML_LANG[other]}>{BOTH.offline[other]}</span>
          </p>
          <p className="kiosk-offline__detail">{t.offlineDetail}</p>
        </div>
      ) : null}
      <main id="main" className="kiosk-main">
        {!apiKey ? (
          <PairingScreen
            t={t}
            version={version}
            lang={lang}
            revoked={revoked}
            onAnswered={report}
            onPaired={(key, reply) => {
              savePairing(key, reply)
              setRevoked(false)
              setPairing({ apiKey: key, identity: { kiosk: reply.kiosk, estate: reply.estate } })
              reset()
            }}
          />
        ) : session.screen === 'start' ? (
          <StartScreen
            t={t}
            lang={lang}
            identity={pairing.identity}
            logoUrl={logoUrl}
            now={now}
            onAction={dispatch}
          />
        ) : session.screen === 'visitor-pass' ? (
          <VisitorPassScreen t={t} lang={lang} passes={passes} onAnswered={report} onDone={reset} />
        ) : session.screen === 'mail-code' ? (
          <MailCodeScreen
            t={t}
            session={session}
            busy={busy}
            dispatch={dispatch}
            onLookup={(code) => void lookup(code)}
          />
        ) : session.screen === 'mail-items' ? (
          <MailItemsScreen
            t={t}
            session={session}
            dispatch={dispatch}
            onSign={() => dispatch({ type: 'to-sign', key: newPickupKey() })}
          />
        ) : session.screen === 'mail-sign' ? (
          <MailSignScreen
            t={t}
            session={session}
            busy={busy}
            dispatch={dispatch}
            onConfirm={(signature) => void confirmPickup(signature)}
          />
        ) : (
          <MailDoneScreen
            t={t}
            session={session}
            secondsLeft={Math.min(DONE_SHOWN_MS / 1000, Math.max(0, doneSecondsLeft))}
            onFinish={reset}
          />
        )}
      </main>
      {watching && idle.phase.phase === 'prompt' && session.screen !== 'start' ? (
        <IdlePrompt t={t} secondsLeft={idle.phase.secondsLeft} onContinue={keepGoing} />
      ) : null}
    </>
  )
}
