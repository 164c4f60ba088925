import {
  findSubscriptionOr404,
  REGISTER_ROLES,
  requireSubscriptionStaff,
} from '@/components/office/subscriptionStaff'
import { PrintButton } from '@/components/office/PrintButton'
import { RecordLetterSent } from '@/components/office/RecordLetterSent'
import { estateName } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { staffNamesOf } from '@/domain/paper/staffNames'
import { cancellationNotice, confirmationLetter, formatMonth } from '@/domain/subscriptions/letters'
import { monthOf } from '@/domain/subscriptions/months'
import {
  CHANNEL_LABELS,
  SUBSCRIPTION_STATUS_LABELS,
  type Supplier,
} from '@/domain/subscriptions/workflow'
import type { Household, Notification, Publication, Signature } from '@payload-types'

type Args = { params: Promise<{ id: string }> }

/**
 * SUB-3 … SUB-7 on paper: the purchase requisition (unit, title, period, fee, who confirmed with
 * the supplier, who decided, who ordered), the signed confirmation letter and, if cancelled, the
 * signed notice and the letter to the supplier. Prints on A4.
 */
export default async function SubscriptionPapersPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang, estate, t } = await requireSubscriptionStaff(
    `/office/subscriptions/${id}`,
    REGISTER_ROLES,
  )
  const s = await findSubscriptionOr404(payload, user, id)
  // Who took each step, by name, on the printed requisition.
  const nameOf = await staffNamesOf(payload, [s.supplierConfirmedBy, s.decidedBy, s.orderedBy])
  const publication = s.publication as Publication
  const household = s.household as Household
  const supplier = s.supplier as Supplier
  const when = (value: string | null | undefined) =>
    value ? formatEstateDateTime(value, estate.timeZone, lang) : t('notYet')
  const terms = {
    title: publication.title,
    supplier,
    supplierName: publication.supplierName,
    startDate: s.startDate ?? '',
    endDate: s.endDate ?? '',
    months: s.months,
    monthlyFee: s.monthlyFee ?? 0,
    currency: s.currency ?? estate.currency,
  }
  const letter = confirmationLetter(terms, lang)
  const letterSignature =
    typeof s.letterSignature === 'object' ? (s.letterSignature as Signature) : null
  const noticeSignature =
    typeof s.cancellationSignature === 'object' ? (s.cancellationSignature as Signature) : null
  const notice =
    s.status === 'cancelled'
      ? cancellationNotice(
          {
            ...terms,
            unit: household.unit,
            lastMonth: monthOf(s.cancellationEndDate),
            signedByName: s.cancellationSignedByName ?? '',
            signedAt: s.cancelledAt ?? new Date().toISOString(),
          },
          lang,
          estate,
        )
      : null
  const email = typeof s.supplierNotice === 'object' ? (s.supplierNotice as Notification) : null

  return (
    <main className="papers">
      <div className="topbar no-print">
        <a href={`/admin/collections/subscriptions/${s.id}`}>{t('backToSubscription')}</a>
        <div className="actions">
          <PrintButton label={t('print')} />
        </div>
      </div>
      <div className="receipt-head">
        <h1>
          {t('papersTitle')} · {household.unit}
        </h1>
        <span>{estateName(estate, lang)}</span>
      </div>

      <section aria-labelledby="requisition">
        <h2 id="requisition">{t('requisition')}</h2>
        <dl>
          <dt>{t('unit')}</dt>
          <dd>{household.unit}</dd>
          <dt>{t('title')}</dt>
          <dd>{publication.title}</dd>
          {letter.facts.slice(1).map(([label, value]) => (
            <FactPair key={label} label={label} value={value} />
          ))}
          <dt>{t('requestedVia')}</dt>
          <dd>
            {s.channel ? CHANNEL_LABELS[s.channel][lang] : ''} · {when(s.createdAt)}
          </dd>
          <dt>{t('status')}</dt>
          <dd>{SUBSCRIPTION_STATUS_LABELS[s.status ?? 'requested'][lang]}</dd>
          <dt>{t('supplierConfirmed')}</dt>
          <dd>
            {nameOf(s.supplierConfirmedBy) ?? t('notYet')} · {when(s.supplierConfirmedAt)}
            {s.supplierContact ? ` · ${s.supplierContact}` : ''}
          </dd>
          <dt>{t('decision')}</dt>
          <dd>
            {s.decidedAt
              ? `${nameOf(s.decidedBy) ?? ''} · ${when(s.decidedAt)}${s.decisionNote ? ` · ${s.decisionNote}` : ''}`
              : t('notYet')}
          </dd>
          <dt>{t('order')}</dt>
          <dd>
            {s.orderedAt
              ? `${nameOf(s.orderedBy) ?? ''} · ${when(s.orderedAt)}${s.orderReference ? ` · ${s.orderReference}` : ''}`
              : t('notYet')}
          </dd>
          {supplier === 'cnpiec' ? (
            <>
              <dt>{t('quantityConfirmation')}</dt>
              <dd>
                {t('copies')}: {s.quantity ?? 1} · {when(s.quantityConfirmationSentAt)}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="letter">
        <h2 id="letter">{letter.heading}</h2>
        <dl>
          <dt>{t('unit')}</dt>
          <dd>{household.unit}</dd>
          {letter.facts.map(([label, value]) => (
            <FactPair key={label} label={label} value={value} />
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
        {s.letterSignedAt ? (
          <p>
            {t('signedBy')}: <strong>{s.letterSignedByName}</strong> · {t('signedAt')}:{' '}
            <strong>{when(s.letterSignedAt)}</strong>
          </p>
        ) : (
          <div className="sign-line">
            <div>{t('signature')}</div>
            <div>{t('date')}</div>
          </div>
        )}
        {letterSignature?.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
          <img
            className="signature-img"
            src={letterSignature.url}
            alt={`${t('signature')}: ${s.letterSignedByName ?? ''}`}
          />
        ) : null}
      </section>

      {notice ? (
        <>
          <section aria-labelledby="cancellation">
            <h2 id="cancellation">{t('cancellation')}</h2>
            <dl>
              <dt>{t('lastMonth')}</dt>
              <dd>
                <strong className="cancel-mark">
                  {formatMonth(monthOf(s.cancellationEndDate), lang)}
                </strong>
              </dd>
              <dt>{t('signedBy')}</dt>
              <dd>{s.cancellationSignedByName}</dd>
              <dt>{t('signedAt')}</dt>
              <dd>{when(s.cancelledAt)}</dd>
            </dl>
            {noticeSignature?.url ? (
              // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
              <img
                className="signature-img"
                src={noticeSignature.url}
                alt={`${t('signature')}: ${s.cancellationSignedByName ?? ''}`}
              />
            ) : null}
          </section>
          <section aria-labelledby="supplier-letter">
            <h2 id="supplier-letter">{t('supplierLetter')}</h2>
            {s.supplierNotifiedBy === 'email' ? (
              <p>{t('notifiedByEmail', { at: when(s.supplierNotifiedAt), to: email?.to ?? '' })}</p>
            ) : s.cancellationLetterSentAt ? (
              <p>{t('letterSentAt', { at: when(s.cancellationLetterSentAt) })}</p>
            ) : (
              <>
                <p className="no-print">{t('letterNotSent')}</p>
                <RecordLetterSent subscriptionId={s.id} lang={lang} label={t('recordLetterSent')} />
              </>
            )}
            <p>
              <strong>{notice.subject}</strong>
            </p>
            <pre style={{ whiteSpace: 'pre-wrap', font: 'inherit' }}>{notice.body}</pre>
          </section>
        </>
      ) : null}
    </main>
  )
}

function FactPair({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  )
}
