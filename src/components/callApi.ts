import { type PortalLang, portalText } from '@/i18n/portal'

/** One field's refusal in a ValidationError: which field, and why (already in the reader's language). */
export type FieldRefusal = { path: string; message: string }

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; fields?: FieldRefusal[] }

/**
 * Calls the REST API from the portal, office pages and admin actions with the session cookie. The
 * server answers a refusal with a code and a message already in the reader's language (their
 * stored preference, else the Accept-Language sent here): it is shown as it is.
 */
export async function callApi<T>(
  path: string,
  lang: PortalLang,
  init: {
    method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
    body?: unknown
    headers?: Record<string, string>
  } = {},
): Promise<ApiResult<T>> {
  const t = portalText(lang)
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': lang,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
  } catch {
    return { ok: false, status: 0, message: t.networkError }
  }
  const data = (await response.json().catch(() => null)) as unknown
  if (response.ok) return { ok: true, status: response.status, data: data as T }
  const messages = (data as { errors?: { message?: unknown }[] } | null)?.errors
    ?.map((error) => (typeof error.message === 'string' ? error.message : ''))
    .filter(Boolean)
  const fields = (data as { errors?: { data?: { errors?: unknown } }[] } | null)?.errors?.[0]?.data
    ?.errors
  return {
    ok: false,
    status: response.status,
    message: messages?.length ? messages.join(' ') : t.unexpectedError(response.status),
    ...(Array.isArray(fields)
      ? {
          fields: fields.filter(
            (f): f is FieldRefusal => typeof f?.path === 'string' && typeof f?.message === 'string',
          ),
        }
      : {}),
  }
}
