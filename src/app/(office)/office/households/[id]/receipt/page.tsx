import { notFound } from 'next/navigation'
import QRCode from 'qrcode'

import { PrintButton } from '@/components/office/PrintButton'
import { findOr404, findPreparedPasses, requireOfficeStaff } from '@/components/office/staff'
import { idOf } from '@/domain/relations'
import type { Member, Pass, PassReceipt, Signature, User } from '@payload-types'

type Args = { params: Promise<{ id: string }>; searchParams: Promise<{ receipt?: string }> }

const qrSvg = (token: string) =>
  QRCode.toString(token, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })

/**
 * PAS-4: the sign-for receipt (簽收單) of a household: every prepared pass with its number and
 * QR code, and a signature line — one clean A4 page from the browser's print. With ?receipt=ID,
 * the signed receipt with the resident's signature and time (PAS-5).
 */
export default async function ReceiptPage({ params, searchParams }: Args) {
  const { id } = await params
  const { receipt: receiptId } = await searchParams
  const { payload, user, lang, t } = await requireOfficeStaff(`/office/households/${id}/receipt`)
  const household = await findOr404(payload, user, 'households', id)
  // The household's estate, read as the staff member: its name, logo and time zone head the page.
  const estate = await findOr404(payload, user, 'estates', String(idOf(household.estate)), 1)

  let passes: Pass[]
  let signed: PassReceipt | null = null
  if (receiptId) {
    signed = await findOr404(payload, user, 'pass-receipts', receiptId, 2)
    if (String(idOf(signed.household)) !== String(household.id)) notFound()
    passes = (signed.passes ?? []).filter((p): p is Pass => typeof p === 'object')
  } else {
    const found = await findPreparedPasses(payload, user, household.id)
    passes = found.docs
  }
  const receipts = await payload.find({
    collection: 'pass-receipts',
    where: { household: { equals: household.id } },
    sort: '-signedAt',
    depth: 0,
    limit: 50,
    user,
    overrideAccess: false,
  })
  const codes = await Promise.all(passes.map((p) => qrSvg(p.qrToken ?? String(p.id))))
  const dateFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-TW', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: estate.timeZone,
  })
  const signature =
    signed && typeof signed.signature === 'object' ? (signed.signature as Signature) : null
  const handedOverBy =
    signed?.createdBy && typeof signed.createdBy.value === 'object'
      ? (signed.createdBy.value as User).name
      : null

  return (
    <main>
      <div className="topbar no-print">
        <a href={`/admin/collections/households/${household.id}`}>{t('backToAdmin')}</a>
        <div className="actions">
          {!signed && passes.length > 0 && (
            <a className="button secondary" href={`/office/households/${household.id}/handover`}>
              {t('handOver')}
            </a>
          )}
          <PrintButton label={t('print')} />
        </div>
      </div>
      <div className="receipt-head">
        <h1>
          {t('receiptTitle')} · {household.unit}
        </h1>
        {typeof estate.logo === 'object' && estate.logo?.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
          <img src={estate.logo.url} alt="" height={40} style={{ height: 40, width: 'auto' }} />
        ) : null}
        <span>
          {t('estateOffice', {
            estate: lang === 'en' ? estate.nameEn || estate.name : estate.name,
          })}
        </span>
      </div>
      {passes.length === 0 ? (
        <p>{t('noPrepared')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('passNumber')}</th>
              <th scope="col">{t('member')}</th>
              <th scope="col">{t('fee')}</th>
              <th scope="col">{t('qr')}</th>
            </tr>
          </thead>
          <tbody>
            {passes.map((p, i) => (
              <tr key={p.id}>
                <td>{p.number}</td>
                <td>{typeof p.member === 'object' ? (p.member as Member).name : ''}</td>
                <td>{p.fee ? `${p.fee} ${p.currency ?? ''}` : t('free')}</td>
                <td>
                  <div
                    className="qr"
                    role="img"
                    aria-label={`${t('qr')} ${p.number}`}
                    dangerouslySetInnerHTML={{ __html: codes[i]! }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {signed ? (
        <section aria-label={t('signature')}>
          <p>
            {t('signedBy')}: <strong>{signed.signedByName}</strong> · {t('signedAt')}:{' '}
            <strong>{dateFormat.format(new Date(signed.signedAt))}</strong>
            {handedOverBy ? ` · ${t('handedOverBy')}: ${handedOverBy}` : ''}
          </p>
          {signature?.url && (
            // eslint-disable-next-line @next/next/no-img-element
            <img
              className="signature-img"
              src={signature.url}
              alt={`${t('signature')}: ${signed.signedByName}`}
            />
          )}
        </section>
      ) : (
        passes.length > 0 && (
          <div className="sign-line">
            <div>{t('signature')}</div>
            <div>{t('date')}</div>
          </div>
        )
      )}
      {receipts.totalDocs > 0 && (
        <section className="no-print">
          <h2>{t('signedReceipts')}</h2>
          <ul>
            {receipts.docs.map((r) => (
              <li key={r.id}>
                <a href={`/office/households/${household.id}/receipt?receipt=${r.id}`}>
                  {dateFormat.format(new Date(r.signedAt))} — {r.signedByName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  )
}
