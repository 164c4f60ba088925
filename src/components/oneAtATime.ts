/**
 * Runs `run` at most once at a time, with at most one more run waiting: a call while a run is in
 * flight asks for one run after it, however many calls arrive meanwhile (a burst of changes costs
 * a board two reads, not one per change). Every call resolves once a run that began after the
 * call has finished, so the caller sees data at least as new as its call. `onIdle` is called each
 * time the runs stop (a board schedules its next poll from there). A failing run counts as run.
 */
export function oneAtATime(run: () => Promise<unknown>, onIdle?: () => void): () => Promise<void> {
  let running: Promise<void> | null = null
  let again = false
  return () => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      try {
        do {
          again = false
          await run().catch(() => undefined)
        } while (again)
      } finally {
        running = null
      }
      onIdle?.()
    })()
    return running
  }
}
