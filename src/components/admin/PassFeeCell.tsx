'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatMoney } from '@/domain/money/formatMoney'
import { handoverText } from '@/i18n/handover'

/** A pass's fee in the admin's tables as people read money (50 元 / CNY 50.00); a free pass says so. */
export function PassFeeCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh-TW'
  if (typeof cellData !== 'number') return null
  if (cellData === 0) return <span>{handoverText(lang)('free')}</span>
  return <span>{formatMoney(cellData, rowData?.currency as string | undefined, lang)}</span>
}
