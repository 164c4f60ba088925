import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { PassActions } from '@/components/portal/PassActions'
import { PassQrCode } from '@/components/portal/PassQrCode'
import { PassQrView } from '@/components/portal/PassQrView'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { RequestPassButton } from '@/components/portal/RequestPassButton'
import { HOUSEHOLD_STATUS_LABELS } from '@/domain/households/status'
import { paymentState } from '@/domain/paper/passPayment'
import { DEFAULT_PASS_SETTINGS, feeOwed } from '@/domain/passes/pricing'
import { actorOf } from '@/access/actor'
import { PASS_STATUS_LABELS, PASS_WORKFLOW } from '@/domain/passes/transitions'
import { movesFor } from '@/domain/workflow/defineWorkflow'
import { RELATIONSHIP_LABELS } from '@/domain/register/vocabulary'
import { type PortalLang, portalText } from '@/i18n/portal'
import type { Member, Pass as StoredPass } from '../../../../payload-types'
import { currentPortalLang, currentResident } from '../session'
import { PORTAL_PASS_FIELDS } from '@/domain/passes/portalSelection'
import { idOf } from '@/domain/relations'

/** A pass as the portal reads it: only the fields it shows. */
type Pass = Pick<StoredPass, 'id' | keyof typeof PORTAL_PASS_FIELDS>

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalText(await currentPortalLang()).homeTitle }
}

/** What is still owed, one line per currency (normally just one). */
function owedByCurrency(passes: Pass[]) {
  const currencies = [...new Set(passes.map((p) => p.currency || DEFAULT_PASS_SETTINGS.currency))]
  return currencies
    .map((currency) => ({
      currency,
      amount: feeOwed(
        passes.filter((p) => (p.currency || DEFAULT_PASS_SETTINGS.currency) === currency),
      ),
    }))
    .filter(({ amount }) => amount > 0)
}

const isOwed = (pass: Pass) => paymentState(pass) === 'owed'

/**
 * The resident's household: unit, fees owed, and each member's passes in a group of its own
 * (collapsible), each pass a compact row with its number, status and fee; its QR code is shown
 * full screen on request, for the gate. Everything is read as the resident
 * (`overrideAccess: false`), so access rules keep it to their own household (GEN-5).
 */
export default async function PortalHomePage() {
  const lang = await currentPortalLang()
  const { payload, resident } = await currentResident()
  if (!resident) redirect('/portal/login')
  const t = portalText(lang)
  const householdId = idOf(resident.household)
  const actor = actorOf({ user: resident })

  const [household, estate] = await Promise.all([
    payload.findByID({
      collection: 'households',
      id: householdId,
      depth: 0,
      joins: false,
      user: resident,
      overrideAccess: false,
    }),
    // The resident's own estate: its name heads the page (no other estate is readable).
    payload.findByID({
      collection: 'estates',
      id: idOf(resident.estate)!,
      depth: 1,
      select: { name: true, nameEn: true, logo: true },
      user: resident,
      overrideAccess: false,
    }),
  ])
  const members = await payload.find({
    collection: 'members',
    where: { household: { equals: householdId } },
    sort: 'ordinal',
    depth: 0,
    joins: false,
    pagination: false,
    user: resident,
    overrideAccess: false,
  })
  const passes = await payload.find({
    collection: 'passes',
    where: { household: { equals: householdId } },
    select: PORTAL_PASS_FIELDS,
    sort: 'ordinal',
    depth: 0,
    pagination: false,
    user: resident,
    overrideAccess: false,
  })

  // The moves the pass workflow offers this resident on each pass (server-side, from the table).
  const canReport = (pass: Pass) =>
    movesFor(PASS_WORKFLOW, pass.status ?? 'prepared', actor, {
      ownsRecord: String(idOf(pass.household)) === String(householdId),
    }).some((move) => move.to === 'lost')
  const passesOf = (member: Member) => passes.docs.filter((pass) => idOf(pass.member) === member.id)
  const owed = owedByCurrency(passes.docs)
  const ownMember = resident.member ? idOf(resident.member) : undefined
  const anyPrepared = passes.docs.some((pass) => pass.status === 'prepared')
  // The resident's own passes open at once; with one member, theirs.
  const openAtFirst = (member: Member) =>
    members.docs.length === 1 ||
    member.id === ownMember ||
    (!ownMember && member === members.docs[0])

  return (
    <>
      <PortalHeader
        lang={lang}
        residentId={resident.id}
        estateName={lang === 'en' ? estate.nameEn || estate.name : estate.name}
        logoUrl={typeof estate.logo === 'object' ? estate.logo?.url : undefined}
      />
      <main id="main" tabIndex={-1} className="portal-main">
        <h1>{t.homeTitle}</h1>
        <p className="portal-lead">{t.greeting(resident.name)}</p>

        <div className="portal-summary">
          <section aria-labelledby="household-heading" className="portal-card">
            <h2 id="household-heading">{t.householdHeading}</h2>
            <dl className="portal-facts">
              <div>
                <dt>{t.unit}</dt>
                <dd className="portal-facts__strong">{household.unit}</dd>
              </div>
              <div>
                <dt>{t.householdStatus}</dt>
                <dd>{HOUSEHOLD_STATUS_LABELS[household.status ?? 'pre-move-in'][lang]}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="fees-heading" className="portal-card">
            <h2 id="fees-heading">{t.feesHeading}</h2>
            {owed.length ? (
              <>
                <dl className="portal-facts">
                  <div>
                    <dt>{t.feesOwed}</dt>
                    {owed.map(({ currency, amount }) => (
                      <dd key={currency} className="portal-facts__strong portal-facts__owed">
                        {t.formatFee(amount, currency)}
                      </dd>
                    ))}
                  </div>
                </dl>
                <p className="portal-note">{t.feesHowToPay}</p>
              </>
            ) : (
              <p>{t.feesNone}</p>
            )}
          </section>
        </div>

        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t.membersHeading}</h2>
          {anyPrepared ? <p className="portal-note">{t.preparedNote}</p> : null}
          {members.docs.length === 0 ? <p>{t.membersNone}</p> : null}
          <ul className="portal-members">
            {members.docs.map((member) => (
              <MemberGroup
                key={member.id}
                member={member}
                unit={household.unit}
                passes={passesOf(member)}
                isSelf={member.id === ownMember}
                open={openAtFirst(member)}
                lang={lang}
                canReport={canReport}
              />
            ))}
          </ul>
        </section>

        <div className="portal-summary">
          <section aria-labelledby="subscriptions-link" className="portal-card portal-nav-card">
            <h2 id="subscriptions-link">
              <Link href="/portal/subscriptions">{t.subscriptionsTitle}</Link>
            </h2>
            <p className="portal-note">{t.subscriptionsLinkHint}</p>
          </section>
          <section aria-labelledby="profile-link" className="portal-card portal-nav-card">
            <h2 id="profile-link">
              <Link href="/portal/profile">{t.profileTitle}</Link>
            </h2>
            <p className="portal-note">{t.profileLinkHint}</p>
          </section>
        </div>
      </main>
    </>
  )
}

