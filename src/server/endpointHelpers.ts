import type { PayloadRequest } from 'payload'
import { APIError, Forbidden } from 'payload'

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
    throw new APIError('The request body is not valid JSON · 請求內容不是有效的 JSON', 400, null, true)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new APIError('The request body must be a JSON object · 請求內容須為 JSON 物件', 400, null, true)
  }
  return body as Record<string, unknown>
}
