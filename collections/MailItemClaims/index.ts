import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'

export const MAIL_ITEM_CLAIMS = 'mail-item-claims'

/**
 * MAIL-5: the unique `item` key is the claim a pickup takes on each item before it records
 * anything, so two kiosks confirming the same item at once give exactly one success, on every
 * database (SQLite here runs without transactions). Server-only: no API, no admin screen.
 */
export const MailItemClaims: CollectionConfig = {
  slug: MAIL_ITEM_CLAIMS,
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'item', type: 'text', required: true, unique: true },
    // The pickup (its idempotency key) holding the claim, and when it took it.
    { name: 'pickup', type: 'text', required: true },
    { name: 'claimedAt', type: 'date', required: true },
  ],
}
