'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { LiveTopic } from '@/server/live/bus'
import { oneAtATime } from './oneAtATime'

/** While the stream is open a board still reads this often: a safety net, not the update path. */
export const LIVE_SAFETY_POLL_MS = 20_000
/** A refused or broken stream is opened again after this, doubling up to a minute. */
const REOPEN_MIN_MS = 5_000
const REOPEN_MAX_MS = 60_000

/**
 * Keeps a live board fresh. It follows `GET /api/live/<topic>` (server-sent events) and reads
 * again (`read`) on every change the server announces, and when the stream opens (changes made
 * while it was closed). Reads never pile up: at most one runs and one more waits, however many
 * changes arrive. While the stream is open the board also reads every 20 s; while it is not
 * (refused, server restarting, live updates paused) it reads every `fallbackPollMs`, as boards
 * did before there was a stream. Returns whether the stream is open, and a read to call after
 * the reader's own change.
 */
export function useLiveRefresh(
  topic: LiveTopic,
  read: () => Promise<unknown>,
  fallbackPollMs: number,
): { streaming: boolean; refresh: () => Promise<void> } {
  const [streaming, setStreaming] = useState(false)
  const reader = useRef(read)
  reader.current = read
  const request = useRef<() => Promise<void>>(async () => undefined)

  useEffect(() => {
    let stopped = false
    let open = false
    let poll: ReturnType<typeof setTimeout> | undefined
    let reopen: ReturnType<typeof setTimeout> | undefined
    let reopenMs = REOPEN_MIN_MS
    let source: EventSource | null = null

    const schedule = () => {
      clearTimeout(poll)
      if (!stopped)
        poll = setTimeout(() => void refresh(), open ? LIVE_SAFETY_POLL_MS : fallbackPollMs)
    }
    const reads = oneAtATime(() => reader.current(), schedule)
    const refresh = () => {
      clearTimeout(poll)
      return reads()
    }
    request.current = refresh

    const setOpen = (value: boolean) => {
      open = value
      setStreaming(value)
    }
    const follow = () => {
      clearTimeout(reopen)
      if (stopped || typeof EventSource === 'undefined') return
      source?.close()
      const stream = new EventSource(`/api/live/${topic}`)
      source = stream
      stream.onopen = () => {
        reopenMs = REOPEN_MIN_MS
        setOpen(true)
        void refresh()
      }
      stream.addEventListener('changed', () => void refresh())
      stream.onerror = () => {
        const wasOpen = open
        setOpen(false)
        // Closed for good (refused, 503 while live updates pause): try again later. Otherwise the
        // browser reconnects by itself (the `retry:` hint).
        if (stream.readyState === EventSource.CLOSED) {
          stream.close()
          reopen = setTimeout(follow, reopenMs)
          reopenMs = Math.min(reopenMs * 2, REOPEN_MAX_MS)
        }
        // Read now: the board says at once whether the server still answers, and polls from now.
        if (wasOpen) void refresh()
      }
    }

    void refresh()
    follow()
    const back = () => {
      void refresh()
      if (!open) follow()
    }
    window.addEventListener('online', back)
    return () => {
      stopped = true
      clearTimeout(poll)
      clearTimeout(reopen)
      source?.close()
      window.removeEventListener('online', back)
    }
  }, [topic, fallbackPollMs])

  const refresh = useCallback(() => request.current(), [])
  return { streaming, refresh }
}
