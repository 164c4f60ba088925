import type { AfterErrorHook } from 'payload'

import { type ErrorCode, refusalBody } from '@/errors/catalogue'
import { fieldErrorCode, requestLang } from '@/errors/refuse'

/** What a database driver says when a value of the request could not be converted (a 4xx). */
const BAD_VALUE =
  /invalid input syntax|out of range|Only finite numbers|datatype mismatch|invalid input value|invalid byte sequence|malformed array literal|Unexpected end of form|Malformed part header|Boundary not found|Unexpected end of multipart|Malformed urlencoded|Part terminated early|Unexpected token|is not valid JSON/i
/** What a driver says when the database is not there (a 503). */
const NO_DATABASE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (starting|shutting) up|SQLITE_BUSY|SQLITE_CANTOPEN|database is locked/i

const causes = (error: unknown): string => {
  const parts: string[] = []
  for (
    let e = error as { message?: unknown; cause?: unknown; code?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    parts.push(String(e.message ?? ''), String(e.code ?? ''))
  }
  return parts.join(' ')
}

/**
 * Every REST error leaves with its code and a message in the caller's language: refusals thrown
 * with a catalogue code keep it, and a value the database driver could not use is a 400, a
 * database that does not answer a 503, never a bare 500 (issue 6 #16).
 */
export const explainErrors: AfterErrorHook = ({ error, req, result }) => {
  // A collection's own afterError hook already answered with a code (e.g. explainSlotConflict).
  const answered = (result as { errors?: { data?: { code?: unknown } }[] } | undefined)?.errors
  if (typeof answered?.[0]?.data?.code === 'string') return
  const data = (error as { data?: { code?: unknown; errors?: unknown } }).data
  const code = data?.code
  if (typeof code === 'string') {
    return { response: { ...result, errors: [{ message: error.message, data: { code } }] } }
  }
  const status = (error as { status?: number }).status ?? 500
  if (error.name === 'ValidationError' && Array.isArray(data?.errors)) {
    return { response: { ...result, errors: [explainFieldErrors(error, data, req)] } }
  }
  if (status === 403) {
    // Payload's own "not allowed" (already in Payload's language for the request) gets its code.
    return {
      response: {
        ...result,
        errors: [{ message: error.message, data: { code: 'request.forbidden' } }],
      },
    }
  }
  if (status < 500) return
  const text = causes(error)
  const as = (next: ErrorCode, nextStatus: number) => ({
    status: nextStatus,
    response: refusalBody(next, requestLang(req)),
  })
  if (BAD_VALUE.test(text)) return as('request.invalid', 400)
  if (NO_DATABASE.test(text)) return as('server.database-unavailable', 503)
}

type FieldError = { path?: string; message?: string; code?: string }

/**
 * A ValidationError keeps its per-field errors (the admin shows each on its field) and gains a
 * code on each and on the whole: the catalogue's code where a hook or a `validate` function gave
 * one, `request.field-invalid` for Payload's own checks (required, options…). When every field
 * error is ours, the message is theirs, already in the caller's language.
 */
function explainFieldErrors(
  error: Error,
  data: { errors?: unknown; [key: string]: unknown },
  req: Parameters<AfterErrorHook>[0]['req'],
) {
  const errors = (data.errors as FieldError[]).map((item) => {
    const itemCode = item.code ?? fieldErrorCode(req, item.message)
    return { ...item, code: itemCode ?? 'request.field-invalid', ours: Boolean(itemCode) }
  })
  const allOurs = errors.length > 0 && errors.every((item) => item.ours)
  return {
    name: error.name,
    message: allOurs ? errors.map((item) => item.message).join(' ') : error.message,
    data: {
      ...data,
      code: errors[0]?.code ?? 'request.field-invalid',
      errors: errors.map(({ ours: _ours, ...item }) => item),
    },
  }
}
