/** One server-sent event as a browser's EventSource would see it, with when it arrived. */
export type SseEvent = { event: string; data: string; at: number }

export type SseStream = {
  status: number
  headers: Headers
  /** A refusal's JSON body (when the status is not 200). */
  body: any
  /** The `retry:` hint, once received. */
  retry: () => number | null
  /** How many comment lines (heartbeats) arrived. */
  comments: () => number
  events: SseEvent[]
  /** The first event (from `from` on) that matches, or null after `timeoutMs`. */
  next: (
    match?: (e: SseEvent) => boolean,
    timeoutMs?: number,
    from?: number,
  ) => Promise<SseEvent | null>
  /** Resolves when the server ends the stream. */
  ended: Promise<void>
  close: () => void
}

/**
 * Opens `GET <path>` as an event stream and reads it as EventSource does (`event:`, `data:`,
 * `retry:`, comments), without a browser: tests and the bench use it.
 */
export async function openStream(
  baseURL: string,
  path: string,
  headers: Record<string, string> = {},
  { onEvent }: { onEvent?: (e: SseEvent) => void } = {},
): Promise<SseStream> {
  const abort = new AbortController()
  const res = await fetch(baseURL + path, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  })
  const events: SseEvent[] = []
  const waiters = new Set<() => void>()
  let retry: number | null = null
  let comments = 0
  const notify = () => {
    for (const wake of [...waiters]) wake()
  }
  if (res.status !== 200 || !res.body) {
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON
    }
    return {
      status: res.status,
      headers: res.headers,
      body,
      retry: () => null,
      comments: () => 0,
      events,
      next: async () => null,
      ended: Promise.resolve(),
      close: () => undefined,
    }
  }

  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
  let over = false
  const ended = (async () => {
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        let cut: number
        while ((cut = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, cut)
          buffer = buffer.slice(cut + 2)
          let event = 'message'
          const data: string[] = []
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments++
            else if (line.startsWith('event:')) event = line.slice(6).trim()
            else if (line.startsWith('data:')) data.push(line.slice(5).trimStart())
            else if (line.startsWith('retry:')) retry = Number(line.slice(6).trim())
          }
          if (data.length) {
            const received = { event, data: data.join('\n'), at: performance.now() }
            events.push(received)
            onEvent?.(received)
          }
        }
        notify()
      }
    } catch {
      // aborted or the connection dropped: the stream has ended
    } finally {
      over = true
      notify()
    }
  })()

  const next = (match: (e: SseEvent) => boolean = () => true, timeoutMs = 5000, from = 0) =>
    new Promise<SseEvent | null>((resolve) => {
      const look = () => {
        const found = events.slice(from).find(match)
        if (found || over) {
          waiters.delete(look)
          clearTimeout(timer)
          resolve(found ?? null)
        }
      }
      const timer = setTimeout(() => {
        waiters.delete(look)
        resolve(events.slice(from).find(match) ?? null)
      }, timeoutMs)
      waiters.add(look)
      look()
    })

  return {
    status: res.status,
    headers: res.headers,
    body: null,
    retry: () => retry,
    comments: () => comments,
    events,
    next,
    ended,
    close: () => abort.abort(),
  }
}
