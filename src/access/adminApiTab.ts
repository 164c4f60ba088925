import type { CollectionConfig, EditConfigWithoutRoot } from 'payload'

import { hasRole } from './roles'

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
