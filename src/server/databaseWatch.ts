import type { Payload } from 'payload'

import { databaseAnswers } from './health'

/**
 * Asks the database every few seconds whether it answers. While it does not, requests get 503
 * with a message instead of a misleading 403 (the signed-in user cannot be loaded) or a 500.
 */
export function watchDatabase(payload: Payload, everyMs = 2000) {
  const state = { down: false }
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      state.down = !(await databaseAnswers(payload, Math.min(everyMs, 2000)))
    } finally {
      running = false
    }
  }, everyMs)
  timer.unref()
  return { isDown: () => state.down, stop: () => clearInterval(timer) }
}
