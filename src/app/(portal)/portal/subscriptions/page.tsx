import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { PortalHeader } from '@/components/portal/PortalHeader'
import { CancelForm } from '@/components/subscriptions/CancelForm'
import { DeclineButton } from '@/components/subscriptions/DeclineButton'
import { OrderForm } from '@/components/subscriptions/OrderForm'
import { SignLetterForm } from '@/components/subscriptions/SignLetterForm'
import { DEFAULT_TIME_ZONE } from '@/domain/estates/timeZone'
import { idOf } from '@/domain/relations'
import { cancellationWindow } from '@/domain/subscriptions/cancelSubscription'
import {
  confirmationLetter,
  formatMoney,
  formatMonth,
  supplierName,
} from '@/domain/subscriptions/letters'
import { addMonths, monthIn, monthOf, monthsBetween } from '@/domain/subscriptions/months'
import { readSubscriptionsOfMonth } from '@/domain/subscriptions/readMonth'
import { monthlyCharges } from '@/domain/subscriptions/register'
import {
  CATEGORY_LABELS,
  isCancellable,
  SUBSCRIPTION_STATUS_LABELS,
  type Supplier,
} from '@/domain/subscriptions/workflow'
import { type PortalLang, portalText } from '@/i18n/portal'
import type { Publication, Subscription } from '@payload-types'
import { currentPortalLang, currentResident } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalText(await currentPortalLang()).subscriptionsTitle }
}

/**
 * SUB-1, SUB-3, SUB-6, SUB-7 for the resident: their subscriptions with each one's status (the
 * letter to sign when the supplier has confirmed, the cancellation notice of a post-office one),
 * their monthly charges, and the titles on offer to order. Everything is read as the resident
 * (`overrideAccess: false`): their own household only (GEN-5).
 */
