import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'

export const ATTEMPT_COUNTERS = 'attempt-counters'

/**
 * One row per counted attempt at a sign-in door or a rate-limited request (src/auth/attemptLimits).
 * Kept in the database, not in a process's memory, so every server process on one database counts
 * the same attempts. Server-only: no API, no admin screen; rows expire with their window.
 */
export const AttemptCounters: CollectionConfig = {
  slug: ATTEMPT_COUNTERS,
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    // The counter and whose attempt it is, e.g. `la:127.0.0.1` (long keys are hashed).
    { name: 'key', type: 'text', required: true, index: true },
    // When this attempt stops counting: the end of its counter's window.
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
