import { setTimeout as sleep } from 'node:timers/promises'
import type { PayloadRequest } from 'payload'

import { membershipsOf, sameRecord } from '@/access/actor'
import { estateName, readEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { refuse } from '@/errors/refuse'
import { isUniqueConflict } from '@/errors/uniqueConflict'
import { VISITOR_PASS_USES } from '../../../collections/VisitorPassUses'
import {
  countPassUses,
  findScannedPass,
  passUseContext,
  type ScannedPass,
  type Scanner,
  scannerOf,
  useSlot,
} from './checkInWithPass'
import { passState, REFUSAL_OF_STATE } from './passRules'

/** How far back a device may upload a check-in, and how far ahead its clock may run. */
export const OFFLINE_UPLOAD_MAX_AGE_MS = 7 * 24 * 3600_000
const CLOCK_SKEW_MS = 5 * 60_000
const KEY_SHAPE = /^[A-Za-z0-9_-]{8,100}$/

/** When an offline check-in happened, or null if the time is not one a device could have sent. */
export function readScannedAt(value: unknown, now: Date): Date | null {
  if (typeof value !== 'string' || value.length > 40) return null
  const at = new Date(value)
  const t = at.getTime()
  if (!Number.isFinite(t)) return null
  if (t > now.getTime() + CLOCK_SKEW_MS || t < now.getTime() - OFFLINE_UPLOAD_MAX_AGE_MS) {
    return null
  }
  return at
}

export type OfflineCheckInReply = {
  visitorName: string
  hostUnit: string | null
  use: number
  maxUses: number
  checkedInAt: string
  offline: true
  /** Why the server would have refused it at the time: the check-in was flagged to Security. */
  flag: 'used-up' | 'revoked' | 'expired' | 'not-yet-valid' | null
  replayed: boolean
}

type UseRow = {
  id: string | number
  slot: string
  usedAt: string
  flag?: OfflineCheckInReply['flag'] | null
}

const replyOf = (pass: ScannedPass, use: UseRow, replayed: boolean): OfflineCheckInReply => ({
  visitorName: pass.visitorName,
  hostUnit: pass.hostUnit,
  use: Number(use.slot.split('#').at(-1)),
  maxUses: pass.maxUses ?? 1,
  checkedInAt: new Date(use.usedAt).toISOString(),
  offline: true,
  flag: use.flag ?? null,
  replayed,
})

async function useByKey(req: PayloadRequest, key: string): Promise<UseRow | null> {
  const { docs } = await req.payload.find({
    collection: VISITOR_PASS_USES,
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { slot: true, usedAt: true, flag: true },
    overrideAccess: true,
  })
  return (docs[0] as UseRow | undefined) ?? null
}

/**
 * VIS-4 offline: a gate board or kiosk that checked a visitor in while cut off from the server
 * uploads the check-in when the network returns (`POST /api/visitor-passes/check-in` with
 * `{ token, offline: true, scannedAt }` and an `Idempotency-Key`). The token must be the estate's
 * (signed by its key, stored on a pass); the check-in is recorded once per estate and key —
 * a replay, or two uploads at the same moment, answer the same — at the time it was scanned.
 * It happened, so it is recorded even when the pass was used up, revoked or outside its window
 * by then; such a check-in is flagged to the estate's Security staff through the outbox.
 */
export async function uploadOfflineCheckIn(
  req: PayloadRequest,
  body: Record<string, unknown>,
  now = new Date(),
): Promise<OfflineCheckInReply> {
  const scanner = scannerOf(req)
  const rawKey = req.headers.get('idempotency-key') ?? ''
  if (!KEY_SHAPE.test(rawKey)) refuse(req, 'visitors.offline-key-required', 400)
  const scannedAt = readScannedAt(body.scannedAt, now)
  if (!scannedAt) refuse(req, 'visitors.offline-scanned-at', 400)
  const pass = await findScannedPass(req, scanner, body.token)
  // The estate's, not the device's: on a shared gate tablet the next guard's upload is the same.
  const key = `${String(scanner.estate)}:${rawKey}`
  const { estateId, recurring, day } = await passUseContext(req, pass, scannedAt)

  for (let attempt = 0; attempt < 50; attempt++) {
    const earlier = await useByKey(req, key)
    if (earlier) return replyOf(pass, earlier, true)
    const uses = await countPassUses(req, pass, recurring ? day : null)
    const state = passState({ ...pass, maxUses: pass.maxUses ?? 1 }, uses, scannedAt, recurring)
    const flag =
      state === 'valid'
        ? null
        : (REFUSAL_OF_STATE[state] as NonNullable<OfflineCheckInReply['flag']>)
    try {
      const use = (await req.payload.create({
        collection: VISITOR_PASS_USES,
        data: {
          slot: useSlot(pass.id, recurring ? day : null, uses + 1),
          pass: pass.id,
          usedAt: scannedAt.toISOString(),
          day,
          estate: estateId,
          scannedBy: scanner.scannedBy,
          place: scanner.place,
          idempotencyKey: key,
          offline: true,
          uploadedAt: now.toISOString(),
          flag,
        },
        depth: 0,
        overrideAccess: true,
        disableTransaction: true,
      })) as UseRow
      if (flag) await flagToSecurity(req, scanner, pass, use, flag)
      return replyOf(pass, use, false)
    } catch (error) {
      // Another upload took this use, or this very key, at the same moment: look again.
      if (!isUniqueConflict(error, 'slot', 'idempotencyKey')) throw error
      await sleep(Math.floor(Math.random() * 5))
    }
  }
  throw new Error('An offline check-in could not take a use slot after 50 tries.')
}

const FLAG_WORDS: Record<NonNullable<OfflineCheckInReply['flag']>, { zh: string; en: string }> = {
  'used-up': { zh: '已超過可使用次數', en: 'used beyond its uses' },
  revoked: { zh: '已被住戶取消', en: 'revoked by the resident' },
  expired: { zh: '已過期', en: 'expired' },
  'not-yet-valid': { zh: '尚未生效', en: 'not yet valid' },
}

/** Every Security staff member of the estate gets one e-mail per flagged check-in (GEN-4). */
async function flagToSecurity(
  req: PayloadRequest,
  scanner: Scanner,
  pass: ScannedPass,
  use: UseRow,
  flag: NonNullable<OfflineCheckInReply['flag']>,
) {
  const estate = await readEstate(req, scanner.estate)
  const staff = await req.payload.find({
    collection: 'users',
    where: { 'memberships.estate': { equals: scanner.estate } },
    limit: 1000,
    pagination: false,
    depth: 0,
    select: { email: true, memberships: true },
    overrideAccess: true,
  })
  const security = staff.docs.filter((user) =>
    membershipsOf(user).some(
      (m) => sameRecord(m.estate, scanner.estate) && m.roles.includes('security'),
    ),
  )
  const at = (lang: 'zh-TW' | 'en') => formatEstateDateTime(use.usedAt, estate.timeZone, lang)
  const place =
    scanner.place === 'gate'
      ? { zh: '大門', en: 'the gate' }
      : { zh: '大堂自助機', en: 'a lobby kiosk' }
  const unit = pass.hostUnit ?? ''
  const words = FLAG_WORDS[flag]
  for (const user of security) {
    await queueNotification(
      req,
      {
        to: user.email,
        estate: scanner.estate,
        subject: `${estateName(estate, 'zh-TW')}：離線登記的訪客通行證${words.zh} · Offline check-in of a pass ${words.en}`,
        body: [
          `網絡中斷期間，${place.zh}於 ${at('zh-TW')} 以訪客通行證登記了一位訪客（訪客 ${pass.visitorName}，單元 ${unit}，第 ${use.slot.split('#')[1]} 次，可使用 ${pass.maxUses ?? 1} 次）。恢復連線後上載時，該通行證${words.zh}。請跟進。`,
          `While the network was down, ${place.en} checked a visitor in with a visitor pass at ${at('en')} (visitor ${pass.visitorName}, unit ${unit}, use ${use.slot.split('#')[1]} of ${pass.maxUses ?? 1}). When it was uploaded the pass was ${words.en}. Please follow it up.`,
        ].join('\n\n'),
      },
      `visitor-pass-offline-flag:${String(use.id)}:${String(user.id)}`,
    )
  }
}
