import type { CollectionBeforeChangeHook, Field } from 'payload'

import { serverOwned, staffOnlyField } from '@/access'

/** The auth collections whose members can act on records. */
export const ACTOR_COLLECTIONS = ['users', 'residents', 'kiosks'] as const

/**
 * `createdBy` / `updatedBy` (GEN-2): who created and last changed a record. Together with
 * `createdAt` / `updatedAt` and the collection's versions they keep who did what and when.
 * The server owns them: no client may write them.
 */
export const actorFields: Field[] = (['createdBy', 'updatedBy'] as const).map((name) => ({
  name,
  type: 'relationship',
  relationTo: [...ACTOR_COLLECTIONS],
  label: name === 'createdBy' ? { en: 'Created by', 'zh-TW': '建立者' } : { en: 'Last changed by', 'zh-TW': '最後修改者' },
  // Residents and kiosks never learn which staff member touched a record (issue 6 #3).
  access: { ...serverOwned, read: staffOnlyField },
  // Records seeded by the system have no actor: show the field only when there is one.
  admin: {
    readOnly: true,
    position: 'sidebar',
    condition: (data) => Boolean(data?.[name]),
    // The name, not Payload's "未命名 - ID: 1" for an account the reader may not open.
    components: { Field: '/src/components/admin/ActorField#ActorField' },
  },
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
