'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import { type IdlePhase, idlePhase } from '@/domain/kiosk/idle'

/** The time now, once a second (the clock, the countdowns and the idle rule share it). */
export function useNow(everyMs = 1000) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const

/**
 * The idle phase of the person at the kiosk: any touch or key counts as activity while they are
 * active; once the "continue?" prompt is up, only `keepGoing` (its button) brings them back.
 */
export function useIdle(now: number, enabled: boolean) {
  const last = useRef(Date.now())
  const [, rerender] = useState(0)
  const phaseRef = useRef<IdlePhase['phase']>('active')
  const phase: IdlePhase = enabled ? idlePhase(now, last.current) : { phase: 'active' }
  phaseRef.current = phase.phase

  useEffect(() => {
    const mark = () => {
      if (phaseRef.current === 'active') last.current = Date.now()
    }
    for (const type of ACTIVITY)
      window.addEventListener(type, mark, { capture: true, passive: true })
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, mark, { capture: true })
    }
  }, [])

  // Entering or leaving a screen that watches idleness starts the minute afresh.
  useEffect(() => {
    last.current = Date.now()
  }, [enabled])

  const keepGoing = useCallback(() => {
    last.current = Date.now()
    phaseRef.current = 'active'
    rerender((n) => n + 1)
  }, [])
  return { phase, keepGoing }
}

/** Whether the kiosk believes it is online: the browser says so and the last request answered. */
export function useOnline() {
  const [browserOnline, setBrowserOnline] = useState(true)
  const [serverAnswered, setServerAnswered] = useState(true)
  useEffect(() => {
    setBrowserOnline(navigator.onLine)
    const on = () => setBrowserOnline(true)
    const off = () => setBrowserOnline(false)
    window.addEventListener('online', on)
    window.addEventListener('offline', off)
    return () => {
      window.removeEventListener('online', on)
      window.removeEventListener('offline', off)
    }
  }, [])
  /** Every request reports whether it got an answer (any HTTP status) or none at all. */
  const report = useCallback((answered: boolean) => setServerAnswered(answered), [])
  return { online: browserOnline && serverAnswered, browserOnline, report }
}