export default async function PortalSubscriptionsPage() {
  const lang = await currentPortalLang()
  const { payload, resident } = await currentResident()
  if (!resident) redirect('/portal/login')
  const t = portalText(lang)
  const asResident = { user: resident, overrideAccess: false } as const

  const estate = await payload.findByID({
    collection: 'estates',
    id: idOf(resident.estate)!,
    depth: 1,
    select: { name: true, nameEn: true, logo: true, timeZone: true, currency: true },
    ...asResident,
  })
  const thisMonth = monthIn(estate.timeZone || DEFAULT_TIME_ZONE)
  const [publications, subscriptions] = await Promise.all([
    payload.find({
      collection: 'publications',
      sort: 'title',
      depth: 0,
      pagination: false,
      select: {
        title: true,
        category: true,
        supplier: true,
        supplierName: true,
        monthlyPrice: true,
      },
      ...asResident,
    }),
    payload.find({
      collection: 'subscriptions',
      where: { household: { equals: idOf(resident.household) } },
      sort: '-createdAt',
      depth: 1,
      pagination: false,
      populate: {
        publications: { title: true, category: true, supplier: true, supplierName: true },
      },
      ...asResident,
    }),
  ])
  const req = await createLocalReq({ user: resident }, payload)
  const months = [thisMonth, addMonths(thisMonth, 1)]
  const charges = await Promise.all(
    months.map(async (month) => ({
      month,
      unit: monthlyCharges(await readSubscriptionsOfMonth(req, month), month)[0],
    })),
  )
  const money = (amount: number, currency?: string | null) =>
    formatMoney(amount, currency || estate.currency || 'CNY', lang)
  const titles = publications.docs.map((p) => ({
    id: p.id,
    title: p.title,
    label: `${t.titleOption(p.title, money(p.monthlyPrice))} · ${CATEGORY_LABELS[p.category][lang]}`,
  }))
  const startMonths = [0, 1, 2, 3, 4, 5].map((n) => {
    const value = addMonths(thisMonth, n)
    return { value, label: formatMonth(value, lang) }
  })

  return (
    <>
      <PortalHeader
        lang={lang}
        residentId={resident.id}
        estateName={lang === 'en' ? estate.nameEn || estate.name : estate.name}
        logoUrl={typeof estate.logo === 'object' ? estate.logo?.url : undefined}
      />
      <main id="main" tabIndex={-1} className="portal-main">
        <p className="portal-back">
          <Link href="/portal">{t.backToHome}</Link>
        </p>
        <h1>{t.subscriptionsTitle}</h1>
        <p className="portal-lead">{t.subscriptionsLead}</p>

        <section aria-labelledby="subs-heading">
          <h2 id="subs-heading">{t.yourSubscriptions}</h2>
          {subscriptions.docs.length === 0 ? <p>{t.noSubscriptions}</p> : null}
          <ul className="portal-subs">
            {awaitingSignatureFirst(subscriptions.docs).map((s) => (
              <SubscriptionCard
                key={s.id}
                subscription={s}
                lang={lang}
                thisMonth={thisMonth}
                residentName={resident.name}
              />
            ))}
          </ul>
        </section>

        <section aria-labelledby="charges-heading" className="portal-card">
          <h2 id="charges-heading">{t.chargesHeading}</h2>
          {charges.map(({ month, unit }) => (
            <div key={month} className="portal-charges">
              <h3>{t.chargesOf(formatMonth(month, lang))}</h3>
              {unit ? (
                <dl className="portal-facts">
                  {unit.lines.map((line) => (
                    <div key={line.id}>
                      <dt>{line.title}</dt>
                      <dd>{money(line.monthlyFee, line.currency)}</dd>
                    </div>
                  ))}
                  {unit.totals.map((total) => (
                    <div key={total.currency} className="portal-charges__total">
                      <dt>{t.chargesTotal}</dt>
                      <dd className="portal-facts__strong">
                        {money(total.amount, total.currency)}
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p>{t.chargesNone}</p>
              )}
            </div>
          ))}
        </section>

        <section aria-labelledby="order-heading" className="portal-card">
          <h2 id="order-heading">{t.orderHeading}</h2>
          {titles.length === 0 ? (
            <p>{t.noTitles}</p>
          ) : (
            <>
              <p className="portal-note">{t.orderIntro}</p>
              <h3 id="offer-heading">{t.onOffer}</h3>
              <ul className="portal-offer" aria-labelledby="offer-heading">
                {publications.docs.map((p) => (
                  <li key={p.id}>
                    <span className="portal-offer__title">{p.title}</span>
                    <span className="portal-offer__meta">
                      {CATEGORY_LABELS[p.category][lang]} ·{' '}
                      {supplierName(p.supplier as Supplier, p.supplierName, lang)} ·{' '}
                      {t.perMonth(money(p.monthlyPrice))}
                    </span>
                  </li>
                ))}
              </ul>
              <OrderForm lang={lang} titles={titles} startMonths={startMonths} />
            </>
          )}
        </section>
      </main>
    </>
  )
}

/** A letter waiting for the resident's signature comes first; then the newest first. */
const awaitingSignatureFirst = (docs: Subscription[]) =>
  [...docs].sort(
    (a, b) =>
      Number(b.status === 'confirmed-by-supplier') - Number(a.status === 'confirmed-by-supplier'),
  )

const BADGE: Record<string, string> = {
  requested: 'prepared',
  'confirmed-by-supplier': 'prepared',
  signed: 'prepared',
  approved: 'prepared',
  ordered: 'active',
  active: 'active',
  refused: 'lost',
  cancelled: 'lost',
  ended: 'void',
}

function SubscriptionCard({
  subscription: s,
  lang,
  thisMonth,
  residentName,
}: {
  subscription: Subscription
  lang: PortalLang
  thisMonth: string
  residentName: string
}) {
  const t = portalText(lang)
  const publication = (
    typeof s.publication === 'object' ? s.publication : null
  ) as Publication | null
  const title = publication?.title ?? ''
  const supplier = (s.supplier ?? publication?.supplier ?? 'other') as Supplier
  const start = monthOf(s.startDate)
  const end = monthOf(s.endDate)
  const currency = s.currency ?? 'CNY'
  const headingId = `sub-${s.id}-heading`
  const moves = (s.moves ?? []).map((m) => m.to)
  const terms = {
    title,
    supplier,
    supplierName: publication?.supplierName,
    startDate: s.startDate ?? '',
    endDate: s.endDate ?? '',
    months: s.months,
    monthlyFee: s.monthlyFee ?? 0,
    currency,
  }
  const running = s.status === 'ordered' || s.status === 'active'
  const window = running ? cancellationWindow(s.startDate!, s.endDate!, thisMonth) : null
  const lastMonths =
    window && window.from <= window.to
      ? Array.from({ length: monthsBetween(window.from, window.to) }, (_, i) => {
          const value = addMonths(window.from, i)
          return { value, label: formatMonth(value, lang) }
        })
      : []
  return (
    <li className="portal-card portal-sub" aria-labelledby={headingId}>
      <h3 id={headingId} className="portal-sub__title">
        {title}
      </h3>
      <p>
        <span className={`portal-badge portal-badge--${BADGE[s.status ?? 'requested'] ?? 'void'}`}>
          {SUBSCRIPTION_STATUS_LABELS[s.status ?? 'requested'][lang]}
        </span>
      </p>
      <dl className="portal-facts">
        <div>
          <dt>{t.subPeriod}</dt>
          <dd>{t.subPeriodText(formatMonth(start, lang), formatMonth(end, lang), s.months)}</dd>
        </div>
        <div>
          <dt>{t.subMonthlyFee}</dt>
          <dd>{formatMoney(s.monthlyFee ?? 0, currency, lang)}</dd>
        </div>
        <div>
          <dt>{t.subSupplier}</dt>
          <dd>{supplierName(supplier, publication?.supplierName, lang)}</dd>
        </div>
      </dl>
      {s.status === 'requested' ? <p className="portal-note">{t.subAwaitingOffice}</p> : null}
      {s.status === 'confirmed-by-supplier' ? (
        <>
          <p className="portal-note portal-note--strong">{t.subSignPrompt}</p>
          <Letter terms={terms} lang={lang} id={`letter-${s.id}`} />
          <SignLetterForm
            subscriptionId={s.id}
            lang={lang}
            defaultName={residentName}
            variant="portal"
          />
          {moves.includes('refused') ? <DeclineButton subscriptionId={s.id} lang={lang} /> : null}
        </>
      ) : null}
      {s.status === 'signed' ? <p className="portal-note">{t.subAwaitingApproval}</p> : null}
      {s.status === 'approved' ? <p className="portal-note">{t.subApprovedNote}</p> : null}
      {s.status === 'refused' ? <p className="portal-note">{t.subRefusedNote}</p> : null}
      {s.status === 'ended' ? <p className="portal-note">{t.subEndedNote}</p> : null}
      {s.status === 'cancelled' ? (
        <p className="portal-note">
          {t.subCancelledNote(formatMonth(monthOf(s.cancellationEndDate), lang))}
        </p>
      ) : null}
      {running ? <p className="portal-note">{t.subOrderedNote}</p> : null}
      {running && !isCancellable(supplier) ? (
        <p className="portal-note">{t.subPrepaidNote}</p>
      ) : null}
      {running && isCancellable(supplier) && lastMonths.length > 0 ? (
        <CancelForm
          subscriptionId={s.id}
          lang={lang}
          startLabel={formatMonth(start, lang)}
          months={lastMonths}
          defaultName={residentName}
          variant="portal"
        />
      ) : null}
    </li>
  )
}

/** SUB-3: the confirmation letter, shown in full before signing. */
function Letter({
  terms,
  lang,
  id,
}: {
  terms: Parameters<typeof confirmationLetter>[0]
  lang: PortalLang
  id: string
}) {
  const letter = confirmationLetter(terms, lang)
  return (
    <section className="portal-letter" aria-labelledby={id}>
      <h4 id={id}>{letter.heading}</h4>
      <dl className="portal-facts">
        {letter.facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="portal-letter__rules">
        {letter.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p className="portal-letter__authorisation">{letter.authorisation}</p>
    </section>
  )
}
