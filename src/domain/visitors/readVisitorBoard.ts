import type { PayloadRequest } from 'payload'
import { Forbidden } from 'payload'

import { actorOf, type RecordId, sameRecord } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'
import { sharedReads } from '@/server/live/sharedReads'
import { mayCheckOutPassVisitors } from './checkOutPassVisitor'
import type { DoNotAdmitWarning } from './doNotAdmit'
import { type InsideVisitor, readLatestVisitorsInside } from './readVisitorsInside'
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
/** At most this many requests waiting or admitted (a gate has a handful). */
const BOARD_OPEN_SHOWN = 200
/** At most this many refused or gone in the last hours, the latest first. */
const BOARD_RECENT_SHOWN = 30
/**
 * How many of the visitors inside a board shows, the latest checked in, beside the count of all
 * of them; the others are found through the inside list (`GET /api/visitor-requests/inside`).
 */
export const BOARD_INSIDE_SHOWN = 20

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

/** The visitors inside on a board: how many, and the latest of them. */
export type BoardInside = { count: number; shown: number; latest: InsideVisitor[] }

/** Boards of one estate told of a change together share one read of what they all show. */
const estateBoards = sharedReads<Awaited<ReturnType<typeof readEstateBoard>>>()

/**
 * The part of a board every reader of the estate with the same roles sees. Every query is bounded
 * and flat (depth 0, the fields shown): the host units come in one query by id at the end.
 */
async function readEstateBoard(req: PayloadRequest, estate: RecordId, now: Date) {
  const since = new Date(now.getTime() - RECENT_MS).toISOString()
  const asReader = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const [open, recent, settings, inside, letterhead] = await Promise.all([
    req.payload.find({
      collection: 'visitor-requests',
      where: { status: { in: ['waiting', 'admitted'] } },
      sort: '-createdAt',
      limit: BOARD_OPEN_SHOWN,
      pagination: false,
      select: BOARD_FIELDS,
      ...asReader,
    }),
    req.payload.find({
      collection: 'visitor-requests',
      where: {
        status: { in: ['refused', 'checked-out'] },
        updatedAt: { greater_than_equal: since },
      },
      sort: '-updatedAt',
      limit: BOARD_RECENT_SHOWN,
      pagination: false,
      select: BOARD_FIELDS,
      ...asReader,
    }),
    req.payload.find({
      collection: 'estate-settings',
      where: { estate: { equals: estate } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: { visitorResponseSeconds: true },
      req,
      overrideAccess: true,
    }),
    readLatestVisitorsInside(
      { req, estate, mayCheckOutPassVisitors: mayCheckOutPassVisitors(actorOf(req)) },
      BOARD_INSIDE_SHOWN,
    ),
    readEstate(req, estate),
  ])
  const requests = [...open.docs, ...recent.docs]
  const householdIds = [
    ...new Set(
      requests.flatMap((doc) => {
        const id = idOf(doc.hostHousehold)
        return id === undefined || id === null ? [] : [String(id)]
      }),
    ),
  ]
  const households = householdIds.length
    ? await req.payload.find({
        collection: 'households',
        where: { id: { in: householdIds } },
        limit: householdIds.length,
        pagination: false,
        depth: 0,
        select: { unit: true },
        req,
        overrideAccess: true,
      })
    : { docs: [] }
  const units = new Map(households.docs.map((h) => [String(h.id), h.unit]))
  return { requests, units, settings, inside, estate: letterhead }
}

/**
 * What the gate and CS boards show (VIS-1 … VIS-3, VIS-5): every request still waiting or
 * admitted, and the latest answered or gone in the last hours, read as the staff member (their
 * estate only), with how long each has waited by the server's clock, any do-not-admit warning,
 * and the moves the reader may make; and how many visitors are inside (by request or visitor
 * pass, VIS-5) with the latest of them, to check out — not all of them: the board stays as small
 * as a gate's work whatever the number inside, and the inside list pages through them. The
 * boards read it again whenever a change of the estate's visitors is announced (src/server/live,
 * from any server process) and poll it while they cannot hear of changes. Readers asking at the
 * same moment with the same roles share one read that began after they asked (src/server/live).
 */
export async function readVisitorBoard(req: PayloadRequest, { now = new Date() } = {}) {
  const actor = actorOf(req)
  if (actor.kind !== 'staff' || actor.estate === null) throw new Forbidden(req.t)
  const estateId = actor.estate
  // The moves and the fields shown depend on the reader's roles: one shared read per set of them.
  const sameView = `${String(estateId)}|${[...actor.roles].sort().join(',')}|${actor.allEstates}`
  const [{ requests, units, settings, inside, estate }, onDuty] = await Promise.all([
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
  const rows: BoardRow[] = requests.map((doc) => {
    const host = idOf(doc.hostHousehold)
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
      hostUnit: host === undefined || host === null ? null : (units.get(String(host)) ?? null),
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
  const boardInside: BoardInside = { ...inside, shown: BOARD_INSIDE_SHOWN }
  return {
    serverTime: now.toISOString(),
    responseSeconds: limit,
    timeZone: estate.timeZone,
    onDuty: sameRecord(idOf(onDuty.onDutyAt), actor.estate),
    requests: rows,
    inside: boardInside,
  }
}
