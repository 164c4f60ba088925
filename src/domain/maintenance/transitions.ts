import { defineWorkflow } from '@/domain/workflow/defineWorkflow'

export const NOTICE_STATUSES = ['draft', 'signed', 'done'] as const
export type NoticeStatus = (typeof NOTICE_STATUSES)[number]
export const NOTICE_STATUS_LABELS = {
  draft: { en: 'Draft: waiting for the supervisor', 'zh-TW': '草稿：待主管簽署' },
  signed: { en: 'Signed: sent to Engineering', 'zh-TW': '主管已簽署：已通知機電部' },
  done: { en: 'Done: signed by follow-up and worker', 'zh-TW': '已完成：跟進客服及維修人員已簽' },
} as const

/**
 * CMP-4: a Maintenance Notice reaches Engineering only once the supervisor signs it (the
 * `supervisor-sign` operation), and is done only when both the CS follow-up and the maintenance
 * worker have signed (the `complete` operation, made by the second signature). No plain status
 * change can do either.
 */
export const NOTICE_WORKFLOW = defineWorkflow({
  name: 'maintenance-notice',
  states: NOTICE_STATUSES,
  labels: NOTICE_STATUS_LABELS,
  operations: ['supervisor-sign', 'complete'],
  moves: [
    { from: 'draft', to: 'signed', by: ['supervisor-sign'], refusal: 'notice.sign-to-send' },
    { from: 'signed', to: 'done', by: ['complete'], refusal: 'notice.both-signatures' },
  ],
})

export const NOTICE_SIGNERS = ['supervisor', 'follow-up', 'worker'] as const
export type NoticeSigner = (typeof NOTICE_SIGNERS)[number]

/** Which signature a request may add now, or the refusal. Pure: the table of who signs what. */
export function signingRefusal(
  signer: unknown,
  notice: {
    status: NoticeStatus
    followUpBy?: string | number | null
    followUpSignedAt?: string | null
    workerSignedAt?: string | null
  },
  who: { id: string | number; roles: readonly string[] },
):
  | 'notice.signer-unknown'
  | 'notice.supervisor-only'
  | 'notice.already-signed'
  | 'notice.not-signed-yet'
  | 'notice.follow-up-only'
  | 'notice.worker-only'
  | null {
  if (!(NOTICE_SIGNERS as readonly unknown[]).includes(signer)) return 'notice.signer-unknown'
  if (signer === 'supervisor') {
    if (!who.roles.some((r) => r === 'supervisor' || r === 'manager'))
      return 'notice.supervisor-only'
    return notice.status === 'draft' ? null : 'notice.already-signed'
  }
  if (notice.status === 'draft') return 'notice.not-signed-yet'
  if (notice.status === 'done') return 'notice.already-signed'
  if (signer === 'follow-up') {
    if (notice.followUpBy == null || String(notice.followUpBy) !== String(who.id)) {
      return 'notice.follow-up-only'
    }
    return notice.followUpSignedAt ? 'notice.already-signed' : null
  }
  if (!who.roles.includes('engineering')) return 'notice.worker-only'
  return notice.workerSignedAt ? 'notice.already-signed' : null
}
