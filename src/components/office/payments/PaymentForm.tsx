'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { callApi } from '@/components/callApi'
import { formatMoney } from '@/domain/money/formatMoney'
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '@/domain/payments/rules'
import { paymentsText, type PaymentsLang } from '@/i18n/payments'

export type OwedRow = { id: number | string; number: string; member: string; fee: number }

/**
 * The counter's form: every owed pass ticked, a method, an optional slip number; the total shown
 * is what the server will decide, and it refuses a payment whose passes no longer owe it.
 */
export function PaymentForm({
  lang,
  householdId,
  passes,
  currency,
}: {
  lang: PaymentsLang
  householdId: number | string
  passes: OwedRow[]
  currency: string
}) {
  const t = paymentsText(lang)
  const [ticked, setTicked] = useState(() => new Set(passes.map((p) => String(p.id))))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const router = useRouter()
  const chosen = passes.filter((p) => ticked.has(String(p.id)))
  const total = chosen.reduce((sum, p) => sum + p.fee, 0)
  const money = (amount: number) => formatMoney(amount, currency, lang)

  function toggle(id: string, on: boolean) {
    setTicked((before) => {
      const next = new Set(before)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }

  async function submit(form: HTMLFormElement) {
    setError(null)
    if (chosen.length === 0) {
      setError(t('chooseOne'))
      return
    }
    const data = new FormData(form)
    setBusy(true)
    try {
      const result = await callApi<{ doc: { id: number | string; receiptNumber: string } }>(
        '/api/payments/record',
        lang,
        {
          method: 'POST',
          body: {
            household: householdId,
            passes: chosen.map((p) => p.id),
            method: data.get('method'),
            reference: data.get('reference'),
            amount: total,
          },
        },
      )
      // The page itself then says so (receipt number, link) and lists what is still owed.
      if (result.ok)
        router.replace(`/office/households/${householdId}/payment?paid=${result.data.doc.id}`)
      else setError(result.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        void submit(event.currentTarget)
      }}
    >
      <table>
        <caption className="visually-hidden">{t('owed')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pay')}</th>
            <th scope="col">{t('passNumber')}</th>
            <th scope="col">{t('member')}</th>
            <th scope="col" className="money">
              {t('fee')}
            </th>
          </tr>
        </thead>
        <tbody>
          {passes.map((p) => (
            <tr key={p.id}>
              <td>
                <input
                  type="checkbox"
                  className="pay-check"
                  checked={ticked.has(String(p.id))}
                  onChange={(event) => toggle(String(p.id), event.target.checked)}
                  aria-label={t('payFor', { number: p.number })}
                />
              </td>
              <td>{p.number}</td>
              <td>{p.member}</td>
              <td className="money">{money(p.fee)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('total')}
            </th>
            <td className="money">
              <strong data-testid="payment-total">{money(total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <fieldset className="choices">
        <legend>{t('method')}</legend>
        {PAYMENT_METHODS.map((method, i) => (
          <label key={method}>
            <input type="radio" name="method" value={method} defaultChecked={i === 0} />
            {PAYMENT_METHOD_LABELS[method][lang]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="reference">{t('reference')}</label>
        <input id="reference" name="reference" maxLength={100} autoComplete="off" />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="button" type="submit" disabled={busy || chosen.length === 0}>
          {busy ? t('working') : `${t('confirm')} · ${money(total)}`}
        </button>
      </div>
    </form>
  )
}
