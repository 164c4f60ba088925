import { requireOfficeStaff } from '@/components/office/staff'
import { readEstateOf } from '@/components/office/mail/estateOf'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { reconcileBatch } from '@/domain/mail/rules'
import { DEFAULT_MAIL_REMINDER_DAYS } from '@/domain/mail/remindUnclaimedMail'
import { MAIL_KIND_LABELS, MAIL_SOURCE_LABELS } from '@/domain/mail/transitions'
import { mailDeskText } from '@/i18n/mailDesk'
import type { Household, MailBatch } from '@payload-types'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('郵件櫃枱', 'Mail desk')

/**
 * The mail desk (MAIL-1 … MAIL-6): batches waiting for CS to count and sign, the recent batches
 * with their reconciliation (received = picked up + waiting + returned), and mail that has waited
 * longer than the estate's reminder days. Everything is read as the staff member.
 */
export default async function MailDeskPage() {
  const { payload, user, lang } = await requireOfficeStaff('/office/mail')
  const m = mailDeskText(lang)
  const estate = await readEstateOf(payload, user)
  const asStaff = { user, overrideAccess: false, depth: 0 } as const

  const [awaiting, recent, settings] = await Promise.all([
    payload.find({
      collection: 'mail-batches',
      where: { status: { equals: 'handed-over' } },
      sort: 'createdAt',
      limit: 50,
      ...asStaff,
    }),
    payload.find({
      collection: 'mail-batches',
      where: { status: { equals: 'accepted' } },
      sort: '-acceptedAt',
      limit: 15,
      ...asStaff,
    }),
    payload.find({ collection: 'estate-settings', limit: 1, ...asStaff }),
  ])
  const days = settings.docs[0]?.mailReminderDays ?? DEFAULT_MAIL_REMINDER_DAYS
  const cutoff = new Date(Date.now() - days * 86400_000).toISOString()
  const [longWaiting, reconciled] = await Promise.all([
    payload.find({
      collection: 'mail-items',
      where: { status: { equals: 'waiting' }, createdAt: { less_than: cutoff } },
      sort: 'createdAt',
      limit: 50,
      ...asStaff,
      depth: 1,
      select: { household: true, addressee: true, kind: true, location: true, createdAt: true },
      populate: { households: { unit: true } },
    }),
    Promise.all(
      recent.docs.map(async (batch) => {
        const items = await payload.find({
          collection: 'mail-items',
          where: { batch: { equals: batch.id } },
          limit: 10_000,
          pagination: false,
          select: { status: true },
          ...asStaff,
        })
        return { batch, tally: reconcileBatch(batch.countedCount, items.docs) }
      }),
    ),
  ])
  const when = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, estate.timeZone, lang) : ''
  const source = (b: MailBatch) =>
    b.source === 'courier' && b.courierName ? b.courierName : MAIL_SOURCE_LABELS[b.source][lang]

  return (
    <main>
      <div className="topbar no-print">
        <a href="/admin">{lang === 'en' ? 'Back to the admin panel' : '返回管理介面'}</a>
        <span className="actions">
          <a className="button" href="/office/mail/pickup">
            {m('deskPickup')}
          </a>
          <a className="button secondary" href="/office/mail/register">
            {m('register')}
          </a>
          <a className="button secondary" href="/admin/collections/mail-batches/create">
            {m('handOverBatch')}
          </a>
        </span>
      </div>
      <h1>{m('mailDesk')}</h1>

      <h2>{m('awaitingCount')}</h2>
      {awaiting.docs.length === 0 ? (
        <p>{m('noneAwaiting')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m('arrived')}</th>
              <th scope="col">{m('source')}</th>
              <th scope="col">{m('declared')}</th>
              <th scope="col">
                <span className="visually-hidden">{m('open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {awaiting.docs.map((b) => (
              <tr key={b.id}>
                <td>{when(b.createdAt)}</td>
                <td>{source(b)}</td>
                <td>{b.declaredCount}</td>
                <td>
                  <a href={`/office/mail/batches/${b.id}`}>{m('countAndSign')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{m('recentBatches')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{m('arrived')}</th>
            <th scope="col">{m('source')}</th>
            <th scope="col">{m('declared')}</th>
            <th scope="col">{m('counted')}</th>
            <th scope="col">{m('recorded')}</th>
            <th scope="col">{m('pickedUp')}</th>
            <th scope="col">{m('waiting')}</th>
            <th scope="col">{m('returned')}</th>
            <th scope="col">
              <span className="visually-hidden">{m('open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {reconciled.map(({ batch: b, tally }) => (
            <tr key={b.id}>
              <td>{when(b.createdAt)}</td>
              <td>{source(b)}</td>
              <td>{b.declaredCount}</td>
              <td>
                {b.countedCount}
                {b.countMismatch ? <strong className="flag"> · {m('mismatch')}</strong> : null}
              </td>
              <td>
                {tally.recorded}
                {tally.balanced ? null : (
                  <span className="flag">
                    {' '}
                    · {m('notBalanced', { n: (b.countedCount ?? 0) - tally.recorded })}
                  </span>
                )}
              </td>
              <td>{tally.pickedUp}</td>
              <td>{tally.waiting}</td>
              <td>{tally.returned}</td>
              <td>
                <a href={`/office/mail/batches/${b.id}`}>{m('recordItems')}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{m('waitingLong', { days })}</h2>
      {longWaiting.docs.length === 0 ? (
        <p>{m('noneWaitingLong')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m('arrived')}</th>
              <th scope="col">{m('unit')}</th>
              <th scope="col">{m('addressee')}</th>
              <th scope="col">{m('kind')}</th>
              <th scope="col">{m('shelf')}</th>
            </tr>
          </thead>
          <tbody>
            {longWaiting.docs.map((i) => (
              <tr key={i.id}>
                <td>{when(i.createdAt)}</td>
                <td>{(i.household as Household)?.unit}</td>
                <td>
                  <a href={`/admin/collections/mail-items/${i.id}`}>{i.addressee}</a>
                </td>
                <td>{MAIL_KIND_LABELS[i.kind][lang]}</td>
                <td>{i.location}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
