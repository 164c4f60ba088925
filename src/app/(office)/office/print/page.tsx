import { PrintButton } from '@/components/office/PrintButton'
import { loadCards, loadReceipt, readAsStaff } from '@/components/office/paper/loadPaper'
import { PassCardSheet } from '@/components/office/paper/PassCardSheet'
import { PassReceiptSheet } from '@/components/office/paper/PassReceiptSheet'
import { requireOfficeStaff } from '@/components/office/staff'
import { paperText } from '@/i18n/paper'
import type { Household } from '@payload-types'

type Args = { searchParams: Promise<{ households?: string; what?: string }> }

/** At most this many households in one print run (an import's worth). */
const MAX_HOUSEHOLDS = 200

/**
 * After an import: every new household's sign-for receipt, or every one's pass cards, in one
 * print run, each household starting a new page. `?households=1,2,3&what=receipts|cards`.
 */
export default async function BatchPrintPage({ searchParams }: Args) {
  const { households: list = '', what } = await searchParams
  const returnTo = `/office/print?households=${encodeURIComponent(list)}&what=${encodeURIComponent(what ?? '')}`
  const { payload, user, lang } = await requireOfficeStaff(returnTo)
  const t = paperText(lang)
  const ids = [
    ...new Set(
      list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
  const valid =
    (what === 'receipts' || what === 'cards') && ids.length > 0 && ids.length <= MAX_HOUSEHOLDS
  if (!valid) {
    return (
      <main>
        <h1>{t('batchTitle')}</h1>
        <p className="problems" role="alert">
          {t('batchBad')}
        </p>
      </main>
    )
  }
  const found = await Promise.all(ids.map((id) => readAsStaff(payload, user, 'households', id)))
  const households = found.filter((h): h is Household => Boolean(h))
  const missing = ids.filter((_, i) => !found[i])
  const now = new Date()
  const items =
    what === 'receipts'
      ? await Promise.all(
          households.map(async (h) => (
            <section className="batch-item" key={h.id}>
              <PassReceiptSheet
                data={await loadReceipt(payload, user, h)}
                lang={lang}
                t={t}
                heading="h2"
                now={now}
              />
            </section>
          )),
        )
      : await Promise.all(
          households.map(async (h) => (
            <section className="batch-item" key={h.id} aria-label={h.unit}>
              <PassCardSheet data={await loadCards(payload, user, h)} lang={lang} t={t} />
            </section>
          )),
        )
  return (
    <main className={what === 'cards' ? 'paper-cards-main' : undefined}>
      <div className="no-print">
        <div className="topbar">
          <a href="/office/import">{t('backToImport')}</a>
          <PrintButton label={t('print')} />
        </div>
        <h1>
          {t('batchTitle')} ·{' '}
          {t(what === 'receipts' ? 'batchReceipts' : 'batchCards', { n: households.length })}
        </h1>
        {what === 'cards' && <p>{t('cardsHelp')}</p>}
        {missing.length > 0 && (
          <p className="warning" role="alert">
            {t('batchMissing', { ids: missing.join(', ') })}
          </p>
        )}
      </div>
      {items}
    </main>
  )
}
