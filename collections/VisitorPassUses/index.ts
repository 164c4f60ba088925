import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { announceLiveChange } from '../../hooks/announceLiveChange'

export const VISITOR_PASS_USES = 'visitor-pass-uses'

const liveBoards = announceLiveChange('visitors')

/**
 * VIS-4: one row per use of a visitor pass. Its unique `slot` (`<pass>#<n>`, n from 1 to the
 * pass's uses) is taken before the check-in is answered, so two scans of the same pass at the
 * same moment at the gate and the kiosk give at most `maxUses` check-ins on every database.
 * A check-in a device made while cut off from the server is uploaded later and kept even beyond
 * the pass's uses (it happened), flagged to Security.
 * A recurring pass's slot is `<pass>#<day>#<n>`: its uses count per visit day. A use stays
 * "inside" (VIS-5) until the guard checks the visitor out (`checkedOutAt`).
 * Server-only: the pass shows its uses; no API, no admin screen. A check-in writes its row with
 * the adapter (`takeUse` in src/domain/visitors/checkInWithPass.ts, the gate's hot path) and tells
 * the boards itself; every other write goes through the operations and the hooks below.
 */
export const VisitorPassUses: CollectionConfig = {
  slug: VISITOR_PASS_USES,
  typescript: { interface: 'VisitorPassUse' },
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  // A check-in or check-out with a pass changes who the gate and CS boards list as inside.
  hooks: { afterChange: [liveBoards.afterChange], afterDelete: [liveBoards.afterDelete] },
  fields: [
    { name: 'slot', type: 'text', required: true, unique: true },
    {
      name: 'pass',
      type: 'relationship',
      relationTo: 'visitor-passes',
      required: true,
      index: true,
    },
    { name: 'usedAt', type: 'date', required: true },
    // Who scanned it: a guard's account or a kiosk.
    { name: 'scannedBy', type: 'relationship', relationTo: ['users', 'kiosks'] },
    { name: 'place', type: 'select', options: ['gate', 'kiosk'], required: true },
    // An offline check-in uploaded later: the device's key (`<estate>:<Idempotency-Key>`) makes a
    // replayed upload answer the same, once; `flag` is why it would have been refused online.
    { name: 'idempotencyKey', type: 'text', unique: true },
    { name: 'offline', type: 'checkbox', defaultValue: false },
    { name: 'uploadedAt', type: 'date' },
    {
      name: 'flag',
      type: 'select',
      options: ['used-up', 'revoked', 'expired', 'not-yet-valid'],
    },
    // The estate's day of the visit (YYYY-MM-DD, its time zone): a recurring pass counts uses per day.
    { name: 'day', type: 'text', index: true },
    // VIS-5: the estate, to list who is inside; the guard's check-out when the visitor leaves.
    { name: 'estate', type: 'relationship', relationTo: 'estates', index: true },
    { name: 'checkedOutAt', type: 'date', index: true },
    { name: 'checkedOutBy', type: 'relationship', relationTo: 'users' },
  ],
}
