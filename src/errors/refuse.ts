import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

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
