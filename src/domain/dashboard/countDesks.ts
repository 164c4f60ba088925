import { Forbidden, type Payload, type PayloadRequest } from 'payload'

import { actorOf } from '@/access/actor'

import { deskHref, desksForRoles } from './desks'

export type DeskCount = {
  key: string
  label: { en: string; 'zh-TW': string }
  count: number
  href: string
}

/**
 * Today's work for a staff member: each desk of their roles, counted as them (overrideAccess:
 * false), so the estate and need-to-know come from the collections' read access. A desk they may
 * not read is left out, not shown as 0.
 */
export async function countDesks(
  payload: Payload,
  user: PayloadRequest['user'],
  now = new Date(),
): Promise<DeskCount[]> {
  const actor = actorOf({ user })
  if (actor.kind !== 'staff' || actor.estate === null) return []
  const counted = await Promise.all(
    desksForRoles(actor.roles).map(async (desk) => {
      try {
        const { totalDocs } = await payload.count({
          collection: desk.collection,
          where: desk.where(now, actor.roles),
          user,
          overrideAccess: false,
        })
        return {
          key: desk.key,
          label: desk.label,
          count: totalDocs,
          href: deskHref(desk, now, actor.roles),
        }
      } catch (error) {
        if (error instanceof Forbidden) return null
        throw error
      }
    }),
  )
  return counted.filter((desk): desk is DeskCount => desk !== null)
}
