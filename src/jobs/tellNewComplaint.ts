import type { TaskConfig } from 'payload'

import { onceUnderClaim } from '@/domain/claims/onceUnderClaim'
import { tellNewComplaint } from '@/domain/complaints/tellAboutComplaint'

/**
 * CMP-1, CMP-6, CMP-7: a new complaint's e-mails, stored in the outbox (GEN-4) after the request
 * that made it: the number to the household's portal accounts and a copy to each property
 * manager (marked major when it is by then). The request only queues this job, in its own
 * transaction, so the resident does not wait for the reads and writes of every message; the cron
 * runs it within seconds. Once per complaint, whoever runs it (`onceUnderClaim`).
 */
export const tellNewComplaintTask: TaskConfig<'tellNewComplaint'> = {
  slug: 'tellNewComplaint',
  label: 'Tell the household and the managers about a new complaint',
  inputSchema: [{ name: 'complaintId', type: 'text', required: true }],
  outputSchema: [{ name: 'messages', type: 'number' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const complaint = await req.payload.findByID({
      collection: 'complaints',
      id: input.complaintId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    // Complaints are never deleted (GEN-2); a job naming none has nothing to tell.
    if (!complaint) return { output: { messages: 0 } }
    const queued = await onceUnderClaim(req, `complaint-told:${String(complaint.id)}`, () =>
      tellNewComplaint(req, complaint),
    )
    return { output: { messages: queued?.length ?? 0 } }
  },
}
