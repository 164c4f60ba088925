import type { Endpoint, PayloadRequest } from 'payload'

import { changePassStatus } from '@/domain/passes/changePassStatus'
import { checkPassAtGate } from '@/domain/passes/checkPassAtGate'
import { issuePass, quoteNextPass } from '@/domain/passes/issuePass'
import { PASS_STATUSES, type PassStatus } from '@/domain/passes/transitions'
import { refuse } from '@/errors/refuse'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/** GET /api/passes/quote?member=ID — the fee of the member's next pass, before confirming. */
export const quotePassEndpoint: Endpoint = {
  path: '/quote',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const member = req.searchParams.get('member')
    if (!member) refuse(req, 'request.member-required', 400)
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
      refuse(req, 'request.member-required', 400)
    }
    const doc = await issuePass(req, member)
    return Response.json({ doc }, { status: 201 })
  },
}

/**
 * POST /api/passes/:id/status { status } — a move of the pass workflow; the collection's guard
 * decides whether this user may make it (the `moves` of a pass say which they may).
 */
export const changePassStatusEndpoint: Endpoint = {
  path: '/:id/status',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    if (!(PASS_STATUSES as readonly unknown[]).includes(body.status)) {
      refuse(req, 'workflow.unknown-state', 400, { state: String(body.status ?? '') })
    }
    const doc = await changePassStatus(
      req,
      req.routeParams?.id as string,
      body.status as PassStatus,
    )
    return Response.json({ doc })
  },
}

/**
 * POST /api/passes/gate-check { code } — the gate guard scans a resident's access pass or types
 * its number: holder, unit, photo and status (a lost or void pass is caught), nothing more.
 */
export const gateCheckPassEndpoint: Endpoint = {
  path: '/gate-check',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const pass = await checkPassAtGate(req, body.code)
    return Response.json(pass, { headers: { 'Cache-Control': 'no-store' } })
  },
}
