'use client'
import { Button, Gutter, useTranslation } from '@payloadcms/ui'

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
