import { HandoverForm } from '@/components/office/HandoverForm'
import { findOr404, findPreparedPasses, requireOfficeStaff } from '@/components/office/staff'
import type { Member } from '@payload-types'

type Args = { params: Promise<{ id: string }> }

/** PAS-5 / PAS-6: hand the prepared passes over and capture the resident's signature on screen. */
export default async function HandoverPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang, t } = await requireOfficeStaff(`/office/households/${id}/handover`)
  const household = await findOr404(payload, user, 'households', id)
  const prepared = await findPreparedPasses(payload, user, household.id)
  const residents = await payload.find({
    collection: 'residents',
    where: { household: { equals: household.id } },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  return (
    <main>
      <div className="topbar">
        <a href={`/admin/collections/households/${household.id}`}>{t('backToAdmin')}</a>
        <a href={`/office/households/${household.id}/receipt`}>{t('printReceipt')}</a>
      </div>
      <h1>
        {t('handoverTitle')} · {household.unit}
      </h1>
      <HandoverForm
        lang={lang}
        householdId={household.id}
        defaultCopyTo={residents.docs[0]?.email ?? ''}
        passes={prepared.docs.map((p) => ({
          id: p.id,
          number: p.number ?? '',
          member: typeof p.member === 'object' ? (p.member as Member).name : '',
          fee: p.fee ?? 0,
          currency: p.currency ?? '',
        }))}
      />
    </main>
  )
}
