import type { AfterErrorHook } from 'payload'

import { type ErrorCode, refusalBody } from '@/errors/catalogue'
import { fieldErrorCode, requestLang } from '@/errors/refuse'

/** What a database driver says when a value of the request could not be converted (a 4xx). */
const BAD_VALUE =
  /invalid input syntax|out of range|Only finite numbers|datatype mismatch|invalid input value|invalid byte sequence|malformed array literal|Unexpected end of form|Malformed part header|Boundary not found|Unexpected end of multipart|Malformed urlencoded|Part terminated early|Unexpected token|is not valid JSON/i
/** What a driver says when the database is not there (a 503). */
const NO_DATABASE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (starting|shutting) up|SQLITE_BUSY|SQLITE_CANTOPEN|database is locked|timeout exceeded when trying to connect/i

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
 * database that does not answer a 503, never a bare 500 (issue 6 #16). GraphQL errors get the
 * same code and message (the code in `extensions.code`).
 */
export const explainErrors: AfterErrorHook = ({ error, req, result, graphqlResult }) => {
  if (graphqlResult) {
    const original = ((error as { originalError?: Error }).originalError ?? error) as Error
    const explained = explain(original, req)
    if (!explained) return
    const { message, data } = explained.error
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, code: data.code, data },
      },
    }
  }
  // A collection's own afterError hook already answered with a code (e.g. explainSlotConflict).
  const answered = (result as { errors?: { data?: { code?: unknown } }[] } | undefined)?.errors
  if (typeof answered?.[0]?.data?.code === 'string') return
  const explained = explain(error, req)
  if (!explained) return
  return {
    ...(explained.status ? { status: explained.status } : {}),
    response: { ...result, errors: [explained.error] },
  }
}

type Explained = {
  status?: number
  error: { name?: string; message: string; data: { code: string; [key: string]: unknown } }
}

function explain(error: Error, req: Parameters<AfterErrorHook>[0]['req']): Explained | undefined {
  const data = (error as { data?: { code?: unknown; errors?: unknown } }).data
  const code = data?.code
  if (typeof code === 'string') return { error: { message: error.message, data: { code } } }
  const status = (error as { status?: number }).status ?? 500
  // A ValidationError, known by its shape: class names do not survive the Next bundle's minifier.
  if (status === 400 && Array.isArray(data?.errors)) {
    return { error: explainFieldErrors(error, data, req) }
  }
  if (status === 403) {
    // Payload's own "not allowed" (already in Payload's language for the request) gets its code.
    return { error: { message: error.message, data: { code: 'request.forbidden' } } }
  }
  if (status < 500) return
  const text = causes(error)
  const as = (next: ErrorCode, nextStatus: number): Explained => ({
    status: nextStatus,
    error: refusalBody(next, requestLang(req)).errors[0]!,
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
    name: 'ValidationError',
    message: allOurs ? errors.map((item) => item.message).join(' ') : error.message,
    data: {
      ...data,
      code: errors[0]?.code ?? 'request.field-invalid',
      errors: errors.map(({ ours: _ours, ...item }) => item),
    },
  }
}
