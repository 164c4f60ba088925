import {
  findSubscriptionOr404,
  requireSubscriptionStaff,
} from '@/components/office/subscriptionStaff'
import { SignLetterForm } from '@/components/subscriptions/SignLetterForm'
import { confirmationLetter } from '@/domain/subscriptions/letters'
import type { Supplier } from '@/domain/subscriptions/workflow'
import type { Household, Publication } from '@payload-types'

type Args = { params: Promise<{ id: string }> }

/** SUB-3 at the desk: the resident reads the confirmation letter and signs on the office's screen. */
export default async function DeskSignPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang, t } = await requireSubscriptionStaff(
    `/office/subscriptions/${id}/sign`,
    ['cs'],
  )
  const s = await findSubscriptionOr404(payload, user, id)
  const publication = s.publication as Publication
  const household = s.household as Household
  const letter = confirmationLetter(
    {
      title: publication.title,
      supplier: s.supplier as Supplier,
      supplierName: publication.supplierName,
      startDate: s.startDate ?? '',
      endDate: s.endDate ?? '',
      months: s.months,
      monthlyFee: s.monthlyFee ?? 0,
      currency: s.currency ?? 'CNY',
    },
    lang,
  )
  return (
    <main className="papers">
      <div className="topbar">
        <a href={`/admin/collections/subscriptions/${s.id}`}>{t('backToSubscription')}</a>
      </div>
      <h1>
        {t('deskSignTitle')} · {household.unit}
      </h1>
      {s.status !== 'confirmed-by-supplier' ? (
        <p className="error">{t('notAwaitingSignature')}</p>
      ) : (
        <>
          <p>{t('deskSignHelp')}</p>
          <section aria-labelledby="letter">
            <h2 id="letter">{letter.heading}</h2>
            <dl>
              {letter.facts.map(([label, value]) => (
                <div key={label} style={{ display: 'contents' }}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <ul className="letter-rules">
              {letter.rules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
            <p>
              <strong>{letter.authorisation}</strong>
            </p>
          </section>
          <SignLetterForm
            subscriptionId={s.id}
            lang={lang}
            defaultName=""
            variant="office"
            doneHref={`/office/subscriptions/${s.id}`}
          />
        </>
      )}
    </main>
  )
}
