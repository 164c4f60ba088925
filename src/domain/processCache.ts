/**
 * One map per process under `name`, kept on `globalThis`: Next's bundle and the server's own
 * modules may each load the calling file, and must still share it.
 */
export function processMap<V>(name: string): Map<string, V> {
  const key = Symbol.for(`estate-office.${name}`)
  return ((globalThis as { [k: symbol]: Map<string, V> | undefined })[key] ??= new Map())
}

/**
 * A value per key kept by this server process for `ttlMs` (a record read on a hot path that
 * hardly ever changes). `forget` drops a key at once (a change made in this process); another
 * process sees a change within `ttlMs`.
 */
export function processCache<T>(name: string, ttlMs: number) {
  type Kept = { value: T; until: number }
  const map = () => processMap<Kept>(name)
  return {
    forget: (id: string | number) => void map().delete(String(id)),
    /** The kept value, or `read()`'s, kept for `ttlMs`. */
    async get(id: string | number, read: () => Promise<T>): Promise<T> {
      const kept = map().get(String(id))
      if (kept && kept.until > Date.now()) return kept.value
      const value = await read()
      map().set(String(id), { value, until: Date.now() + ttlMs })
      return value
    },
  }
}
