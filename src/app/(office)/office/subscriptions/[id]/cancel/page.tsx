import {
  findSubscriptionOr404,
  requireSubscriptionStaff,
} from '@/components/office/subscriptionStaff'
import { CancelForm } from '@/components/subscriptions/CancelForm'
import { cancellationWindow } from '@/domain/subscriptions/cancelSubscription'
import { formatMonth } from '@/domain/subscriptions/letters'
import { addMonths, monthIn, monthOf, monthsBetween } from '@/domain/subscriptions/months'
import {
  isCancellable,
  SUBSCRIPTION_STATUS_LABELS,
  SUPPLIER_LABELS,
  type Supplier,
} from '@/domain/subscriptions/workflow'
import { errorMessage } from '@/errors/catalogue'
import type { Household, Publication } from '@payload-types'

type Args = { params: Promise<{ id: string }> }

/**
 * SUB-7 at the desk: the resident confirms the dates and signs the cancellation notice of a
 * post-office subscription; any other supplier's is prepaid and the page says so.
 */
export default async function DeskCancelPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang, estate, t } = await requireSubscriptionStaff(
    `/office/subscriptions/${id}/cancel`,
    ['cs'],
  )
  const s = await findSubscriptionOr404(payload, user, id)
  const publication = s.publication as Publication
  const household = s.household as Household
  const supplier = s.supplier as Supplier
  const running = s.status === 'ordered' || s.status === 'active'
  const window = cancellationWindow(s.startDate!, s.endDate!, monthIn(estate.timeZone))
  const months =
    window.from <= window.to
      ? Array.from({ length: monthsBetween(window.from, window.to) }, (_, i) => {
          const value = addMonths(window.from, i)
          return { value, label: formatMonth(value, lang) }
        })
      : []
  // The server's own refusal, in the same words the API would answer with.
  let refusal: string | null = null
  if (!isCancellable(supplier)) {
    refusal = errorMessage('subscription.prepaid', lang, {
      supplier: SUPPLIER_LABELS[supplier][lang],
    })
  } else if (!running || months.length === 0) {
    refusal = errorMessage('subscription.not-cancellable-now', lang, {
      status: SUBSCRIPTION_STATUS_LABELS[s.status ?? 'requested'][lang],
    })
  }
  return (
    <main className="papers">
      <div className="topbar">
        <a href={`/admin/collections/subscriptions/${s.id}`}>{t('backToSubscription')}</a>
      </div>
      <h1>
        {t('deskCancelTitle')} · {household.unit}
      </h1>
      <p>
        <strong>{publication.title}</strong> · {formatMonth(monthOf(s.startDate), lang)} –{' '}
        {formatMonth(monthOf(s.endDate), lang)}
      </p>
      {refusal ? (
        <p className="error" role="alert">
          {refusal}
        </p>
      ) : (
        <CancelForm
          subscriptionId={s.id}
          lang={lang}
          startLabel={formatMonth(monthOf(s.startDate), lang)}
          months={months}
          defaultName=""
          variant="office"
          doneHref={`/office/subscriptions/${s.id}`}
        />
      )}
    </main>
  )
}
