import { CountBatchForm } from '@/components/office/mail/CountBatchForm'
import { RecordItemForm } from '@/components/office/mail/RecordItemForm'
import { readEstateOf } from '@/components/office/mail/estateOf'
import { findOr404, requireOfficeStaff } from '@/components/office/staff'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { reconcileBatch } from '@/domain/mail/rules'
import {
  MAIL_ITEM_STATUS_LABELS,
  MAIL_KIND_LABELS,
  MAIL_SOURCE_LABELS,
} from '@/domain/mail/transitions'
import { mailDeskText } from '@/i18n/mailDesk'
import type { Household, User } from '@payload-types'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('郵件批次', 'Mail batch')

type Args = { params: Promise<{ id: string }> }

/**
 * One batch at the mail desk: CS counts it with the guard and signs (MAIL-2); then records its
 * items one after another from the keyboard (MAIL-3), seeing how many of the counted are recorded.
 */
export default async function MailBatchPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang } = await requireOfficeStaff(`/office/mail/batches/${id}`)
  const m = mailDeskText(lang)
  const batch = await findOr404(payload, user, 'mail-batches', id, 1)
  const estate = await readEstateOf(payload, user)
  const items = await payload.find({
    collection: 'mail-items',
    where: { batch: { equals: batch.id } },
    sort: '-createdAt',
    limit: 10_000,
    pagination: false,
    depth: 1,
    select: {
      household: true,
      addressee: true,
      kind: true,
      trackingNumber: true,
      location: true,
      status: true,
    },
    populate: { households: { unit: true } },
    user,
    overrideAccess: false,
  })
  const tally = reconcileBatch(batch.countedCount, items.docs)
  const source =
    batch.source === 'courier' && batch.courierName
      ? batch.courierName
      : MAIL_SOURCE_LABELS[batch.source][lang]
  const signer = batch.acceptedBy as User | null

  return (
    <main>
      <div className="topbar">
        <a href="/office/mail">{m('mailDesk')}</a>
      </div>
      <h1>
        {m('batch')} · {source} · {formatEstateDateTime(batch.createdAt, estate.timeZone, lang)}
      </h1>
      <table>
        <tbody>
          <tr>
            <th scope="row">{m('declared')}</th>
            <td>{batch.declaredCount}</td>
          </tr>
          {batch.status === 'accepted' ? (
            <>
              <tr>
                <th scope="row">{m('counted')}</th>
                <td>
                  {batch.countedCount}
                  {batch.countMismatch ? (
                    <strong className="flag">
                      {' '}
                      · {m('mismatch')}: {batch.discrepancyNote}
                    </strong>
                  ) : null}
                </td>
              </tr>
              <tr>
                <th scope="row">{m('signedBy')}</th>
                <td>
                  {signer?.name ?? ''}
                  {batch.acceptedAt
                    ? ` · ${formatEstateDateTime(batch.acceptedAt, estate.timeZone, lang)}`
                    : ''}
                </td>
              </tr>
              <tr>
                <th scope="row">{m('recorded')}</th>
                <td>
                  {tally.recorded} / {batch.countedCount} · {m('pickedUp')} {tally.pickedUp} ·{' '}
                  {m('waiting')} {tally.waiting} · {m('returned')} {tally.returned}
                  {tally.balanced ? ` · ${m('balanced')}` : null}
                </td>
              </tr>
            </>
          ) : null}
        </tbody>
      </table>

      {batch.status === 'handed-over' ? (
        <CountBatchForm lang={lang} batchId={batch.id} declared={batch.declaredCount} />
      ) : (batch.countedCount ?? 0) > tally.recorded ? (
        <RecordItemForm
          lang={lang}
          batchId={batch.id}
          counted={batch.countedCount ?? 0}
          recorded={tally.recorded}
        />
      ) : (
        <p className="notice-ok">{m('batchFull')}</p>
      )}

      {items.docs.length ? (
        <>
          <h2>{m('itemsOfBatch')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{m('unit')}</th>
                <th scope="col">{m('addressee')}</th>
                <th scope="col">{m('kind')}</th>
                <th scope="col">{m('tracking2')}</th>
                <th scope="col">{m('shelf')}</th>
                <th scope="col">{m('status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.docs.map((i) => (
                <tr key={i.id}>
                  <td>{(i.household as Household)?.unit}</td>
                  <td>
                    <a href={`/admin/collections/mail-items/${i.id}`}>{i.addressee}</a>
                  </td>
                  <td>{MAIL_KIND_LABELS[i.kind][lang]}</td>
                  <td>{i.trackingNumber}</td>
                  <td>{i.location}</td>
                  <td>{MAIL_ITEM_STATUS_LABELS[i.status ?? 'waiting'][lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </main>
  )
}
