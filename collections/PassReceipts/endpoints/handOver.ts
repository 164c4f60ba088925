import type { Endpoint, PayloadRequest } from 'payload'

import { handOverPasses } from '@/domain/passes/handOverPasses'
import { decodeSignature } from '@/domain/signatures/signature'
import { refuse } from '@/errors/refuse'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/** A client's Idempotency-Key header (e.g. a form's one key for all its submits), if sensible. */
function idempotencyKeyOf(req: PayloadRequest): string | null {
  const key = req.headers.get('idempotency-key')?.trim()
  if (!key) return null
  if (!/^[\w.:-]{8,100}$/.test(key)) {
    refuse(req, 'handover.idempotency-key', 400)
  }
  return key
}

/**
 * POST /api/pass-receipts/handover
 * { household, signedByName, signature: 'data:image/png;base64,…', copyTo? }
 */
export const handOverEndpoint: Endpoint = {
  path: '/handover',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const household = body.household
    if (typeof household !== 'string' && typeof household !== 'number') {
      refuse(req, 'request.household-required', 400)
    }
    const { receipt, replayed } = await handOverPasses(req, {
      household,
      signature: decodeSignature(body.signature),
      signedByName: typeof body.signedByName === 'string' ? body.signedByName : '',
      copyTo: typeof body.copyTo === 'string' && body.copyTo.trim() ? body.copyTo.trim() : null,
      idempotencyKey: idempotencyKeyOf(req),
    })
    // Read back as the user: the server's own fields (claim, idempotency key) stay inside.
    const doc = await req.payload.findByID({
      collection: 'pass-receipts',
      id: receipt.id,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json({ doc }, { status: replayed ? 200 : 201 })
  },
}
