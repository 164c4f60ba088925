/**
 * A handover's receipt moves claimed → signed → complete (src/domain/passes/handOverPasses.ts).
 * Only a complete receipt is a signed-for handover; the others exist for a moment, or after a
 * crash until the server settles them at start-up.
 */
export const HANDOVER_STATES = ['claimed', 'signed', 'complete'] as const
export type HandoverState = (typeof HANDOVER_STATES)[number]

export const HANDOVER_STATE_LABELS: Record<HandoverState, { en: string; 'zh-TW': string }> = {
  claimed: { en: 'Started', 'zh-TW': '已開始' },
  signed: { en: 'Signed, being completed', 'zh-TW': '已簽名，處理中' },
  complete: { en: 'Complete', 'zh-TW': '已完成' },
}
