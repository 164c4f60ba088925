import type { PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'

import { type ErrorCode, errorMessage, type Lang, pickLang } from './catalogue'

/** The language of the person behind a Payload request. */
export function requestLang(req: Pick<PayloadRequest, 'user' | 'headers'>): Lang {
  return pickLang({
    userLanguage: (req.user as { language?: unknown } | null | undefined)?.language,
    acceptLanguage: req.headers?.get?.('accept-language'),
  })
}

/** An API error with a stable code and a message in the caller's language. */
export class CodedError extends APIError<{ code: ErrorCode }> {
  readonly code: ErrorCode
  constructor(
    req: Pick<PayloadRequest, 'user' | 'headers'>,
    code: ErrorCode,
    status: number,
    params: Record<string, string | number> = {},
  ) {
    super(errorMessage(code, requestLang(req), params), status, { code }, true)
    this.code = code
  }
}

export function refuse(
  req: Pick<PayloadRequest, 'user' | 'headers'>,
  code: ErrorCode,
  status: number,
  params: Record<string, string | number> = {},
): never {
  throw new CodedError(req, code, status, params)
}

type Params = Record<string, string | number>
export type FieldErrorReq = Pick<PayloadRequest, 'user' | 'headers'> & {
  context?: PayloadRequest['context']
}

/** The codes of the messages that field `validate` functions returned on this request. */
const FIELD_CODES = 'fieldErrorCodes'

/**
 * A field `validate` function's refusal: the message in the caller's language, remembered with
 * its code on the request so the API's error body carries the code too (hooks/explainErrors).
 */
export function fieldError(req: FieldErrorReq, code: ErrorCode, params: Params = {}): string {
  const message = errorMessage(code, requestLang(req), params)
  if (req.context) {
    const codes = (req.context[FIELD_CODES] ??= {}) as Record<string, ErrorCode>
    codes[message] = code
  }
  return message
}

/** The code a field validation message was given on this request, if it came from `fieldError`. */
export function fieldErrorCode(req: { context?: PayloadRequest['context'] }, message: unknown) {
  const codes = req.context?.[FIELD_CODES] as Record<string, ErrorCode> | undefined
  return typeof message === 'string' ? codes?.[message] : undefined
}

/**
 * A refusal of one field's value, shown on that field in the admin: a `ValidationError` (400)
 * whose message comes from the catalogue and whose error carries the code.
 */
export function invalidField(
  req: PayloadRequest,
  where: { collection?: string; global?: string },
  path: string,
  code: ErrorCode,
  params: Params = {},
): ValidationError {
  const message = errorMessage(code, requestLang(req), params)
  const error = new ValidationError(
    { ...where, req, errors: [{ path, message, code } as { path: string; message: string }] },
    req.t,
  )
  ;(error as { code?: ErrorCode }).code = code
  return error
}
