import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { changePassStatus } from '@/domain/passes/changePassStatus'
import { issuePass, quoteNextPass } from '@/domain/passes/issuePass'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/** GET /api/passes/quote?member=ID — the fee of the member's next pass, before confirming. */
export const quotePassEndpoint: Endpoint = {
  path: '/quote',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const member = req.searchParams.get('member')
    if (!member) throw new APIError('member is required · 請指定成員', 400, null, true)
    return Response.json(await quoteNextPass(req, member))
  },
}

/** POST /api/passes/request { member } — issue another pass; the server sets number and fee. */
export const requestPassEndpoint: Endpoint = {
  path: '/request',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const member = body.member
    if (typeof member !== 'string' && typeof member !== 'number') {
      throw new APIError('member is required · 請指定成員', 400, null, true)
    }
    const doc = await issuePass(req, member)
    return Response.json({ doc }, { status: 201 })
  },
}

/** POST /api/passes/:id/status { status: 'lost' | 'void' } — per the transition table. */
export const changePassStatusEndpoint: Endpoint = {
  path: '/:id/status',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    if (body.status !== 'lost' && body.status !== 'void') {
      throw new APIError('status must be lost or void · 狀態須為報失或作廢', 400, null, true)
    }
    const doc = await changePassStatus(req, req.routeParams?.id as string, body.status)
    return Response.json({ doc })
  },
}