/** One member's passes, collapsible: the summary says how many and how many are unpaid. */
function MemberGroup({
  member,
  unit,
  passes,
  isSelf,
  open,
  lang,
  canReport,
}: {
  member: Member
  unit: string
  passes: Pass[]
  isSelf: boolean
  open: boolean
  lang: PortalLang
  canReport: (pass: Pass) => boolean
}) {
  const t = portalText(lang)
  const headingId = `member-${member.id}-heading`
  return (
    <li className="portal-card portal-member">
      <details className="portal-member__group" open={open}>
        <summary className="portal-member__summary">
          <h3 id={headingId} className="portal-member__name">
            {member.name}
            <span className="portal-member__relationship">
              {RELATIONSHIP_LABELS[member.relationship][lang]}
              {isSelf ? ` · ${t.you}` : ''}
            </span>
          </h3>
          <span className="portal-member__count">
            {t.passesSummary(passes.length, passes.filter(isOwed).length)}
          </span>
        </summary>
        {passes.length ? (
          <ul className="portal-passes" aria-label={t.passesOf(member.name)}>
            {passes.map((pass) => (
              <PassRow
                key={pass.id}
                pass={pass}
                member={member}
                unit={unit}
                lang={lang}
                canReport={canReport(pass)}
              />
            ))}
          </ul>
        ) : (
          <p>{t.passesNone}</p>
        )}
        <RequestPassButton memberId={member.id} memberName={member.name} lang={lang} />
      </details>
    </li>
  )
}

/** The fee of one pass in words: free, paid, or owed and where to pay it. */
function feeText(pass: Pass, lang: PortalLang) {
  const t = portalText(lang)
  if (!pass.fee || pass.fee <= 0) return { text: t.passFree, owed: false }
  const fee = t.formatFee(pass.fee, pass.currency)
  return pass.feePaidAt
    ? { text: t.feePaidAmount(fee), owed: false }
    : { text: t.feeOwedAtOffice(fee), owed: true }
}

function PassRow({
  pass,
  member,
  unit,
  lang,
  canReport,
}: {
  pass: Pass
  member: Member
  unit: string
  lang: PortalLang
  canReport: boolean
}) {
  const t = portalText(lang)
  const status = pass.status ?? 'prepared'
  const number = pass.number ?? ''
  const usable = status === 'prepared' || status === 'active'
  const fee = feeText(pass, lang)
  return (
    <li className={`portal-pass portal-pass--${status}`}>
      <div className="portal-pass__info">
        <p className="portal-pass__number">
          <span className="portal-visually-hidden">{t.passNumber} </span>
          {number}
        </p>
        <p className="portal-pass__facts">
          <span className={`portal-badge portal-badge--${status}`}>
            {PASS_STATUS_LABELS[status][lang]}
          </span>
          <span className={fee.owed ? 'portal-unpaid' : pass.feePaidAt ? 'portal-paid' : undefined}>
            {fee.text}
          </span>
        </p>
      </div>
      <div className="portal-pass__actions">
        {usable && pass.qrToken ? (
          <PassQrView number={number} holder={member.name} unit={unit} lang={lang}>
            <PassQrCode token={pass.qrToken} label={t.qrLabel(number)} />
          </PassQrView>
        ) : null}
        <PassActions
          passId={pass.id}
          passNumber={number}
          memberId={member.id}
          memberName={member.name}
          canReport={canReport}
          lang={lang}
        />
      </div>
    </li>
  )
}
