import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access'

/**
 * A plain collection with no hooks, versions or query-shaped access, with the columns of `passes`
 * that the portal's pass list selects (so both lists read the same fields).
 * `npm run bench` measures it in the same run as the real collections, as the baseline their
 * rules are compared against; the mail bench fills it with a copy of its 1,000,000 mail items
 * (bench/seedMail.ts), the complaints bench with its 100,000 complaints (bench/seedComplaints.ts).
 * Admin-only and hidden; it holds no office data.
 */
export const BenchmarkBaselines: CollectionConfig = {
  slug: 'benchmark-baselines',
  admin: { hidden: true },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  // The complaints bench's queue baseline lists the open rows oldest first, as the CS desk lists
  // the open complaints through their (estate, status, createdAt) index.
  indexes: [{ fields: ['status', 'createdAt'] }],
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', index: true },
    { name: 'household', type: 'relationship', relationTo: 'households', index: true },
    { name: 'number', type: 'text' },
    { name: 'fee', type: 'number' },
    { name: 'currency', type: 'text' },
    { name: 'feePaidAt', type: 'date' },
    { name: 'status', type: 'select', options: ['prepared', 'active', 'lost', 'void'] },
    // Indexed for the mail bench's lookup baseline: the seed copies each mail item's pickup code
    // here, and the baseline reads a code's rows as the kiosk's lookup does (by an index).
    { name: 'qrToken', type: 'text', index: true },
    { name: 'ordinal', type: 'number' },
  ],
}
