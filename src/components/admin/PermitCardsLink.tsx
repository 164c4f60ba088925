'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { CARD_STEPS } from '@/domain/permits/rules'

/** On a work permit Security has verified: the A4 sheet of its workers' cards for lamination. */
export function PermitCardsLink() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const step = useFormFields(([fields]) => fields.step?.value as string | undefined)
  if (!id || !step || !(CARD_STEPS as readonly string[]).includes(step)) return null
  return (
    <p>
      <a href={`/office/permits/${id}/cards`}>
        {i18n.language === 'en' ? 'Print the permit cards (A4)' : '列印施工許可證卡（A4）'}
      </a>
    </p>
  )
}
