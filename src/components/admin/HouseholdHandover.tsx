import { Button } from '@payloadcms/ui'
import type { UIFieldServerProps } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { readEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { formatMoney } from '@/domain/money/formatMoney'
import { feeOwed, feeTotals, waitingByMember } from '@/domain/passes/handoverRules'
import { handoverText, passCountText } from '@/i18n/handover'
import type { OfficeLang } from '@/i18n/office'
import type { User } from '@payload-types'

import './HouseholdHandover.scss'

/**
 * On a household's page in the admin (PAS-3, PAS-4, PAS-5): what was handed over — who signed,
 * when (in the estate's time zone), who handed over, each signed receipt — which passes still
 * wait and for whom, and what the household owes and has paid. Read as the staff member; the
 * handover is offered only while passes wait, and only to those who may hand over.
 */
export async function HouseholdHandover({ id, req, i18n }: UIFieldServerProps) {
  if (!id || !req.user) return null
  const lang: OfficeLang = i18n.language === 'en' ? 'en' : 'zh-TW'
  const t = handoverText(lang)
  const user = req.user
  const household = await req.payload
    .findByID({
      collection: 'households',
      id,
      depth: 0,
      select: { estate: true, unit: true },
      user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!household) return null
  const [estate, passes, receipts] = await Promise.all([
    readEstate(req, household.estate),
    req.payload.find({
      collection: 'passes',
      where: { household: { equals: household.id } },
      sort: 'number',
      depth: 0,
      limit: 1000,
      select: {
        number: true,
        member: true,
        memberName: true,
        status: true,
        fee: true,
        currency: true,
        feePaidAt: true,
      },
      user,
      overrideAccess: false,
    }),
    req.payload.find({
      collection: 'pass-receipts',
      where: { household: { equals: household.id }, state: { equals: 'complete' } },
      sort: 'signedAt',
      depth: 1,
      limit: 100,
      populate: { users: { name: true }, passes: { number: true } },
      select: {
        signedAt: true,
        signedByName: true,
        signerNote: true,
        sequence: true,
        passes: true,
        createdBy: true,
      },
      user,
      overrideAccess: false,
    }),
  ])
  const mayHandOver = hasRole(user, ...OFFICE_ROLES)
  const mayTakePayment = hasRole(user, 'cs', 'finance', 'admin')
  const waiting = waitingByMember(passes.docs)
  const waitingCount = waiting.reduce((n, g) => n + g.passes.length, 0)
  // An unpaid extra pass waits for its payment, not for a handover (PAS-3).
  const handable = waiting.some((g) => g.passes.some((p) => !feeOwed(p)))
  const totals = feeTotals(passes.docs, estate.currency)
  const money = (amount: number) => formatMoney(amount, totals.currency, lang)
  const base = `/office/households/${household.id}`

  return (
    <section className="household-handover" aria-labelledby="household-handover-title">
      <h3 id="household-handover-title">{t('panelTitle')}</h3>

      {receipts.docs.length > 0 && (
        <table className="household-handover__table">
          <caption>{t('handovers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signedAt')}</th>
              <th scope="col">{t('signedBy')}</th>
              <th scope="col">{t('handedOverBy')}</th>
              <th scope="col">{t('passCount')}</th>
              <th scope="col">{t('receipt')}</th>
            </tr>
          </thead>
          <tbody>
            {receipts.docs.map((r, i) => {
              const by = r.createdBy?.relationTo === 'users' ? (r.createdBy.value as User) : null
              return (
                <tr key={r.id}>
                  <td>{formatEstateDateTime(r.signedAt, estate.timeZone, lang)}</td>
                  <td>
                    {r.signedByName}
                    {r.signerNote ? (
                      <span className="household-handover__note"> · {r.signerNote}</span>
                    ) : null}
                  </td>
                  <td>{by && typeof by === 'object' ? by.name : '—'}</td>
                  <td>{passCountText(lang, r.passes?.length ?? 0)}</td>
                  <td>
                    <a
                      href={`${base}/receipt?receipt=${r.id}`}
                      aria-label={t('viewReceipt', { n: r.sequence ?? i + 1 })}
                    >
                      {t('viewReceiptShort')}
                    </a>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}

      {passes.docs.length === 0 ? (
        <p>{t('noPassesYet')}</p>
      ) : waitingCount === 0 ? (
        <p>{t('noneWaiting')}</p>
      ) : (
        <div className="household-handover__waiting">
          <h4>{t('waiting')}</h4>
          <ul>
            {waiting.map((g) => {
              const owed = g.passes.filter((p) => feeOwed(p)).length
              return (
                <li key={g.member}>
                  {t('waitingMember', {
                    name: g.name,
                    passes: passCountText(lang, g.passes.length),
                  })}
                  {owed > 0 ? t('waitingOwed', { count: owed }) : null}
                </li>
              )
            })}
          </ul>
        </div>
      )}

      <p className="household-handover__fees">
        <strong>{t('fees')}:</strong>{' '}
        {totals.owedCount + totals.paidCount === 0
          ? t('noFees')
          : t('feeLine', {
              owed: money(totals.owed),
              owedCount: passCountText(lang, totals.owedCount),
              paid: money(totals.paid),
              paidCount: passCountText(lang, totals.paidCount),
            })}
      </p>

      <div className="household-handover__actions">
        {mayHandOver && handable && (
          <Button el="link" url={`${base}/handover`} buttonStyle="primary" size="medium">
            {t('handOverButton')}
          </Button>
        )}
        {waitingCount > 0 && (
          <Button el="link" url={`${base}/receipt`} buttonStyle="secondary" size="medium">
            {t('printReceipt')}
          </Button>
        )}
        {mayTakePayment && totals.owedCount > 0 && (
          <Button el="link" url={`${base}/payment`} buttonStyle="secondary" size="medium">
            {t('recordPayment')}
          </Button>
        )}
      </div>
      <p className="household-handover__status-note">{t('statusNote')}</p>
    </section>
  )
}
