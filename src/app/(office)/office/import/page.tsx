import { RegisterImport } from '@/components/office/RegisterImport'
import { requireOfficeStaff } from '@/components/office/staff'

/** PAS-1: customer service imports the sales office's household register, previewed first. */
export default async function ImportPage() {
  const { t, lang } = await requireOfficeStaff('/office/import')
  return (
    <main>
      <div className="topbar">
        <a href="/admin/collections/households">{t('backToAdmin')}</a>
      </div>
      <h1>{t('importTitle')}</h1>
      <p>{t('importHelp')}</p>
      <RegisterImport lang={lang} />
    </main>
  )
}
