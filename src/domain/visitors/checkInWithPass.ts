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
import { hashPassToken, isPassTokenShape, type PassRefusal, passState } from './passRules'

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

/**
 * VIS-4: a guard at the gate or a lobby kiosk scans a visitor pass. The token is looked up by its
 * hash in the scanner's estate only; a revoked, expired, not yet valid or used-up pass is refused
 * with its reason. A valid one takes the next unique use slot (`<pass>#<n>`) before it answers,
 * so parallel scans never check in more than `maxUses` visitors. Unknown tokens count against the
 * device (10 per 15 minutes), and a spent device is refused every scan until its window passes.
 */
export async function checkInWithPass(req: PayloadRequest, token: unknown, now = new Date()) {
  const actor = actorOf(req)
  const scanner = actor.kind === 'kiosk' ? 'kiosk' : actorHasRole(actor, 'guard') ? 'gate' : null
  if (!scanner || actor.kind === 'anonymous' || actor.estate === null) {
    refuse(req, 'visitors.pass-scanner-only', 403)
  }
  const device = `${actor.kind}:${String(actor.id)}`
  const spent = await attemptsSpent(req, 'visitorPassMissesByDevice', device)
  if (spent) refuse(req, 'visitors.pass-too-many-scans', 429, { minutes: spent })
  const miss = async (status: number) => {
    const wait = await chargeAttempt(req, [['visitorPassMissesByDevice', device]])
    if (wait) refuse(req, 'visitors.pass-too-many-scans', 429, { minutes: wait })
    throw new PassRefused(req, 'unknown', status)
  }
  if (!isPassTokenShape(token)) return miss(400)
  const { docs } = await req.payload.find({
    collection: 'visitor-passes',
    where: { tokenHash: { equals: hashPassToken(token) }, estate: { equals: actor.estate } },
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
  const pass = docs[0]
  if (!pass) return miss(404)
  const unit = typeof pass.household === 'object' ? pass.household?.unit : null

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
          scannedBy: {
            relationTo: actor.kind === 'kiosk' ? 'kiosks' : 'users',
            value: actor.id as number,
          },
          place: scanner,
        },
        depth: 0,
        overrideAccess: true,
        disableTransaction: true,
      })
      return {
        visitorName: pass.visitorName,
        hostUnit: unit ?? null,
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
