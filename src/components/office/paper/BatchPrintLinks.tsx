import type { OfficeLang } from '@/i18n/office'
import { paperText } from '@/i18n/paper'

/** After an import: print every new household's receipts, or cards, in one go. */
export function BatchPrintLinks({
  lang,
  householdIds,
}: {
  lang: OfficeLang
  householdIds: (number | string)[]
}) {
  if (householdIds.length === 0) return null
  const t = paperText(lang)
  const list = householdIds.map(String).join(',')
  return (
    <p className="actions">
      <a className="button secondary" href={`/office/print?households=${list}&what=receipts`}>
        {t('printAllReceipts')}
      </a>
      <a className="button secondary" href={`/office/print?households=${list}&what=cards`}>
        {t('printAllCards')}
      </a>
    </p>
  )
}
