'use client'
import { useMemo, useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { SignatureField, type SignatureFieldHandle } from '@/components/SignatureField'
import { formatMoney } from '@/domain/money/formatMoney'
import { handoverText } from '@/i18n/handover'
import { officeText, type OfficeLang } from '@/i18n/office'

export type HandoverPassRow = {
  id: number | string
  number: string
  fee: number
  currency: string
  paid: boolean
  /** PAS-3: an extra pass whose fee is not paid: shown, never selectable. */
  owed: boolean
}

export type HandoverMemberGroup = { member: string; name: string; passes: HandoverPassRow[] }

export type SignerOption = { id: number | string; label: string }

const OTHER = 'other'

/**
 * PAS-5: staff choose which waiting passes to hand over now (a member who is not here keeps theirs
 * for a later handover), who signs (an adult member, or a helper named with a note), and the
 * signer signs on the touch screen (signature_pad). The server checks every choice again.
 */
export function HandoverForm({
  lang,
  householdId,
  groups,
  signers,
  defaultCopyTo,
}: {
  lang: OfficeLang
  householdId: number | string
  groups: HandoverMemberGroup[]
  signers: SignerOption[]
  defaultCopyTo: string
}) {
  const t = officeText(lang)
  const h = handoverText(lang)
  const padRef = useRef<SignatureFieldHandle>(null)
  const selectable = useMemo(
    () => groups.flatMap((g) => g.passes.filter((p) => !p.owed).map((p) => String(p.id))),
    [groups],
  )
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(selectable))
  const [signer, setSigner] = useState<string>(() => (signers[0] ? String(signers[0].id) : OTHER))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<{ receiptId: number | string; count: number } | null>(null)
  // One key for this form: a double tap or a retry after a lost answer gets the first receipt.
  const [idempotencyKey] = useState(() => `handover-${crypto.randomUUID()}`)
  const payment = `/office/households/${householdId}/payment`
  const money = (p: HandoverPassRow) => formatMoney(p.fee, p.currency, lang)

  if (groups.length === 0 && !done) return <p>{t('noPrepared')}</p>

  const toggle = (ids: string[], on: boolean) =>
    setChosen((before) => {
      const next = new Set(before)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })

  async function submit(form: HTMLFormElement) {
    setError(null)
    if (chosen.size === 0) return setError(h('chooseSomething'))
    const data = new FormData(form)
    const typedName = String(data.get('signedByName') ?? '').trim()
    const typedNote = String(data.get('signerNote') ?? '').trim()
    if (signer === OTHER && (!typedName || !typedNote)) return setError(h('typeNameAndNote'))
    const pad = padRef.current
    if (!pad || pad.isEmpty()) return setError(t('signatureMissing'))
    setBusy(true)
    try {
      const result = await callApi<{ doc: { id: number | string } }>(
        '/api/pass-receipts/handover',
        lang,
        {
          method: 'POST',
          headers: { 'Idempotency-Key': idempotencyKey },
          body: {
            household: householdId,
            passes: [...chosen],
            ...(signer === OTHER
              ? { signedByName: typedName, signerNote: typedNote }
              : { signerMember: signer }),
            copyTo: data.get('copyTo'),
            signature: pad.toDataURL(),
          },
        },
      )
      if (!result.ok) {
        setError(result.message)
        return
      }
      setDone({ receiptId: result.data.doc.id, count: chosen.size })
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    const left = groups.reduce((n, g) => n + g.passes.length, 0) - done.count
    return (
      <div className="notice-ok" role="status">
        <p>{h('handedOverSome', { count: done.count })}</p>
        {left > 0 && <p>{h('stillWaiting', { count: left })}</p>}
        <p className="actions">
          <a
            className="button"
            href={`/office/households/${householdId}/receipt?receipt=${done.receiptId}`}
          >
            {t('viewSigned')}
          </a>
          {left > 0 && (
            <a className="button secondary" href={`/office/households/${householdId}/handover`}>
              {h('continueHandover')}
            </a>
          )}
          <a className="button secondary" href={`/admin/collections/households/${householdId}`}>
            {h('backToHousehold')}
          </a>
        </p>
      </div>
    )
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void submit(e.currentTarget)
      }}
      noValidate
    >
      <h2>{h('choosePasses')}</h2>
      <p>{h('choosePassesHelp')}</p>
      {groups.map((g) => {
        const ids = g.passes.filter((p) => !p.owed).map((p) => String(p.id))
        const all = ids.length > 0 && ids.every((id) => chosen.has(id))
        const some = ids.some((id) => chosen.has(id))
        return (
          <fieldset key={g.member} className="handover-member">
            <legend>{h('memberPasses', { name: g.name })}</legend>
            {ids.length > 0 && (
              <label className="handover-member__all">
                <input
                  type="checkbox"
                  checked={all}
                  ref={(el) => {
                    if (el) el.indeterminate = some && !all
                  }}
                  onChange={(e) => toggle(ids, e.currentTarget.checked)}
                />
                {h('handOverMember', { name: g.name })}
              </label>
            )}
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('handOver')}</span>
                  </th>
                  <th scope="col">{h('passNumber')}</th>
                  <th scope="col">{h('fee')}</th>
                </tr>
              </thead>
              <tbody>
                {g.passes.map((p) => (
                  <tr key={p.id} className={p.owed ? 'handover-owed' : undefined}>
                    <td className="handover-check">
                      {p.owed ? null : (
                        <input
                          type="checkbox"
                          aria-label={h('handOverPass', { number: p.number })}
                          checked={chosen.has(String(p.id))}
                          onChange={(e) => toggle([String(p.id)], e.currentTarget.checked)}
                        />
                      )}
                    </td>
                    <td>{p.number}</td>
                    <td>
                      {p.fee === 0 ? (
                        h('free')
                      ) : p.owed ? (
                        <>
                          {money(p)} · <strong>{h('owedNotSelectable')}</strong> ·{' '}
                          <a href={payment}>{h('recordPayment')}</a>
                        </>
                      ) : (
                        <>
                          {money(p)} · {h('paidOn')}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
        )
      })}
      {selectable.length === 0 ? (
        <p className="warning">{h('onlyOwed')}</p>
      ) : (
        <>
          <p aria-live="polite">
            {h('selectedCount', { count: chosen.size, total: selectable.length })}
          </p>

          <h2>{h('signing')}</h2>
          <div className="field">
            <label htmlFor="signer">{h('signer')}</label>
            <select id="signer" value={signer} onChange={(e) => setSigner(e.currentTarget.value)}>
              {signers.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.label}
                </option>
              ))}
              <option value={OTHER}>{h('signerOther')}</option>
            </select>
          </div>
          {signers.length === 0 && <p>{h('noAdult')}</p>}
          {signer === OTHER && (
            <div className="grid-2">
              <div className="field">
                <label htmlFor="signedByName">{h('signerName')}</label>
                <input
                  id="signedByName"
                  name="signedByName"
                  required
                  maxLength={100}
                  autoComplete="off"
                />
              </div>
              <div className="field">
                <label htmlFor="signerNote">{h('signerNote')}</label>
                <input
                  id="signerNote"
                  name="signerNote"
                  required
                  maxLength={300}
                  placeholder={h('signerNoteHint')}
                />
              </div>
            </div>
          )}
          <div className="field">
            <label htmlFor="copyTo">{t('copyTo')}</label>
            <input
              id="copyTo"
              name="copyTo"
              type="email"
              defaultValue={defaultCopyTo}
              autoComplete="email"
            />
          </div>
          <p id="pad-label">{t('signHere')}</p>
          <SignatureField
            ref={padRef}
            labelId="pad-label"
            height={220}
            onStroke={() => setError(null)}
          />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              onClick={() => padRef.current?.clear()}
            >
              {t('clear')}
            </button>
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('working') : t('confirmHandover')}
            </button>
          </div>
        </>
      )}
    </form>
  )
}
