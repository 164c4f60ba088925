import type { CollectionSlug, Payload } from 'payload'

/**
 * Where each kind of uploaded photo is used. A photo is uploaded first and attached afterwards
 * (a resident's complaint photos, a worker's photo, a parcel's photo), or replaced (a member's
 * new photo): one that nothing uses a day after its upload is an orphan.
 */
export const UPLOAD_USES = [
  { upload: 'complaint-photos', usedBy: 'complaints', field: 'photos' },
  { upload: 'permit-photos', usedBy: 'work-permits', field: 'workers.photo' },
  { upload: 'mail-photos', usedBy: 'mail-items', field: 'photo' },
  { upload: 'member-photos', usedBy: 'members', field: 'photo' },
] as const satisfies readonly { upload: CollectionSlug; usedBy: CollectionSlug; field: string }[]

/** How long an unattached upload is kept: a form left open over lunch still finds its photos. */
export const ORPHAN_GRACE_HOURS = 24

type Id = string | number

/** The ids a record's `field` (a dotted path through arrays: `workers.photo`) points at. */
export function idsAt(value: unknown, path: string[]): string[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap((v) => idsAt(v, path))
  if (path.length === 0) {
    if (typeof value === 'object') return idsAt((value as { id?: unknown }).id, [])
    return typeof value === 'string' || typeof value === 'number' ? [String(value)] : []
  }
  if (typeof value !== 'object') return []
  const [head, ...rest] = path
  return idsAt((value as Record<string, unknown>)[head!], rest)
}

/**
 * Deletes (record and file) the uploads nothing uses that are older than the grace period, up to
 * `limit` of each kind per run, oldest first. Server housekeeping (a job): no access applies.
 * Returns how many of each kind were deleted.
 */
export async function purgeOrphanUploads(
  payload: Payload,
  {
    now = new Date(),
    limit = 500,
    estate,
  }: { now?: Date; limit?: number; /** one estate's only (all when absent) */ estate?: Id } = {},
): Promise<Record<string, number>> {
  const before = new Date(now.getTime() - ORPHAN_GRACE_HOURS * 3600_000).toISOString()
  const deleted: Record<string, number> = {}
  for (const { upload, usedBy, field } of UPLOAD_USES) {
    const candidates = await payload.find({
      collection: upload,
      where: {
        createdAt: { less_than: before },
        ...(estate !== undefined ? { estate: { equals: estate } } : {}),
      },
      sort: 'createdAt',
      limit,
      pagination: false,
      depth: 0,
      select: { createdAt: true },
      overrideAccess: true,
    })
    const ids = candidates.docs.map((d) => d.id as Id)
    if (!ids.length) {
      deleted[upload] = 0
      continue
    }
    const path = field.split('.')
    const users = await payload.find({
      collection: usedBy,
      where: { [field]: { in: ids } },
      limit: 0,
      pagination: false,
      depth: 0,
      select: { [path[0]!]: true },
      overrideAccess: true,
    })
    const used = new Set(users.docs.flatMap((doc) => idsAt(doc, path)))
    const orphans = ids.filter((id) => !used.has(String(id)))
    if (orphans.length) {
      await payload.delete({
        collection: upload,
        where: { id: { in: orphans } },
        depth: 0,
        overrideAccess: true,
      })
    }
    deleted[upload] = orphans.length
  }
  return deleted
}
