'use client'
import { base64url } from 'jose'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { OfflineBundle } from '@/domain/visitors/offlineBundle'
import {
  isSignedPassTokenShape,
  isUnsignedPassTokenShape,
  offlinePassState,
  verifyPassToken,
} from '@/domain/visitors/passTokens'
import { describeSchedule, localTime } from '@/domain/visitors/schedule'
import { type ErrorCode, errorMessage, type Lang } from '@/errors/catalogue'
import { offlinePassText } from '@/i18n/offlinePasses'

/** What the server answers a check-in with (VIS-4). */
export type PassReply = {
  visitorName: string
  hostUnit: string | null
  use: number
  maxUses: number
  /** A recurring pass's days and hours, in the reader's language: its uses count per day. */
  schedule?: string | null
}

export type PassOutcome =
  | { ok: true; offline: false; reply: PassReply }
  | { ok: true; offline: true; use: number; maxUses: number }
  | { ok: false; offline: boolean; status: number; message: string }

type Sent<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; message: string }

/** How the page reaches the API: the gate board with its session, the kiosk with its key. */
export type SendToServer = <T>(
  path: string,
  init: { method: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> },
) => Promise<Sent<T>>

/** A check-in made while offline, kept on the device until the server has it. */
/** `day`: the estate's date of the scan (a recurring pass's uses count per day). */
type Queued = { key: string; token: string; scannedAt: string; pass: string; day?: string }
type Kept = OfflineBundle & { clockOffsetMs: number }

const BUNDLE_PATH = '/api/visitor-passes/offline-bundle'
const CHECK_IN_PATH = '/api/visitor-passes/check-in'
const REFRESH_MS = 60_000
const RETRY_OFFLINE_MS = 5_000

function readStored<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as T) : null
  } catch {
    return null
  }
}
function store(key: string, value: unknown) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // A full or disabled storage: the device keeps working online.
  }
}

/** 128 random bits: works where `crypto.randomUUID` does not (plain http on a LAN). */
const newKey = () => base64url.encode(crypto.getRandomValues(new Uint8Array(16)))

/** The pass id a token names, read without checking it (for the device's own bookkeeping). */
function passIdOf(token: string): string | null {
  try {
    const body = JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1] ?? '')))
    return body && (typeof body.p === 'number' || typeof body.p === 'string')
      ? String(body.p)
      : null
  } catch {
    return null
  }
}

function formatWhen(seconds: number, timeZone: string, lang: Lang) {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-TW', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(seconds * 1000))
}

/**
 * VIS-4 with the network down, for the gate board and the lobby kiosk. The device keeps its
 * estate's offline bundle (public key, revoked and used-up passes, uses so far), fetched now and
 * every minute. A check-in goes to the server; when it gets no answer at all, the device checks
 * the token's signature and the bundle itself, admits or refuses with the server's reasons in the
 * reader's language, and queues the check-in with an idempotency key. The queue is uploaded when
 * the server answers again. `online` is what the screen shows.
 */
