import { PrintButton } from '@/components/office/PrintButton'
import { loadCards } from '@/components/office/paper/loadPaper'
import { PassCardSheet } from '@/components/office/paper/PassCardSheet'
import { findOr404, requireOfficeStaff } from '@/components/office/staff'
import { paperText } from '@/i18n/paper'

type Args = { params: Promise<{ id: string }> }

/**
 * The household's pass cards on A4 (ID-1, 85.6 × 54 mm, 2 × 5 a sheet, crop marks): its prepared
 * and active passes, never lost or voided ones. For the estate's office only.
 */
export default async function PassCardsPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang } = await requireOfficeStaff(`/office/households/${id}/cards`)
  const t = paperText(lang)
  const household = await findOr404(payload, user, 'households', id)
  const data = await loadCards(payload, user, household)
  return (
    <main className="paper-cards-main">
      <div className="no-print">
        <div className="topbar">
          <a href={`/admin/collections/households/${household.id}`}>{t('backToAdmin')}</a>
          <div className="actions">
            <a className="button secondary" href={`/office/households/${household.id}/receipt`}>
              {t('printReceipt')}
            </a>
            <PrintButton label={t('print')} />
          </div>
        </div>
        <h1>
          {t('cardsTitle')} · {household.unit}
        </h1>
        <p>{t('cardsHelp')}</p>
        <p role="status">
          {data.passes.length ? t('cardsCount', { n: data.passes.length }) : t('noCards')}
        </p>
      </div>
      <PassCardSheet data={data} lang={lang} t={t} />
    </main>
  )
}
