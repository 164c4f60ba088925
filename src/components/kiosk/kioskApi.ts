import { type KioskLang, kioskText } from '@/i18n/kiosk'

export type KioskResult<T> =
  | { ok: true; status: number; data: T }
  /** `status` 0: no answer at all (offline, server down, timed out). */
  | { ok: false; status: number; code: string | null; message: string }

const TIMEOUT_MS = 15_000

/**
 * Calls the API as the kiosk: its API key, never a cookie (a staff session in the same browser
 * must not act for the kiosk), and the kiosk's language, in which the server words its refusals.
 */
export async function callKiosk<T>(
  path: string,
  {
    apiKey,
    lang,
    method = 'POST',
    body,
    headers,
  }: {
    apiKey: string
    lang: KioskLang
    method?: 'GET' | 'POST'
    body?: unknown
    headers?: Record<string, string>
  },
): Promise<KioskResult<T>> {
  const t = kioskText(lang)
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        Accept: 'application/json',
        'Accept-Language': lang,
        Authorization: `kiosks API-Key ${apiKey}`,
        ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    })
  } catch {
    return { ok: false, status: 0, code: null, message: t.networkError }
  }
  const data = (await response.json().catch(() => null)) as unknown
  if (response.ok) return { ok: true, status: response.status, data: data as T }
  const errors = (data as { errors?: { message?: unknown; data?: { code?: unknown } }[] } | null)
    ?.errors
  const messages = errors
    ?.map((error) => (typeof error.message === 'string' ? error.message : ''))
    .filter(Boolean)
  const code = errors?.[0]?.data?.code
  return {
    ok: false,
    status: response.status,
    code: typeof code === 'string' ? code : null,
    message: messages?.length ? messages.join(' ') : t.unexpectedError(response.status),
  }
}

/** The logo, fetched with the key (uploads are read by the estate's kiosks only) as a blob URL. */
export async function fetchLogo(url: string, apiKey: string): Promise<string | null> {
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      headers: { Authorization: `kiosks API-Key ${apiKey}` },
    })
    if (!response.ok) return null
    return URL.createObjectURL(await response.blob())
  } catch {
    return null
  }
}
