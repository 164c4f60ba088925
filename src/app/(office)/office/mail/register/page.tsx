import { PrintButton } from '@/components/office/PrintButton'
import { readEstateOf } from '@/components/office/mail/estateOf'
import { requireOfficeStaff } from '@/components/office/staff'
import { estateName } from '@/domain/estates/readEstate'
import { dayIn } from '@/domain/dates/dateTimeFormat'
import { formatEstateDateTime, monthInZone } from '@/domain/estates/timeZone'
import { MAIL_KIND_LABELS } from '@/domain/mail/transitions'
import { mailDeskText } from '@/i18n/mailDesk'
import type { Household, Signature } from '@payload-types'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('郵件領取登記冊', 'Mail pickup register')

type Args = { searchParams: Promise<{ month?: string }> }

/**
 * The monthly pickup register, like the office's paper book: every item picked up in the month
 * (estate time) with the addressee's or delegate's signature, then the items returned to sender.
 * A4 from the browser's print, the column headings repeated on every page.
 */
export default async function MailRegisterPage({ searchParams }: Args) {
  const { payload, user, lang } = await requireOfficeStaff('/office/mail/register')
  const m = mailDeskText(lang)
  const estate = await readEstateOf(payload, user)
  const requested = (await searchParams).month ?? ''
  const month = monthInZone(requested, estate.timeZone)
    ? requested
    : dayIn(estate.timeZone, new Date()).slice(0, 7)
  const range = monthInZone(month, estate.timeZone)!
  const asStaff = { user, overrideAccess: false } as const
  const [pickedUp, returned] = await Promise.all([
    payload.find({
      collection: 'mail-items',
      where: {
        status: { equals: 'picked-up' },
        pickedUpAt: { greater_than_equal: range.from, less_than: range.to },
      },
      sort: 'pickedUpAt',
      limit: 5000,
      pagination: false,
      depth: 1,
      populate: { households: { unit: true } },
      select: {
        household: true,
        addressee: true,
        kind: true,
        trackingNumber: true,
        pickedUpAt: true,
        pickedUpBy: true,
        delegate: true,
        pickupPlace: true,
        pickupSignature: true,
      },
      ...asStaff,
    }),
    payload.find({
      collection: 'mail-items',
      where: {
        status: { equals: 'returned' },
        returnedAt: { greater_than_equal: range.from, less_than: range.to },
      },
      sort: 'returnedAt',
      limit: 1000,
      pagination: false,
      depth: 1,
      populate: { households: { unit: true } },
      select: {
        household: true,
        addressee: true,
        kind: true,
        returnedAt: true,
        returnReason: true,
      },
      ...asStaff,
    }),
  ])
  const when = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, estate.timeZone, lang) : ''
  const place = (p?: string | null) =>
    p === 'kiosk' ? (lang === 'en' ? 'Kiosk' : '自助機') : lang === 'en' ? 'Desk' : '櫃枱'

  return (
    <main>
      <div className="topbar no-print">
        <a href="/office/mail">{m('mailDesk')}</a>
        <form method="get" className="actions">
          <label htmlFor="month">{m('month')}</label>
          <input id="month" name="month" type="month" defaultValue={month} />
          <button type="submit" className="button secondary">
            {m('show')}
          </button>
          <PrintButton label={m('print')} />
        </form>
      </div>
      <div className="receipt-head">
        <h1>
          {estateName(estate, lang)} · {m('registerTitle')}
        </h1>
        <p>{month}</p>
      </div>
      {pickedUp.docs.length === 0 ? (
        <p>{m('noPickups')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m('date')}</th>
              <th scope="col">{m('unit')}</th>
              <th scope="col">{m('addressee')}</th>
              <th scope="col">{m('kind')}</th>
              <th scope="col">{m('tracking2')}</th>
              <th scope="col">{m('place')}</th>
              <th scope="col">{m('signedBy')}</th>
              <th scope="col">{m('signature')}</th>
            </tr>
          </thead>
          <tbody>
            {pickedUp.docs.map((i) => {
              const signature = i.pickupSignature as Signature | null
              return (
                <tr key={i.id}>
                  <td>{when(i.pickedUpAt)}</td>
                  <td>{(i.household as Household)?.unit}</td>
                  <td>{i.addressee}</td>
                  <td>{MAIL_KIND_LABELS[i.kind][lang]}</td>
                  <td>{i.trackingNumber}</td>
                  <td>{place(i.pickupPlace)}</td>
                  <td>
                    {i.pickedUpBy}
                    {i.delegate ? ` (${m('delegate')})` : ''}
                  </td>
                  <td>
                    {signature?.url ? (
                      // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
                      <img
                        className="register-signature"
                        src={signature.url}
                        alt={`${m('signature')}${lang === 'en' ? ': ' : '：'}${i.pickedUpBy ?? ''}`}
                      />
                    ) : null}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {pickedUp.docs.length ? <p>{m('total', { n: pickedUp.docs.length })}</p> : null}
      {returned.docs.length ? (
        <>
          <h2>{m('returnedThisMonth')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{m('date')}</th>
                <th scope="col">{m('unit')}</th>
                <th scope="col">{m('addressee')}</th>
                <th scope="col">{m('kind')}</th>
                <th scope="col">{m('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {returned.docs.map((i) => (
                <tr key={i.id}>
                  <td>{when(i.returnedAt)}</td>
                  <td>{(i.household as Household)?.unit}</td>
                  <td>{i.addressee}</td>
                  <td>{MAIL_KIND_LABELS[i.kind][lang]}</td>
                  <td>{i.returnReason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </main>
  )
}
