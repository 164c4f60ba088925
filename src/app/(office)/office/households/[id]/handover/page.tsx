import {
  HandoverForm,
  type HandoverMemberGroup,
  type SignerOption,
} from '@/components/office/HandoverForm'
import { findOr404, requireOfficeStaff } from '@/components/office/staff'
import { formatMoney } from '@/domain/money/formatMoney'
import { feeOwed, feeTotals, isAdult, waitingByMember } from '@/domain/passes/handoverRules'
import { RELATIONSHIP_LABELS, type Relationship } from '@/domain/register/vocabulary'
import { idOf } from '@/domain/relations'
import { handoverText, passCountText } from '@/i18n/handover'

import './handover.css'

type Args = { params: Promise<{ id: string }> }

/**
 * PAS-5 / PAS-6 with PAS-3: hand over the waiting passes, all or some, and capture the signature
 * on screen. What the household owes and has paid is shown; an unpaid extra pass is listed as
 * owed, with the way to record its payment, and cannot be chosen.
 */
export default async function HandoverPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang, t } = await requireOfficeStaff(`/office/households/${id}/handover`)
  const h = handoverText(lang)
  const household = await findOr404(payload, user, 'households', id)
  const estate = await findOr404(payload, user, 'estates', String(idOf(household.estate)))
  const [passes, members, residents] = await Promise.all([
    payload.find({
      collection: 'passes',
      where: { household: { equals: household.id } },
      sort: 'number',
      depth: 0,
      limit: 1000,
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'members',
      where: { household: { equals: household.id } },
      sort: 'ordinal',
      depth: 0,
      limit: 200,
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'residents',
      where: { household: { equals: household.id } },
      depth: 0,
      limit: 1,
      user,
      overrideAccess: false,
    }),
  ])
  const totals = feeTotals(passes.docs, estate.currency ?? 'CNY')
  const money = (amount: number) => formatMoney(amount, totals.currency, lang)
  const groups: HandoverMemberGroup[] = waitingByMember(passes.docs).map((g) => ({
    member: g.member,
    name: g.name,
    passes: g.passes.map((p) => ({
      id: p.id,
      number: p.number ?? '',
      fee: p.fee ?? 0,
      currency: p.currency ?? totals.currency,
      paid: Boolean(p.feePaidAt),
      owed: feeOwed(p),
    })),
  }))
  const relationship = (value: string | null | undefined) =>
    RELATIONSHIP_LABELS[value as Relationship]?.[lang] ?? ''
  const signers: SignerOption[] = members.docs
    .filter((m) => isAdult(m))
    .map((m) => ({
      id: m.id,
      label: !relationship(m.relationship)
        ? m.name
        : lang === 'en'
          ? `${m.name} (${relationship(m.relationship)})`
          : `${m.name}（${relationship(m.relationship)}）`,
    }))

  return (
    <main>
      <div className="topbar">
        <a href={`/admin/collections/households/${household.id}`}>{t('backToAdmin')}</a>
        <a href={`/office/households/${household.id}/receipt`}>{t('printReceipt')}</a>
      </div>
      <h1>
        {t('handoverTitle')} · {household.unit}
      </h1>
      <p className="handover-fees">
        <strong>{h('fees')}:</strong>{' '}
        {totals.owedCount + totals.paidCount === 0 ? (
          h('noFees')
        ) : (
          <>
            {h('feeLine', {
              owed: money(totals.owed),
              owedCount: passCountText(lang, totals.owedCount),
              paid: money(totals.paid),
              paidCount: passCountText(lang, totals.paidCount),
            })}
            {totals.owedCount > 0 && (
              <>
                {' '}
                · <a href={`/office/households/${household.id}/payment`}>{h('recordPayment')}</a>
              </>
            )}
          </>
        )}
      </p>
      <HandoverForm
        lang={lang}
        householdId={household.id}
        defaultCopyTo={residents.docs[0]?.email ?? ''}
        groups={groups}
        signers={signers}
      />
    </main>
  )
}
