import type { Endpoint, PayloadRequest } from 'payload'

import { handOverPasses, type HandOverSigner } from '@/domain/passes/handOverPasses'
import { decodeSignature } from '@/domain/signatures/signature'
import { refuse } from '@/errors/refuse'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'
import { isRecordId } from '@/server/ids'

/** A client's Idempotency-Key header (e.g. a form's one key for all its submits), if sensible. */
function idempotencyKeyOf(req: PayloadRequest): string | null {
  const key = req.headers.get('idempotency-key')?.trim()
  if (!key) return null
  if (!/^[\w.:-]{8,100}$/.test(key)) {
    refuse(req, 'handover.idempotency-key', 400)
  }
  return key
}

/** A record id from the body, or a 400 before it can reach the database. */
function recordIdOf(req: PayloadRequest, value: unknown): string | number {
  if (!isRecordId(value, req.payload.db.defaultIDType)) {
    refuse(req, 'request.malformed-id', 400, { id: String(value).slice(0, 40) })
  }
  return value as string | number
}

/** `passes`: the ids handed over now (at most 500), or absent for every prepared pass. */
function passIdsOf(req: PayloadRequest, value: unknown) {
  if (value === undefined || value === null) return null
  if (!Array.isArray(value) || value.length > 500) refuse(req, 'request.invalid', 400)
  return value.map((id) => recordIdOf(req, id))
}

/** `signerMember` (an adult member of the household), or `signedByName` with `signerNote`. */
function signerOf(req: PayloadRequest, body: Record<string, unknown>): HandOverSigner {
  if (body.signerMember !== undefined && body.signerMember !== null && body.signerMember !== '') {
    return { member: recordIdOf(req, body.signerMember) }
  }
  return {
    name: typeof body.signedByName === 'string' ? body.signedByName : '',
    note: typeof body.signerNote === 'string' ? body.signerNote : '',
  }
}

/**
 * POST /api/pass-receipts/handover
 * { household, passes?: [id…], signerMember?: id, signedByName?, signerNote?,
 *   signature: 'data:image/png;base64,…', copyTo? }
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
      signer: signerOf(req, body),
      passes: passIdsOf(req, body.passes),
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