export function useOfflinePasses({
  storageKey,
  lang,
  timeZone,
  send,
  enabled = true,
}: {
  /** One device's keys in localStorage, e.g. `gate:<estate>` or `kiosk:<kiosk>`. */
  storageKey: string
  lang: Lang
  timeZone: string
  send: SendToServer
  /** False until the device can call the API (a kiosk not paired yet). */
  enabled?: boolean
}) {
  const bundleKey = `offline-pass-bundle:${storageKey}`
  const queueKey = `offline-pass-queue:${storageKey}`
  const [online, setOnline] = useState(true)
  const [bundleAt, setBundleAt] = useState<string | null>(null)
  const [queued, setQueued] = useState(0)
  const [uploaded, setUploaded] = useState(0)
  const uploading = useRef(false)
  const sendRef = useRef(send)
  sendRef.current = send

  const readQueue = useCallback(() => readStored<Queued[]>(queueKey) ?? [], [queueKey])
  const writeQueue = useCallback(
    (queue: Queued[]) => {
      store(queueKey, queue)
      setQueued(queue.length)
    },
    [queueKey],
  )

  const upload = useCallback(async () => {
    if (uploading.current) return
    uploading.current = true
    try {
      let done = 0
      for (const item of readQueue()) {
        const result = await sendRef.current(CHECK_IN_PATH, {
          method: 'POST',
          body: { token: item.token, offline: true, scannedAt: item.scannedAt },
          headers: { 'Idempotency-Key': item.key },
        })
        // No answer, the server failing, or a session to renew: keep it for the next try.
        if (
          result.status === 0 ||
          result.status >= 500 ||
          [401, 403, 429].includes(result.status)
        ) {
          if (result.status === 0) setOnline(false)
          break
        }
        writeQueue(readQueue().filter((q) => q.key !== item.key))
        if (result.ok) done++
      }
      if (done) setUploaded((n) => n + done)
    } finally {
      uploading.current = false
    }
  }, [readQueue, writeQueue])

  const refresh = useCallback(async () => {
    const result = await sendRef.current<OfflineBundle>(BUNDLE_PATH, { method: 'GET' })
    if (result.status === 0) return setOnline(false)
    setOnline(true)
    if (result.ok && result.data?.publicJwk) {
      const kept: Kept = {
        ...result.data,
        clockOffsetMs: new Date(result.data.serverTime).getTime() - Date.now(),
      }
      store(bundleKey, kept)
      setBundleAt(kept.serverTime)
    }
    await upload()
  }, [bundleKey, upload])

  useEffect(() => {
    if (!enabled) return
    setBundleAt(readStored<Kept>(bundleKey)?.serverTime ?? null)
    setQueued(readQueue().length)
    void refresh()
    const timer = setInterval(() => void refresh(), REFRESH_MS)
    const back = () => void refresh()
    const gone = () => setOnline(false)
    window.addEventListener('online', back)
    window.addEventListener('offline', gone)
    return () => {
      clearInterval(timer)
      window.removeEventListener('online', back)
      window.removeEventListener('offline', gone)
    }
  }, [bundleKey, enabled, readQueue, refresh])

  // Cut off (the server down, or the network with no browser event): look again every 5 s, so
  // the queue goes up soon after the server answers again.
  useEffect(() => {
    if (!enabled || online) return
    const timer = setInterval(() => void refresh(), RETRY_OFFLINE_MS)
    return () => clearInterval(timer)
  }, [enabled, online, refresh])

  const checkOffline = useCallback(
    async (token: string): Promise<PassOutcome> => {
      const t = offlinePassText(lang)
      const refused = (message: string): PassOutcome => ({
        ok: false,
        offline: true,
        status: 0,
        message,
      })
      const bundle = readStored<Kept>(bundleKey)
      if (!bundle?.publicJwk) return refused(t('noKey'))
      if (!isSignedPassTokenShape(token)) {
        return refused(
          isUnsignedPassTokenShape(token)
            ? t('unsigned')
            : errorMessage('visitors.pass-unknown', lang),
        )
      }
      const claims = await verifyPassToken(token, bundle.publicJwk)
      if (!claims) return refused(errorMessage('visitors.pass-unknown', lang))
      const queue = readQueue()
      const now = new Date(Date.now() + (bundle.clockOffsetMs ?? 0))
      const pass = String(claims.p)
      const schedule = bundle.recurring?.[pass]
      const zone = bundle.timeZone ?? timeZone
      const today = localTime(now, zone).day
      // A recurring pass's uses count per visit day: only today's scans on this device count.
      const mine: Record<string, number> = {}
      for (const q of queue) {
        if (
          bundle.recurring?.[q.pass] &&
          (q.day ?? localTime(new Date(q.scannedAt), zone).day) !== today
        )
          continue
        mine[q.pass] = (mine[q.pass] ?? 0) + 1
      }
      const state = offlinePassState(claims, { ...bundle, timeZone: zone, queued: mine }, now)
      if (state !== 'valid') {
        let code = `visitors.pass-${state}` as ErrorCode
        const params: Record<string, string> = {}
        if (state === 'not-yet-valid') params.from = formatWhen(claims.f, timeZone, lang)
        if ((state === 'off-hours' || state === 'hours-over') && schedule) {
          params.schedule = describeSchedule(schedule, lang)
        }
        if (state === 'used-up' && schedule) {
          code = 'visitors.pass-used-up-today'
          params.max = String(claims.m)
        }
        return refused(errorMessage(code, lang, params))
      }
      const counted = schedule && bundle.day !== today ? 0 : (bundle.uses[pass] ?? 0)
      const use = counted + (mine[pass] ?? 0) + 1
      writeQueue([
        ...queue,
        { key: newKey(), token, scannedAt: now.toISOString(), pass, day: today },
      ])
      return { ok: true, offline: true, use, maxUses: claims.m }
    },
    [bundleKey, lang, readQueue, timeZone, writeQueue],
  )

  /** Checks a scanned token: with the server when it answers, on the device when it does not. */
  const check = useCallback(
    async (token: string): Promise<PassOutcome> => {
      const result = await sendRef.current<PassReply>(CHECK_IN_PATH, {
        method: 'POST',
        body: { token },
      })
      if (result.status === 0) {
        setOnline(false)
        return checkOffline(token)
      }
      setOnline(true)
      if (result.ok) {
        // Until the next bundle, this device counts the use too.
        const pass = passIdOf(token)
        const bundle = readStored<Kept>(bundleKey)
        if (pass && bundle) {
          store(bundleKey, { ...bundle, uses: { ...bundle.uses, [pass]: result.data.use } })
        }
        if (readQueue().length) void upload()
        return { ok: true, offline: false, reply: result.data }
      }
      return { ok: false, offline: false, status: result.status, message: result.message }
    },
    [bundleKey, checkOffline, readQueue, upload],
  )

  return { check, online, queued, uploaded, bundleAt }
}
