import type { PayloadRequest } from 'payload'
import { Forbidden } from 'payload'

import { refuse } from '@/errors/refuse'

/** Custom endpoints answer 403 like Payload's own routes when nobody is logged in. */
export function requireUser(req: PayloadRequest) {
  if (!req.user) throw new Forbidden(req.t)
}

/** The JSON body of a custom endpoint; malformed JSON is a 400 with a message, not a 500. */
export async function readJsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    refuse(req, 'request.malformed-json', 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    refuse(req, 'request.malformed-body', 400)
  }
  return body as Record<string, unknown>
}
