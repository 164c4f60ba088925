import type { Endpoint, PayloadRequest } from 'payload'

import { checkInWithPass, PassRefused } from '@/domain/visitors/checkInWithPass'
import { uploadOfflineCheckIn } from '@/domain/visitors/uploadOfflineCheckIn'
import { checkOutPassVisitor } from '@/domain/visitors/checkOutPassVisitor'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/**
 * `POST /api/visitor-passes/check-in` `{ token }` — a guard or a lobby kiosk scans a visitor pass
 * (VIS-4). 200 `{ visitorName, hostUnit, use, maxUses }`; otherwise 4xx `{ reason, message }` with
 * `reason` one of expired, not-yet-valid, revoked, used-up, unknown, do-not-admit (and the usual
 * `errors`). A recurring pass outside its days and hours is `not-yet-valid` (or `expired` when no
 * window is left), with a message naming its days and hours.
 *
 * A device that checked a visitor in while offline uploads it with `{ token, offline: true,
 * scannedAt }` and an `Idempotency-Key` header: 200 with `offline: true`, `flag` (why it would
 * have been refused, flagged to Security, or null) and `replayed`; `unknown` tokens are refused.
 */
export const checkInWithPassEndpoint: Endpoint = {
  path: '/check-in',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    try {
      const result =
        body.offline === true
          ? await uploadOfflineCheckIn(req, body)
          : await checkInWithPass(req, body.token)
      return Response.json(result, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (!(error instanceof PassRefused)) throw error
      return Response.json(
        {
          reason: error.reason,
          message: error.message,
          errors: [{ message: error.message, data: { code: error.code, reason: error.reason } }],
        },
        { status: error.status, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}

/**
 * `POST /api/visitor-passes/check-out` `{ use }` — the gate guard checks out a visitor who came in
 * with a pass (VIS-5); `use` is the `useId` the check-in answered, or a row of the board's list.
 */
export const checkOutPassVisitorEndpoint: Endpoint = {
  path: '/check-out',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const result = await checkOutPassVisitor(req, body.use)
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' } })
  },
}
