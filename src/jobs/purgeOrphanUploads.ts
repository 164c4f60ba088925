import type { TaskConfig } from 'payload'

import { purgeOrphanUploads } from '@/domain/uploads/purgeOrphanUploads'

/** Every hour: photos uploaded and never attached (or replaced) a day ago are deleted. */
export const purgeOrphanUploadsTask: TaskConfig<{
  input: object
  output: { deleted: Record<string, number> }
}> = {
  slug: 'purgeOrphanUploads',
  label: 'Delete photos nothing uses',
  schedule: [{ cron: process.env.ORPHAN_UPLOADS_CRON || '0 45 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: { deleted: await purgeOrphanUploads(req.payload) } }),
}
