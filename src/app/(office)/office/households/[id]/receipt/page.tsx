import { PrintButton } from '@/components/office/PrintButton'
import { formalDate } from '@/domain/paper/formalDate'
import { loadReceipt } from '@/components/office/paper/loadPaper'
import { PassReceiptSheet } from '@/components/office/paper/PassReceiptSheet'
import { findOr404, requireOfficeStaff } from '@/components/office/staff'
import { paperText } from '@/i18n/paper'

type Args = { params: Promise<{ id: string }>; searchParams: Promise<{ receipt?: string }> }

/**
 * PAS-4: the sign-for receipt (簽收單) of a household: its prepared passes by number (no QR codes),
 * fees and payment, totals and the signature line — one A4 page for up to 6 members. With
 * ?receipt=ID, the signed receipt with the resident's signature and time (PAS-5).
 */
export default async function ReceiptPage({ params, searchParams }: Args) {
  const { id } = await params
  const { receipt: receiptId } = await searchParams
  const { payload, user, lang } = await requireOfficeStaff(`/office/households/${id}/receipt`)
  const t = paperText(lang)
  const household = await findOr404(payload, user, 'households', id)
  const data = await loadReceipt(payload, user, household, receiptId)

  return (
    <main>
      <div className="topbar no-print">
        <a href={`/admin/collections/households/${household.id}`}>{t('backToAdmin')}</a>
        <div className="actions">
          <a className="button secondary" href={`/office/households/${household.id}/cards`}>
            {t('printCards')}
          </a>
          {!data.signed && data.passes.length > 0 && (
            <a className="button secondary" href={`/office/households/${household.id}/handover`}>
              {t('handOver')}
            </a>
          )}
          <PrintButton label={t('print')} />
        </div>
      </div>
      <PassReceiptSheet data={data} lang={lang} t={t} />
      {data.receipts.length > 0 && (
        <section className="no-print" aria-labelledby="signed-receipts">
          <h2 id="signed-receipts">{t('signedReceipts')}</h2>
          <ul>
            {data.receipts.map((r) => (
              <li key={r.id}>
                <a href={`/office/households/${household.id}/receipt?receipt=${r.id}`}>
                  {formalDate(r.signedAt, data.estate.timeZone, lang, { time: true })} —{' '}
                  {r.signedByName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  )
}
