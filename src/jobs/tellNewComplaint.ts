import { commitTransaction, initTransaction, killTransaction, type TaskConfig } from 'payload'

import { takeClaim } from '@/domain/claims/takeClaim'
import { tellNewComplaint } from '@/domain/complaints/tellAboutComplaint'

/**
 * CMP-1, CMP-6, CMP-7: a new complaint's e-mails, stored in the outbox (GEN-4) after the request
 * that made it: the number to the household's portal accounts and a copy to each property
 * manager (marked major when it is by then). The request only queues this job, in its own
 * transaction, so the resident does not wait for the reads and writes of every message; the cron
 * runs it within seconds.
 *
 * Once per complaint, whoever runs it: Payload's runner may hand one job to two processes, so the
 * messages are stored under the complaint's claim, in one transaction with it; the second run
 * waits for the first's and finds the claim taken. Without transactions (MongoDB on one server)
 * a held claim sends the job back to wait, and a claim left by a crash is taken over after two
 * minutes, when each message's key keeps those stored already from being stored twice.
 */
export const tellNewComplaintTask: TaskConfig<'tellNewComplaint'> = {
  slug: 'tellNewComplaint',
  label: 'Tell the household and the managers about a new complaint',
  inputSchema: [{ name: 'complaintId', type: 'text', required: true }],
  outputSchema: [{ name: 'messages', type: 'number' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const ownTransaction = await initTransaction(req)
    try {
      const complaint = await req.payload.findByID({
        collection: 'complaints',
        id: input.complaintId,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })
      // Complaints are never deleted (GEN-2); a job naming none has nothing to tell.
      const inTransaction = Boolean(req.transactionID)
      const key = `complaint-told:${String(input.complaintId)}`
      if (!complaint || !(await takeClaim(req, key, async () => true, inTransaction))) {
        if (complaint && !inTransaction) {
          throw new Error(`complaint ${String(complaint.id)} is being told by another run`)
        }
        // Told by the run that holds the claim (PostgreSQL ended this transaction at the insert).
        if (ownTransaction) await killTransaction(req)
        return { output: { messages: 0 } }
      }
      const messages = (await tellNewComplaint(req, complaint)).length
      if (ownTransaction) await commitTransaction(req)
      return { output: { messages } }
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
  },
}
