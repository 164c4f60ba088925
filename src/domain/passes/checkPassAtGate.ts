import path from 'node:path'

import type { PayloadRequest } from 'payload'
import sharp from 'sharp'

import { actorHasRole, actorOf } from '@/access/actor'
import { attemptsSpent, chargeAttempt } from '@/auth/attemptLimits'
import { idOf } from '@/domain/relations'
import { refuse } from '@/errors/refuse'
import { PASS_STATUS_LABELS, type PassStatus } from './transitions'

/** What the gate is shown of a resident's access pass: enough to let the holder in, no more. */
export type PassAtGate = {
  number: string | null
  status: PassStatus
  statusLabel: { en: string; 'zh-TW': string }
  /** Only an active pass lets its holder in; a lost, void or not handed over one is caught. */
  admit: boolean
  holder: string
  unit: string | null
  /** The member's photo, when the register keeps one. */
  photo: { url: string; alt: string } | null
}

const CODE = /^[A-Za-z0-9_-][A-Za-z0-9_.\- ]{0,63}$/

/**
 * The member's photo, if the register has one, as a small inline image: the guard sees the photo
 * of the pass just scanned and nothing else — member photos stay unreadable to guards through the
 * API (need to know). A file that cannot be read is shown as no photo, never an error at the gate.
 */
async function photoOf(
  req: PayloadRequest,
  member: { photo?: unknown },
  holder: string,
): Promise<PassAtGate['photo']> {
  const photoId = idOf(member.photo as number | { id: number } | null | undefined)
  if (photoId === null || photoId === undefined) return null
  const photo = await req.payload.findByID({
    collection: 'member-photos',
    id: photoId,
    depth: 0,
    select: { filename: true },
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const staticDir = req.payload.collections['member-photos'].config.upload.staticDir
  if (!photo?.filename || !staticDir) return null
  try {
    const file = path.join(staticDir, path.basename(photo.filename))
    const small = await sharp(file).rotate().resize(240, 300, { fit: 'cover' }).jpeg().toBuffer()
    return { url: `data:image/jpeg;base64,${small.toString('base64')}`, alt: holder }
  } catch {
    return null
  }
}

/**
 * Residents' own passes at the gate (PAS, issue 10): the guard (or Security) scans a resident's
 * access pass QR or types its number and sees the holder, the unit, the photo and the status, so
 * a lost or void pass is caught at the gate. Looked up in the guard's estate only; codes that
 * match nothing count against the device (10 per 15 minutes), like visitor pass scans. The answer
 * carries nothing the gate does not need (no token, no fee, no household's other members).
 */
export async function checkPassAtGate(req: PayloadRequest, code: unknown): Promise<PassAtGate> {
  const actor = actorOf(req)
  if (
    actor.kind !== 'staff' ||
    actor.estate === null ||
    !actorHasRole(actor, 'guard', 'security')
  ) {
    refuse(req, 'passes.gate-check-by-guard', 403)
  }
  const device = `staff:${String(actor.id)}`
  const spent = await attemptsSpent(req, 'residentPassMissesByDevice', device)
  if (spent) refuse(req, 'passes.gate-too-many', 429, { minutes: spent })
  const miss = async (status: number): Promise<never> => {
    const wait = await chargeAttempt(req, [['residentPassMissesByDevice', device]])
    if (wait) refuse(req, 'passes.gate-too-many', 429, { minutes: wait })
    refuse(req, 'passes.gate-unknown', status)
  }
  const typed = typeof code === 'string' ? code.trim() : ''
  if (!CODE.test(typed)) return miss(400)
  const { docs } = await req.payload.find({
    collection: 'passes',
    where: {
      estate: { equals: actor.estate },
      or: [
        { qrToken: { equals: typed } },
        { number: { equals: typed } },
        { number: { equals: typed.toUpperCase() } },
      ],
    },
    limit: 1,
    depth: 0,
    select: { number: true, status: true, member: true, household: true },
    req,
    overrideAccess: true,
  })
  const pass = docs[0]
  if (!pass) return miss(404)
  const [member, household] = await Promise.all([
    req.payload.findByID({
      collection: 'members',
      id: typeof pass.member === 'object' ? pass.member.id : pass.member,
      depth: 0,
      select: { name: true, photo: true },
      req,
      overrideAccess: true,
    }),
    pass.household
      ? req.payload.findByID({
          collection: 'households',
          id: typeof pass.household === 'object' ? pass.household.id : pass.household,
          depth: 0,
          select: { unit: true },
          req,
          overrideAccess: true,
        })
      : null,
  ])
  const status = (pass.status ?? 'prepared') as PassStatus
  return {
    number: pass.number ?? null,
    status,
    statusLabel: PASS_STATUS_LABELS[status],
    admit: status === 'active',
    holder: member.name,
    unit: household?.unit ?? null,
    photo: await photoOf(req, member, member.name),
  }
}
