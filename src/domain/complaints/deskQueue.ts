import { stringify } from 'qs-esm'
import type { Where } from 'payload'

import { COMPLAINT_STATUSES } from './transitions'

/** The statuses the CS desk's queue shows: everything not yet closed. */
export const DESK_STATUSES = COMPLAINT_STATUSES.filter((s) => s !== 'closed')

/**
 * The CS desk's queue read: the open complaints of the estate (by the reader's access), by status
 * and oldest first, with only what the desk shows, the unit's number among it (kept on the
 * complaint: no household is read, at depth 0); no total is counted.
 * Sorted by status first because the desk groups by it, and because then the (estate, status,
 * createdAt) index gives the order: sorted by createdAt alone, SQLite's planner, which cannot see
 * that almost every complaint is closed, walks the createdAt index through all of them (0.5 s
 * among 100,000 against 1 ms). One definition, so the bench sends exactly the request the page
 * makes (see `deskQueueSearch`).
 */
export const DESK_QUEUE = {
  where: { status: { in: [...DESK_STATUSES] } } satisfies Where,
  sort: 'status,createdAt',
  limit: 500,
  pagination: false,
  depth: 0,
  select: {
    number: true,
    unit: true,
    residentName: true,
    department: true,
    status: true,
    major: true,
    respondBy: true,
    warnAt: true,
    committedTime: true,
    reopenCount: true,
    problem: true,
    createdAt: true,
  },
} as const

/** The same read as a REST query string: `GET /api/complaints?<this>`. */
export const deskQueueSearch = () => stringify(DESK_QUEUE, { encode: false })
