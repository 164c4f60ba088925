import { setTimeout as sleep } from 'node:timers/promises'
import type { PayloadRequest } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { attemptsSpent, chargeAttempt } from '@/auth/attemptLimits'
import { readEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { idOf } from '@/domain/relations'
import { type ErrorCode } from '@/errors/catalogue'
import { CodedError, refuse } from '@/errors/refuse'
import { isUniqueConflict } from '@/errors/uniqueConflict'
import { VISITOR_PASS_USES } from '../../../collections/VisitorPassUses'
import { estatePassKey } from './estatePassKey'
import { hashPassToken, isPassTokenShape, type PassRefusal, passState } from './passRules'
import { isSignedPassTokenShape, verifyPassToken } from './passTokens'

/** A refusal of a scan: the coded message in the reader's language, and the reason's word. */
export class PassRefused extends CodedError {
  readonly reason: PassRefusal
  constructor(
    req: PayloadRequest,
    reason: PassRefusal,
    status: number,
    params: Record<string, string> = {},
  ) {
    super(req, `visitors.pass-${reason}` as ErrorCode, status, params)
    this.reason = reason
  }
}

const STATUS: Record<PassRefusal, number> = {
  expired: 410,
  'not-yet-valid': 409,
  revoked: 410,
  'used-up': 409,
  unknown: 404,
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
  const { docs } = await req.payload.find({
    collection: 'visitor-passes',
    where: {
      tokenHash: { equals: hashPassToken(token as string) },
      estate: { equals: scanner.estate },
    },
    limit: 1,
    depth: 1,
    populate: { households: { unit: true } },
    select: {
      visitorName: true,
      validFrom: true,
      validUntil: true,
      maxUses: true,
      status: true,
      household: true,
      estate: true,
    },
    req,
    overrideAccess: true,
  })
  return docs[0] ?? miss(404)
}
export type ScannedPass = Awaited<ReturnType<typeof findScannedPass>>

export const hostUnitOf = (pass: ScannedPass) =>
  (typeof pass.household === 'object' ? pass.household?.unit : null) ?? null

/**
 * VIS-4: a guard at the gate or a lobby kiosk scans a visitor pass. The token is looked up by its
 * hash in the scanner's estate only; a revoked, expired, not yet valid or used-up pass is refused
 * with its reason. A valid one takes the next unique use slot (`<pass>#<n>`) before it answers,
 * so parallel scans never check in more than `maxUses` visitors.
 */
export async function checkInWithPass(req: PayloadRequest, token: unknown, now = new Date()) {
  const scanner = scannerOf(req)
  const pass = await findScannedPass(req, scanner, token)

  for (let attempt = 0; attempt < 50; attempt++) {
    const uses = (
      await req.payload.count({
        collection: VISITOR_PASS_USES,
        where: { pass: { equals: pass.id } },
        req,
        overrideAccess: true,
      })
    ).totalDocs
    const state = passState({ ...pass, maxUses: pass.maxUses ?? 1 }, uses, now)
    if (state !== 'valid') {
      const params: Record<string, string> = {}
      if (state === 'not-yet-valid') {
        const estate = await readEstate(req, idOf(pass.estate))
        const lang = req.headers.get('accept-language')?.startsWith('en') ? 'en' : 'zh-TW'
        params.from = formatEstateDateTime(pass.validFrom, estate.timeZone, lang)
      }
      throw new PassRefused(req, state, STATUS[state], params)
    }
    try {
      await req.payload.create({
        collection: VISITOR_PASS_USES,
        data: {
          slot: `${String(pass.id)}#${uses + 1}`,
          pass: pass.id,
          usedAt: now.toISOString(),
          scannedBy: scanner.scannedBy,
          place: scanner.place,
        },
        depth: 0,
        overrideAccess: true,
        disableTransaction: true,
      })
      return {
        visitorName: pass.visitorName,
        hostUnit: hostUnitOf(pass),
        use: uses + 1,
        maxUses: pass.maxUses,
        validUntil: pass.validUntil,
        checkedInAt: now.toISOString(),
      }
    } catch (error) {
      // Another scan took this use at the same moment: count again.
      if (!isUniqueConflict(error, 'slot')) throw error
      await sleep(Math.floor(Math.random() * 5))
    }
  }
  throw new PassRefused(req, 'used-up', STATUS['used-up'])
}
