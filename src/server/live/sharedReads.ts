/**
 * Concurrent reads of the same thing, shared. When a change is announced, every open board of
 * the estate reads at the same moment; without sharing, twenty boards make twenty identical
 * database reads at once, one after the other on the process's one thread. Here a caller joins
 * a read of the same key that begins after it called — never one already running, which may
 * have started before the change it was told of — so each gets data at least as new as its call,
 * and a burst of callers costs at most two reads: the one running and the next.
 */
export function sharedReads<T>() {
  type Slot = { running: Promise<T> | null; next: Promise<T> | null }
  const slots = new Map<string, Slot>()
  return (key: string, read: () => Promise<T>): Promise<T> => {
    let slot = slots.get(key)
    if (!slot) slots.set(key, (slot = { running: null, next: null }))
    const s = slot
    const start = (): Promise<T> => {
      const run: Promise<T> = read().finally(() => {
        if (s.running === run) s.running = null
        if (!s.running && !s.next) slots.delete(key)
      })
      s.running = run
      return run
    }
    if (!s.running) return start()
    s.next ??= s.running
      .catch(() => undefined)
      .then(() => {
        s.next = null
        return start()
      })
    return s.next
  }
}
