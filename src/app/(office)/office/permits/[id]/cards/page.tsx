import { cookies } from 'next/headers'

import { PrintButton } from '@/components/office/PrintButton'
import { officeTitle } from '@/components/office/officeTitle'
import { loadPermitCards, requirePermitHandler } from '@/components/office/paper/loadPermitCards'
import { PermitCardSheet } from '@/components/office/paper/PermitCardSheet'
import { permitNumber } from '@/domain/permits/rules'
import { PERMIT_STEP_LABELS } from '@/domain/permits/transitions'
import { OFFICE_LANG_COOKIE, officeLang } from '@/i18n/office'
import { paperText } from '@/i18n/paper'

type Args = { params: Promise<{ id: string }> }

export const generateMetadata = officeTitle('施工許可證卡', 'Work permit cards')

/**
 * A work permit's cards on A4 for lamination (PMT, PMT-4): one ID-1 card per worker, printable
 * from the moment Security has verified the permit — the cards are filled in then, stamped by CS
 * and laminated by Administration before CS issues them — so at `verified`, `stamped`,
 * `laminated` and `issued`. For the roles that handle permits, in the permit's estate only.
 */
export default async function PermitCardsPage({ params }: Args) {
  const { id } = await params
  const { payload, user } = await requirePermitHandler(`/office/permits/${id}/cards`)
  const lang = officeLang((await cookies()).get(OFFICE_LANG_COOKIE)?.value)
  const t = paperText(lang)
  const data = await loadPermitCards(payload, user, id)
  const { permit, printable } = data
  const count = permit.workers?.length ?? 0
  return (
    <main className="paper-cards-main">
      <div className="no-print">
        <div className="topbar">
          <a href="/office/permits">{t('backToPermits')}</a>
          <div className="actions">
            <a className="button secondary" href={`/admin/collections/work-permits/${permit.id}`}>
              {t('openInAdmin')}
            </a>
            {printable ? <PrintButton label={t('print')} /> : null}
          </div>
        </div>
        <h1>
          {t('permitCardsTitle')} · {permitNumber(permit.id)} · {permit.company}
        </h1>
        <p>{t('permitCardsHelp')}</p>
        <p role="status">
          {printable
            ? t('permitCardsCount', { n: count })
            : t('permitCardsNotYet', {
                step: PERMIT_STEP_LABELS[permit.step ?? 'submitted'][lang],
              })}
        </p>
      </div>
      {printable ? <PermitCardSheet data={data} lang={lang} t={t} /> : null}
    </main>
  )
}
