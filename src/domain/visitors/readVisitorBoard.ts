import type { PayloadRequest } from 'payload'
import { Forbidden } from 'payload'

import { actorOf, type RecordId, sameRecord } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'
import { sharedReads } from '@/server/live/sharedReads'
import type { DoNotAdmitWarning } from './doNotAdmit'
import { readPassVisitorsInside } from './readVisitorsInside'
import { DEFAULT_VISITOR_RESPONSE_SECONDS, secondsWaited } from './rules'

/** The fields of a request a board row shows (`moves` is computed from `status`). */
const BOARD_FIELDS = {
  surname: true,
  organisation: true,
  plate: true,
  hostHousehold: true,
  hostDepartment: true,
  status: true,
  moves: true,
  confirmedBy: true,
  confirmedHow: true,
  createdAt: true,
  answeredAt: true,
  escalatedAt: true,
  checkedInAt: true,
  checkedOutAt: true,
  doNotAdmit: true,
  overrideNote: true,
} as const

/** How long answered and finished requests stay on a board after their last change. */
const RECENT_MS = 12 * 60 * 60 * 1000

export type BoardRow = {
  id: string | number
  surname: string
  organisation: string | null
  plate: string | null
  hostUnit: string | null
  hostDepartment: string | null
  status: string
  confirmedBy: string | null
  confirmedHow: string | null
  createdAt: string
  answeredAt: string | null
  escalatedAt: string | null
  checkedInAt: string | null
  checkedOutAt: string | null
  waitedSeconds: number
  overdue: boolean
  moves: { to: string; label: { en: string; 'zh-TW': string } }[]
  /** Do-not-admit entries the visitor matches: shown before anyone admits. */
  doNotAdmit: DoNotAdmitWarning[]
  overrideNote: string | null
}

/** Boards of one estate told of a change together share one read of what they all show. */
const estateBoards = sharedReads<Awaited<ReturnType<typeof readEstateBoard>>>()

/** The part of a board every reader of the estate with the same roles sees. */
async function readEstateBoard(req: PayloadRequest, estate: RecordId, now: Date) {
  const since = new Date(now.getTime() - RECENT_MS).toISOString()
  const [found, settings, passVisitors, letterhead] = await Promise.all([
    req.payload.find({
      collection: 'visitor-requests',
      where: {
        or: [
          { status: { in: ['waiting', 'admitted', 'checked-in'] } },
          { updatedAt: { greater_than_equal: since } },
        ],
      },
      sort: '-createdAt',
      limit: 200,
      // The host's unit only: at depth 1 every relationship would otherwise bring whole records
      // (createdBy, updatedBy and answeredBy are staff accounts with their memberships).
      depth: 1,
      select: BOARD_FIELDS,
      populate: { households: { unit: true } },
      req,
      user: req.user,
      overrideAccess: false,
    }),
    req.payload.find({
      collection: 'estate-settings',
      where: { estate: { equals: estate } },
      limit: 1,
      depth: 0,
      select: { visitorResponseSeconds: true },
      req,
      overrideAccess: true,
    }),
    readPassVisitorsInside(req.payload, estate, req),
    readEstate(req, estate),
  ])
  return { found, settings, passVisitors, estate: letterhead }
}

/**
 * What the gate and CS boards show (VIS-1 … VIS-3, VIS-5): every request still waiting, and those
 * answered, inside or gone in the last hours, read as the staff member (their estate only), with
 * how long each has waited by the server's clock, any do-not-admit warning, and the moves the
 * reader may make; and the visitors inside with a visitor pass (VIS-5, to check out). The boards
 * read it again whenever a change of the estate's visitors is announced (src/server/live, from
 * any server process) and poll it while they cannot hear of changes. Readers asking at the same
 * moment with the same roles share one read that began after they asked (src/server/live).
 */
export async function readVisitorBoard(req: PayloadRequest, { now = new Date() } = {}) {
  const actor = actorOf(req)
  if (actor.kind !== 'staff' || actor.estate === null) throw new Forbidden(req.t)
  const estateId = actor.estate
  // The moves and the fields shown depend on the reader's roles: one shared read per set of them.
  const sameView = `${String(estateId)}|${[...actor.roles].sort().join(',')}|${actor.allEstates}`
  const [{ found, settings, passVisitors, estate }, onDuty] = await Promise.all([
    estateBoards(sameView, () => readEstateBoard(req, estateId, now)),
    req.payload.findByID({
      collection: 'users',
      id: actor.id,
      depth: 0,
      select: { onDutyAt: true },
      req,
      overrideAccess: true,
    }),
  ])
  const limit = settings.docs[0]?.visitorResponseSeconds ?? DEFAULT_VISITOR_RESPONSE_SECONDS
  const rows: BoardRow[] = found.docs.map((doc) => {
    const host = doc.hostHousehold
    // A waiting request's time runs on; an answered one keeps how long it waited for the answer.
    const waited =
      doc.status === 'waiting'
        ? secondsWaited(doc.createdAt, now)
        : secondsWaited(doc.createdAt, new Date(doc.answeredAt ?? doc.createdAt))
    return {
      id: doc.id,
      surname: doc.surname,
      organisation: doc.organisation ?? null,
      plate: doc.plate ?? null,
      hostUnit: host && typeof host === 'object' ? (host.unit ?? null) : null,
      hostDepartment: doc.hostDepartment ?? null,
      status: doc.status ?? 'waiting',
      confirmedBy: doc.confirmedBy ?? null,
      confirmedHow: doc.confirmedHow ?? null,
      createdAt: doc.createdAt,
      answeredAt: doc.answeredAt ?? null,
      escalatedAt: doc.escalatedAt ?? null,
      checkedInAt: doc.checkedInAt ?? null,
      checkedOutAt: doc.checkedOutAt ?? null,
      waitedSeconds: waited,
      overdue: doc.status === 'waiting' && waited >= limit,
      moves: (doc.moves as BoardRow['moves']) ?? [],
      doNotAdmit: Array.isArray(doc.doNotAdmit) ? (doc.doNotAdmit as DoNotAdmitWarning[]) : [],
      overrideNote: doc.overrideNote ?? null,
    }
  })
  return {
    serverTime: now.toISOString(),
    responseSeconds: limit,
    timeZone: estate.timeZone,
    onDuty: sameRecord(idOf(onDuty.onDutyAt), actor.estate),
    requests: rows,
    passVisitors,
  }
}
