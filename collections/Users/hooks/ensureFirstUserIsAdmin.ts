import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on the admin's "create first user" screen must be able to run the office. */
export const ensureFirstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) {
    const roles: string[] = Array.isArray(data.roles) ? data.roles : []
    data.roles = roles.includes('admin') ? roles : [...roles, 'admin']
  }
  return data
}
