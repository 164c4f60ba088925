import { setTimeout as sleep } from 'node:timers/promises'
import type { PayloadRequest } from 'payload'

import type { Household, VisitorPass, VisitorPassUse } from '@payload-types'

import { actorHasRole, actorOf, type RecordId } from '@/access/actor'
import { attemptsSpent, chargeAttempt } from '@/auth/attemptLimits'
import { readRecentEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { idOf } from '@/domain/relations'
import { type ErrorCode } from '@/errors/catalogue'
import { CodedError, refuse, requestLang } from '@/errors/refuse'
import { isUniqueConflict } from '@/errors/uniqueConflict'
import { announceAfterCommit } from '@/server/live/announce'
import { VISITOR_PASS_USES } from '../../../collections/VisitorPassUses'
import { estatePassKey } from './estatePassKey'
import {
  hashPassToken,
  isPassTokenShape,
  type PassRefusal,
  passState,
  REFUSAL_OF_STATE,
} from './passRules'
import { isSignedPassTokenShape, verifyPassToken } from './passTokens'
import { doNotAdmitWarnings } from './readDoNotAdmit'
import { describeSchedule, localTime, scheduleOf } from './schedule'

/** A refusal of a scan: the coded message in the reader's language, and the reason's word. */
export class PassRefused extends CodedError {
  readonly reason: PassRefusal
  constructor(
    req: PayloadRequest,
    reason: PassRefusal,
    status: number,
    params: Record<string, string> = {},
    code: ErrorCode = `visitors.pass-${reason}` as ErrorCode,
  ) {
    super(req, code, status, params)
    this.reason = reason
  }
}

const STATUS: Record<PassRefusal, number> = {
  expired: 410,
  'not-yet-valid': 409,
  revoked: 410,
  'used-up': 409,
  unknown: 404,
  'do-not-admit': 403,
}

/** Who is scanning: a guard of the estate at the gate, or a kiosk; anyone else is refused. */
export function scannerOf(req: PayloadRequest) {
  const actor = actorOf(req)
  const place: 'kiosk' | 'gate' | null =
    actor.kind === 'kiosk' ? 'kiosk' : actorHasRole(actor, 'guard') ? 'gate' : null
  if (!place || actor.kind === 'anonymous' || actor.estate === null) {
    refuse(req, 'visitors.pass-scanner-only', 403)
  }
  return {
    place,
    estate: actor.estate,
    device: `${actor.kind}:${String(actor.id)}`,
    scannedBy: {
      relationTo: actor.kind === 'kiosk' ? ('kiosks' as const) : ('users' as const),
      value: actor.id as number,
    },
  }
}
export type Scanner = ReturnType<typeof scannerOf>

/** What a scan reads of a pass: its window, uses, status, daily hours and household. */
const PASS_COLUMNS = {
  visitorName: true,
  validFrom: true,
  validUntil: true,
  maxUses: true,
  status: true,
  household: true,
  dailyFrom: true,
  dailyUntil: true,
} as const

type PassRow = Pick<
  VisitorPass,
  | 'id'
  | 'visitorName'
  | 'validFrom'
  | 'validUntil'
  | 'maxUses'
  | 'status'
  | 'household'
  | 'dailyFrom'
  | 'dailyUntil'
>

/**
 * The pass a token names in the scanner's estate, or a refusal `unknown` charged to the device
 * (10 per 15 minutes; a spent device is refused every scan until its window passes). A signed
 * token must carry the estate's signature (a tampered token, or another estate's, is unknown);
 * an unsigned token of the first version is still looked up online by its hash.
 */
export async function findScannedPass(req: PayloadRequest, scanner: Scanner, token: unknown) {
  const spent = await attemptsSpent(req, 'visitorPassMissesByDevice', scanner.device)
  if (spent) refuse(req, 'visitors.pass-too-many-scans', 429, { minutes: spent })
  const miss = async (status: number): Promise<never> => {
    const wait = await chargeAttempt(req, [['visitorPassMissesByDevice', scanner.device]])
    if (wait) refuse(req, 'visitors.pass-too-many-scans', 429, { minutes: wait })
    throw new PassRefused(req, 'unknown', status)
  }
  const signed = isSignedPassTokenShape(token)
  if (!signed && !isPassTokenShape(token)) return miss(400)
  if (signed) {
    const { publicJwk } = await estatePassKey(req.payload, scanner.estate)
    if (!(await verifyPassToken(token, publicJwk))) return miss(404)
  }
  // The adapter's reads, not the find operation: no access, hooks or population to run for a
  // server read of a few columns (the hot path of the gate). The query names the estate, so the
  // pass's is the scanner's. The weekdays of a recurring pass live in a table of their own, and
  // joining it costs three times the pass's own read: they are read only for a pass with daily
  // hours (no pass is recurring without them), beside its household's unit.
  const found = await req.payload.db.findOne<PassRow>({
    collection: 'visitor-passes',
    where: {
      tokenHash: { equals: hashPassToken(token as string) },
      estate: { equals: scanner.estate },
    },
    select: PASS_COLUMNS,
    req,
  })
  const row = found ?? (await miss(404))
  const household = idOf(row.household) ?? null
  const hasHours = typeof row.dailyFrom === 'string' && typeof row.dailyUntil === 'string'
  const [unit, days] = await Promise.all([
    household === null
      ? null
      : req.payload.db.findOne<Pick<Household, 'id' | 'unit'>>({
          collection: 'households',
          where: { id: { equals: household } },
          select: { unit: true },
          req,
        }),
    hasHours
      ? req.payload.db.findOne<Pick<VisitorPass, 'id' | 'days'>>({
          collection: 'visitor-passes',
          where: { id: { equals: row.id } },
          select: { days: true },
          req,
        })
      : null,
  ])
  return {
    ...row,
    days: days?.days ?? null,
    household,
    hostUnit: unit?.unit ?? null,
    estate: scanner.estate as number,
  }
}
export type ScannedPass = Awaited<ReturnType<typeof findScannedPass>>

/**
 * What a scan at `at` counts against: the pass's estate (and its time zone), its weekly schedule
 * if it is a recurring pass, and the estate's date of the scan — a recurring pass's uses count per
 * visit day. Shared by the online check-in and the upload of one made offline.
 */
export async function passUseContext(req: PayloadRequest, pass: ScannedPass, at: Date) {
  const estateId = idOf(pass.estate)!
  const estate = await readRecentEstate(req, estateId)
  const schedule = scheduleOf(pass)
  const recurring = schedule ? { schedule, timeZone: estate.timeZone } : null
  return { estateId, estate, schedule, recurring, day: localTime(at, estate.timeZone).day }
}

/** The uses a pass has had: all of them, or a recurring pass's on one day. */
export async function countPassUses(req: PayloadRequest, pass: ScannedPass, day: string | null) {
  // The adapter's count: the uses are server-only rows with no access or hooks to run.
  const { totalDocs } = await req.payload.db.count({
    collection: VISITOR_PASS_USES,
    where: { pass: { equals: pass.id }, ...(day ? { day: { equals: day } } : {}) },
    req,
  })
  return totalDocs
}

/** The unique place the n-th use takes: `<pass>#<n>`, or `<pass>#<day>#<n>` for a day's uses. */
export const useSlot = (passId: string | number, day: string | null, n: number) =>
  day ? `${String(passId)}#${day}#${n}` : `${String(passId)}#${n}`

/**
 * Takes a use's unique slot: the row is written with the adapter, not the create operation — a
 * server-only row (no access, no admin, its fields all set here) whose operation cost as much as
 * the rest of a scan, reading the row back with its relationships. Its id is read by the unique
 * slot. The collection's one hook, telling the boards who is inside, is made here the same way
 * (after the commit). A lost race for the slot is the adapter's unique conflict, as before.
 */
async function takeUse(req: PayloadRequest, data: Omit<VisitorPassUse, 'id'>) {
  await req.payload.db.create({ collection: VISITOR_PASS_USES, data, req, returning: false })
  const row = await req.payload.db.findOne<Pick<VisitorPassUse, 'id'>>({
    collection: VISITOR_PASS_USES,
    where: { slot: { equals: data.slot } },
    select: { slot: true },
    req,
  })
  announceAfterCommit(req, { estate: data.estate as RecordId, topic: 'visitors', household: null })
  return row!.id
}

/**
 * VIS-4: a guard at the gate or a lobby kiosk scans a visitor pass. The token is looked up by its
 * hash in the scanner's estate only; a revoked, expired, not yet valid or used-up pass is refused
 * with its reason. A recurring pass is valid only on its days and hours (the estate's time zone),
 * and its uses count per visit day. A pass whose visitor is on the estate's do-not-admit list (as
 * it is now, not as it was when the pass was given) is refused `do-not-admit`: the guard is told
 * why and calls the office; a kiosk only sends the visitor to the guard. A valid one takes the
 * next unique use slot before it answers, so parallel scans never check in more than `maxUses`
 * visitors (a day).
 */
export async function checkInWithPass(req: PayloadRequest, token: unknown, now = new Date()) {
  const scanner = scannerOf(req)
  const pass = await findScannedPass(req, scanner, token)
  const { estateId, estate, schedule, recurring, day } = await passUseContext(req, pass, now)
  const lang = requestLang(req)
  const maxUses = pass.maxUses ?? 1

  for (let attempt = 0; attempt < 50; attempt++) {
    const uses = await countPassUses(req, pass, recurring ? day : null)
    const state = passState({ ...pass, maxUses }, uses, now, recurring)
    if (state !== 'valid') {
      const reason = REFUSAL_OF_STATE[state]
      const params: Record<string, string> = {}
      let code: ErrorCode | undefined
      if (state === 'not-yet-valid') {
        params.from = formatEstateDateTime(pass.validFrom, estate.timeZone, lang)
      }
      if ((state === 'off-hours' || state === 'hours-over') && schedule) {
        params.schedule = describeSchedule(schedule, lang)
        code = `visitors.pass-${state}`
      }
      if (state === 'used-up' && recurring) {
        params.max = String(maxUses)
        code = 'visitors.pass-used-up-today'
      }
      throw new PassRefused(req, reason, STATUS[reason], params, code)
    }
    if (attempt === 0) {
      const warnings = await doNotAdmitWarnings(req, estateId, { name: pass.visitorName })
      if (warnings) {
        throw new PassRefused(
          req,
          'do-not-admit',
          STATUS['do-not-admit'],
          { name: pass.visitorName, reason: warnings.map((w) => w.reason).join('；') },
          scanner.place === 'kiosk'
            ? 'visitors.pass-do-not-admit-kiosk'
            : 'visitors.pass-do-not-admit',
        )
      }
    }
    try {
      const useId = await takeUse(req, {
        slot: useSlot(pass.id, recurring ? day : null, uses + 1),
        pass: pass.id,
        usedAt: now.toISOString(),
        day,
        estate: estateId,
        scannedBy: scanner.scannedBy,
        place: scanner.place,
        offline: false,
      })
      return {
        visitorName: pass.visitorName,
        hostUnit: pass.hostUnit,
        use: uses + 1,
        maxUses,
        perDay: recurring !== null,
        schedule: schedule ? describeSchedule(schedule, lang) : null,
        validUntil: pass.validUntil,
        checkedInAt: now.toISOString(),
        useId,
      }
    } catch (error) {
      // Another scan took this use at the same moment: count again.
      if (!isUniqueConflict(error, 'slot')) throw error
      await sleep(Math.floor(Math.random() * 5))
    }
  }
  throw new PassRefused(req, 'used-up', STATUS['used-up'])
}
