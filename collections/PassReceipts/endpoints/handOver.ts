import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { handOverPasses } from '@/domain/passes/handOverPasses'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

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
      throw new APIError('household is required · 請指定住戶', 400, null, true)
    }
    const dataUrl = typeof body.signature === 'string' ? body.signature : ''
    const match = /^data:([^;,]+);base64,(.*)$/s.exec(dataUrl)
    if (dataUrl && (!match || match[1] !== 'image/png')) {
      throw new APIError('The signature must be a PNG image · 簽名須為 PNG 圖檔', 400, null, true)
    }
    const receipt = await handOverPasses(req, {
      household,
      signature: match ? Buffer.from(match[2]!, 'base64') : Buffer.alloc(0),
      signedByName: typeof body.signedByName === 'string' ? body.signedByName : '',
      copyTo: typeof body.copyTo === 'string' && body.copyTo.trim() ? body.copyTo.trim() : null,
    })
    return Response.json({ doc: receipt }, { status: 201 })
  },
}
