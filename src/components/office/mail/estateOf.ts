import type { Payload, TypedUser } from 'payload'

import { actorOf } from '@/access/actor'
import { DEFAULT_TIME_ZONE } from '@/domain/estates/timeZone'

/** The estate the staff member is working in, read as them: its names and time zone. */
export async function readEstateOf(payload: Payload, user: TypedUser) {
  const actor = actorOf({ user })
  const estate =
    actor.kind === 'staff' && actor.estate !== null
      ? await payload
          .findByID({
            collection: 'estates',
            id: actor.estate,
            depth: 0,
            user,
            overrideAccess: false,
          })
          .catch(() => null)
      : null
  return {
    id: estate?.id ?? null,
    name: estate?.name ?? '',
    nameEn: estate?.nameEn ?? estate?.name ?? '',
    address: estate?.address ?? '',
    timeZone: estate?.timeZone ?? DEFAULT_TIME_ZONE,
  }
}
