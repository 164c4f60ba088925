import type { CollectionConfig, EditConfigWithoutRoot, Field } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * A document's API tab (its raw JSON and REST address) is a developer's view: the estate's
 * administrators see it, the rest of the staff do not. The data behind it is read access as ever.
 */
export const apiTabForAdminsOnly = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    const edit = (collection.admin?.components?.views?.edit ?? {}) as EditConfigWithoutRoot
    return {
      ...collection,
      admin: {
        ...collection.admin,
        components: {
          ...collection.admin?.components,
          views: {
            ...collection.admin?.components?.views,
            edit: {
              ...edit,
              api: {
                ...edit.api,
                tab: { ...edit.api?.tab, condition: ({ req }) => hasRole(req.user, 'admin') },
              },
            } as EditConfigWithoutRoot,
          },
        },
      },
    }
  })

const STAFF_NAME_FIELD = '/src/components/admin/ActorField#ActorField'

/** A read-only link to a staff account, which most roles may not open. */
const isStampedStaff = (field: Field) =>
  field.type === 'relationship' &&
  field.relationTo === 'users' &&
  !field.hasMany &&
  field.admin?.readOnly === true &&
  !field.admin?.components?.Field

function withStaffNames(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (isStampedStaff(field)) {
      const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
      return {
        ...field,
        admin: { ...admin, components: { ...admin.components, Field: STAFF_NAME_FIELD } },
      } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withStaffNames(tab.fields) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withStaffNames(field.fields) } as Field
    }
    return field
  })
}

/**
 * Who signed, decided or accepted (a staff member stamped by the server) is shown by name. Payload's
 * relationship field fetches the account as the reader; customer service may not open other staff
 * accounts and saw "未命名 - ID: 7".
 */
export const staffShownByName = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({ ...collection, fields: withStaffNames(collection.fields) }))
