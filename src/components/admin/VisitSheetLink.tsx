'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

/** On a home visit: the printable visit sheet with the conduct rules (HV-2). */
export function VisitSheetLink() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <p>
      <a href={`/office/visits/${id}/sheet`}>
        {i18n.language === 'en' ? 'Print the visit sheet' : '列印上門跟進表'}
      </a>
    </p>
  )
}
