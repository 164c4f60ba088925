import type { CollectionBeforeChangeHook, Field, RelationshipField } from 'payload'

import { serverOwned, staffOnlyField } from '@/access'

/** The auth collections whose members can act on records. */
export const ACTOR_COLLECTIONS = ['users', 'residents', 'kiosks'] as const

type Label = Record<'en' | 'zh-TW', string>

/**
 * What every field naming who did something shares: the server writes it, only staff read it
 * (residents and kiosks never learn which staff member touched a record, issue 6 #3), and the
 * admin shows it by name (ActorField), not as Payload's "未命名 - ID: 1" for an account the
 * reader may not open. Records seeded by the system have no actor: shown only when there is one.
 */
const actorField = (name: string, label: Label) => ({
  name,
  type: 'relationship' as const,
  label,
  access: { ...serverOwned, read: staffOnlyField },
  admin: {
    readOnly: true,
    position: 'sidebar' as const,
    condition: (data: Record<string, unknown>) => Boolean(data?.[name]),
    components: { Field: '/src/components/admin/ActorField#ActorField' },
  },
})

/**
 * `createdBy` / `updatedBy` (GEN-2): who created and last changed a record. Together with
 * `createdAt` / `updatedAt` and the collection's versions they keep who did what and when.
 * The server owns them: no client may write them.
 */
export const actorFields: Field[] = [
  {
    ...actorField('createdBy', { en: 'Created by', 'zh-TW': '建立者' }),
    relationTo: [...ACTOR_COLLECTIONS],
  },
  {
    ...actorField('updatedBy', { en: 'Last changed by', 'zh-TW': '最後修改者' }),
    relationTo: [...ACTOR_COLLECTIONS],
  },
]

/** Records the acting user on every write; runs after field access has stripped client values. */
export const stampActor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const user = req.user
  if (!user || !(ACTOR_COLLECTIONS as readonly string[]).includes(user.collection)) return data
  const actor = { relationTo: user.collection, value: user.id }
  if (operation === 'create') data.createdBy = actor
  data.updatedBy = actor
  return data
}

/**
 * For a busy collection only staff act on by hand (mail items, the outbox): who did it as a plain
 * `users` column instead of the polymorphic `createdBy`/`updatedBy`. Payload's SQL adapters keep
 * a polymorphic relationship in a side table, and every write carrying one upserts the whole row,
 * rewrites that table and reads the row back joined; a write without one is a single statement.
 * Later changes are kept where the collection keeps them, not on the record (mail items: the
 * record of changes, `status-changes`; the outbox: its delivery's own fields).
 * Set on create by `stampStaffActor`; staff read it, residents and kiosks never do.
 */
export function staffActorField(name: string, label: Label): RelationshipField {
  return { ...actorField(name, label), relationTo: 'users' }
}

/** Stamps a `staffActorField` with the staff member creating the record (nobody otherwise). */
export const stampStaffActor =
  (name: string): CollectionBeforeChangeHook =>
  ({ data, operation, req }) => {
    if (operation === 'create' && req.user?.collection === 'users') data[name] = req.user.id
    return data
  }
