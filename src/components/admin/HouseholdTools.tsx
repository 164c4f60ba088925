'use client'
import { Button, Gutter, useDocumentInfo, useTranslation } from '@payloadcms/ui'

const t = (lang: string, zh: string, en: string) => (lang === 'en' ? en : zh)

/** Above the households list, inside the page's margins: the way to the register import (PAS-1). */
export function RegisterImportLink() {
  const { i18n } = useTranslation()
  return (
    <Gutter className="register-import-link">
      <Button el="link" url="/office/import" buttonStyle="secondary" size="medium">
        {t(
          i18n.language,
          '匯入售樓部住戶資料（CSV／XLSX）',
          'Import the sales office register (CSV/XLSX)',
        )}
      </Button>
    </Gutter>
  )
}

/** On a household: print the sign-for receipt (PAS-4) and hand the passes over (PAS-5). */
export function HouseholdActions() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <div style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', margin: 'var(--base) 0' }}>
      <Button
        el="link"
        url={`/office/households/${id}/receipt`}
        buttonStyle="secondary"
        size="medium"
      >
        {t(i18n.language, '列印簽收單', 'Print sign-for receipt')}
      </Button>
      <Button
        el="link"
        url={`/office/households/${id}/handover`}
        buttonStyle="primary"
        size="medium"
      >
        {t(i18n.language, '移交出入證及簽收', 'Hand over passes and sign')}
      </Button>
    </div>
  )
}
