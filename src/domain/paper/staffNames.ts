import type { Payload } from 'payload'

import { idOf } from '@/domain/relations'

type StaffRef = number | string | { id: number | string } | null | undefined

/**
 * The names of the staff members a printed record names (who recorded, confirmed, decided…).
 * A cs may not read other staff accounts (need to know), so a page for staff reads the names
 * alone, for this record's stamps only, and gives a lookup that is null for nobody.
 */
export async function staffNamesOf(payload: Payload, refs: StaffRef[]) {
  const ids = [...new Set(refs.map((ref) => idOf(ref)).filter((id) => id != null))]
  const names = new Map<string, string>()
  if (ids.length) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      select: { name: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const user of docs) names.set(String(user.id), user.name)
  }
  return (ref: StaffRef) => {
    const id = idOf(ref)
    return id == null ? null : (names.get(String(id)) ?? null)
  }
}
