import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'

export const DELIVERY_CLAIMS = 'delivery-claims'

/**
 * Which process is sending an outbox message right now (src/jobs/sendNotification). The unique
 * `message` key is the claim: when two processes run the same delivery job, only one can insert
 * it, and only that one talks to the SMTP server. Server-only: no API, no admin screen.
 */
export const DeliveryClaims: CollectionConfig = {
  slug: DELIVERY_CLAIMS,
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    // The outbox message's id.
    { name: 'message', type: 'text', required: true, unique: true },
    { name: 'claimedAt', type: 'date', required: true },
  ],
}
