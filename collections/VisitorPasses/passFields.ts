import type { Field, PayloadRequest } from 'payload'

import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'
import { passState } from '@/domain/visitors/passRules'
import { scheduleOf } from '@/domain/visitors/schedule'
import { VISITOR_PASS_USES } from '../VisitorPassUses'

/** A pass's uses: the check-ins its unique slots hold, counted once per read of the pass. */
export async function countPassUses(req: PayloadRequest, pass: string | number) {
  const cache = (req.context.visitorPassUses ??= {}) as Record<string, Promise<number>>
  cache[String(pass)] ??= req.payload
    .count({
      collection: VISITOR_PASS_USES,
      where: { pass: { equals: pass } },
      req,
      overrideAccess: true,
    })
    .then((r) => r.totalDocs)
  return cache[String(pass)]!
}

/** `uses` (server): how many times the pass has checked a visitor in. */
export const passUsesField: Field = {
  name: 'uses',
  type: 'number',
  virtual: true,
  label: { en: 'Used', 'zh-TW': '已使用次數' },
  access: { create: () => false, update: () => false },
  admin: { readOnly: true },
  hooks: {
    afterRead: [
      async ({ data, req }) => (data?.id === undefined ? 0 : countPassUses(req, data.id)),
    ],
  },
}

/**
 * What the pass is now: active, revoked, expired, not yet valid or used up (computed, shown). A
 * recurring pass is active between its hours and expired when no window is left.
 */
export const passStateField: Field = {
  name: 'state',
  type: 'text',
  virtual: true,
  label: { en: 'Now', 'zh-TW': '目前狀態' },
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar' },
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        if (data?.id === undefined || !data.validFrom || !data.validUntil) return undefined
        const schedule = scheduleOf(data)
        const estate = idOf(data.estate)
        // A recurring pass between its hours is still active; its uses count per day.
        const recurring =
          schedule && estate != null
            ? { schedule, timeZone: (await readEstate(req, estate)).timeZone }
            : null
        const uses = recurring ? 0 : await countPassUses(req, data.id)
        const state = passState(
          {
            status: data.status,
            validFrom: data.validFrom,
            validUntil: data.validUntil,
            maxUses: data.maxUses ?? 1,
          },
          uses,
          new Date(),
          recurring,
        )
        if (state === 'hours-over') return 'expired'
        return state === 'valid' || state === 'off-hours' ? 'active' : state
      },
    ],
  },
}
