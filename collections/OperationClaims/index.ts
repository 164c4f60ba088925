import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'

export const OPERATION_CLAIMS = 'operation-claims'

/**
 * One-time operations on a record (signing a subscription's letter, its cancellation notice): the
 * unique `key` is the claim an operation takes before it writes anything, so of two at the same
 * moment exactly one goes on, on every database (SQLite here runs without transactions) and
 * across server processes. Server-only: no API, no admin screen.
 */
export const OperationClaims: CollectionConfig = {
  slug: OPERATION_CLAIMS,
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'claimedAt', type: 'date', required: true },
  ],
}
