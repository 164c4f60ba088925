'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { DeadlineBadge } from '@/components/complaints/DeadlineBadge'
import { deadlineState } from '@/domain/complaints/rules'
import { DEFAULT_TIME_ZONE, formatEstateDateTime } from '@/domain/estates/timeZone'
import './ComplaintDeadline.scss'

/**
 * Deadlines: a complaint's response time in the admin's list, in the estate's time zone, marked
 * "due soon" or "overdue" while it still waits for its plan.
 */
export function ComplaintDeadlineCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh-TW'
  if (typeof cellData !== 'string') return null
  const zone = (rowData?.respondBy_tz as string | undefined) ?? DEFAULT_TIME_ZONE
  const state = deadlineState(
    {
      status: rowData?.status as string | undefined,
      respondBy: cellData,
      warnAt: rowData?.warnAt as string | undefined,
    },
    new Date(),
  )
  return (
    <span>
      {formatEstateDateTime(cellData, zone, lang, { time: true })}
      <DeadlineBadge state={state} lang={lang} />
    </span>
  )
}
