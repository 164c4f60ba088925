import type { CollectionBeforeChangeHook, Field, RelationshipField } from 'payload'

import { serverOwned, staffOnlyField } from '@/access'
import { ACTOR_KIND_LABELS } from '@/access/actor'

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

const WHO = {
  created: { en: 'Created by', 'zh-TW': '建立者' },
  updated: { en: 'Last changed by', 'zh-TW': '最後修改者' },
} as const

/**
 * `createdBy` / `updatedBy` (GEN-2): who created and last changed a record. Together with
 * `createdAt` / `updatedAt` and the collection's versions they keep who did what and when.
 * The server owns them: no client may write them.
 */
export const actorFields: Field[] = (['created', 'updated'] as const).map((when) => ({
  ...actorField(`${when}By`, WHO[when]),
  relationTo: [...ACTOR_COLLECTIONS],
}))

/** Records the acting user on every write; runs after field access has stripped client values. */
export const stampActor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const user = req.user
  if (!user || !(ACTOR_COLLECTIONS as readonly string[]).includes(user.collection)) return data
  const actor = { relationTo: user.collection, value: user.id }
  if (operation === 'create') data.createdBy = actor
  data.updatedBy = actor
  return data
}

type ActorCollection = (typeof ACTOR_COLLECTIONS)[number]

/** The ending of each kind's column: `createdByStaff`, `updatedByResident`, … */
const COLUMN_SUFFIX = { users: 'Staff', residents: 'Resident', kiosks: 'Kiosk' } as const

/** The column naming who created (`created`) or last changed (`updated`) a record of one kind. */
const actorColumn = (when: keyof typeof WHO, kind: ActorCollection) =>
  `${when}By${COLUMN_SUFFIX[kind]}`

/** "Created by (resident)": the kind is in the label, as filters and columns list each. */
const columnLabel = (when: keyof typeof WHO, kind: ActorCollection): Label => ({
  en: `${WHO[when].en} (${ACTOR_KIND_LABELS[kind].en.toLowerCase()})`,
  'zh-TW': `${WHO[when]['zh-TW']}（${ACTOR_KIND_LABELS[kind]['zh-TW']}）`,
})

/**
 * GEN-2 for a busy collection several kinds of actor write (complaints: staff and residents):
 * who created and who last changed it as one plain column per kind (`createdByStaff`,
 * `createdByResident`, `updatedByStaff`, …), each set only when that kind acted, instead of the
 * polymorphic `createdBy`/`updatedBy` (see staffActorField for why: every write carrying one
 * takes the SQL adapters' slow path, and the collection's versions carry them again). Shown
 * by name, only the one that is set, to staff only, like `createdBy`.
 */
export function actorColumnFields(kinds: readonly ActorCollection[]): RelationshipField[] {
  return (['created', 'updated'] as const).flatMap((when) =>
    kinds.map((kind) => ({
      ...actorField(actorColumn(when, kind), columnLabel(when, kind)),
      relationTo: kind,
    })),
  )
}

/**
 * Stamps `actorColumnFields`: the acting kind's columns get the actor, the other kinds' "last
 * changed by" is cleared (a record has one last author). A job or the system names nobody.
 */
export const stampActorColumns =
  (kinds: readonly ActorCollection[]): CollectionBeforeChangeHook =>
  ({ data, operation, req }) => {
    const user = req.user
    const acting = kinds.find((kind) => kind === user?.collection)
    if (!user || !acting) return data
    if (operation === 'create') data[actorColumn('created', acting)] = user.id
    for (const kind of kinds) data[actorColumn('updated', kind)] = kind === acting ? user.id : null
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
