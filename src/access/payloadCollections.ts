import type { Access, CollectionBeforeChangeHook, Endpoint, SanitizedConfig, Where } from 'payload'
import { Forbidden } from 'payload'

import { staffOnly } from './index'
import { isStaff } from './roles'

/** A lock is always held by the staff member who takes it, whatever the client sends as `user`. */
const lockAsActingUser: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user) data.user = { relationTo: req.user.collection, value: req.user.id }
  return data
}

/**
 * A lock may be taken only on a record its taker may read: staff of one estate cannot lock another
 * estate's records and so keep its staff from editing them (423).
 */
const lockOnlyWhatYouMayRead: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const document = data.document as { relationTo?: string; value?: unknown } | undefined
  if (operation !== 'create' || !document?.relationTo || document.value === undefined) return data
  const readable = await req.payload
    .count({
      collection: document.relationTo as 'households',
      where: { id: { equals: document.value } },
      user: req.user,
      overrideAccess: false,
      req,
    })
    .catch(() => ({ totalDocs: 0 }))
  if (readable.totalDocs === 0) throw new Forbidden(req.t)
  return data
}

/** Preferences (column choices, last locale) belong to staff, each to their own. */
const ownPreferencesOfStaff: Access = ({ req }) => {
  if (!isStaff(req.user)) return false
  const own: Where[] = [
    { 'user.value': { equals: req.user!.id } },
    { 'user.relationTo': { equals: 'users' } },
  ]
  return { and: own }
}

const staffOnlyEndpoint = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: (req) => {
    if (!isStaff(req.user)) throw new Forbidden(req.t)
    return endpoint.handler(req)
  },
})

/**
 * Payload adds `payload-locked-documents` and `payload-preferences` with default access: any
 * logged-in principal (a resident, a kiosk) could forge a lock in a staff member's name and block
 * edits with 423 (issue 6 #2). They exist only for the admin panel, so only staff use them.
 */
export function restrictPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      collection.access = {
        ...collection.access,
        read: staffOnly,
        create: staffOnly,
        update: staffOnly,
        delete: staffOnly,
        readVersions: () => false,
      }
      collection.hooks.beforeChange = [
        lockAsActingUser,
        lockOnlyWhatYouMayRead,
        ...collection.hooks.beforeChange,
      ]
    }
    if (collection.slug === 'payload-preferences') {
      collection.access = {
        ...collection.access,
        read: ownPreferencesOfStaff,
        create: staffOnly,
        update: ownPreferencesOfStaff,
        delete: ownPreferencesOfStaff,
      }
      // Its own /:key endpoints skip collection access and serve any logged-in principal.
      if (Array.isArray(collection.endpoints)) {
        collection.endpoints = collection.endpoints.map(staffOnlyEndpoint)
      }
    }
  }
  return config
}
