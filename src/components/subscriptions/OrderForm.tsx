'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useState, useTransition } from 'react'

import { callApi } from '@/components/callApi'
import { type PortalLang, portalText } from '@/i18n/portal'
import { useHydrated } from '@/components/portal/useHydrated'

type Title = { id: number; label: string; title: string }
type MonthOption = { value: string; label: string }

/**
 * SUB-1: a resident orders a title for a number of months from a first month. The server decides
 * the household, the fee and the status; an order of less than a month is refused there too.
 */
export function OrderForm({
  lang,
  titles,
  startMonths,
}: {
  lang: PortalLang
  titles: Title[]
  startMonths: MonthOption[]
}) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const router = useRouter()
  const [, startTransition] = useTransition()
  const [errors, setErrors] = useState<{ title?: string; months?: string; form?: string }>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  useEffect(() => setErrors({}), [lang])

  async function submit(form: HTMLFormElement) {
    setDone(null)
    const data = new FormData(form)
    const publication = Number(data.get('publication'))
    const monthsText = String(data.get('months') ?? '').trim()
    const months = Number(monthsText)
    const found: typeof errors = {}
    if (!publication) found.title = t.chooseTitle
    if (!/^\d+$/.test(monthsText) || months < 1 || months > 60) found.months = t.monthsInvalid
    setErrors(found)
    if (found.title || found.months) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    setBusy(true)
    const result = await callApi('/api/subscriptions', lang, {
      method: 'POST',
      body: { publication, months, startDate: `${String(data.get('start'))}-01` },
    })
    setBusy(false)
    if (!result.ok) return setErrors({ form: result.message })
    setDone(titles.find((x) => x.id === publication)?.title ?? '')
    form.reset()
    startTransition(() => router.refresh())
  }

  return (
    <form
      className="portal-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit(e.currentTarget)
      }}
    >
      <div className="portal-field">
        <label htmlFor="order-publication" className="portal-field__label">
          {t.titleLabel}
        </label>
        <select
          id="order-publication"
          name="publication"
          className="portal-field__input"
          defaultValue=""
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? 'order-publication-error' : undefined}
        >
          <option value="">{t.chooseTitle}</option>
          {titles.map((title) => (
            <option key={title.id} value={title.id}>
              {title.label}
            </option>
          ))}
        </select>
        {errors.title ? (
          <p id="order-publication-error" className="portal-field__error">
            {errors.title}
          </p>
        ) : null}
      </div>
      <div className="portal-field">
        <label htmlFor="order-start" className="portal-field__label">
          {t.startLabel}
        </label>
        <select
          id="order-start"
          name="start"
          className="portal-field__input"
          defaultValue={startMonths[1]?.value}
        >
          {startMonths.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <div className="portal-field">
        <label htmlFor="order-months" className="portal-field__label">
          {t.monthsLabel}
        </label>
        <p id="order-months-hint" className="portal-field__hint">
          {t.monthsHint}
        </p>
        <input
          id="order-months"
          name="months"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          step={1}
          defaultValue={3}
          className="portal-field__input"
          aria-invalid={errors.months ? true : undefined}
          aria-describedby={`order-months-hint${errors.months ? ' order-months-error' : ''}`}
        />
        {errors.months ? (
          <p id="order-months-error" className="portal-field__error">
            {errors.months}
          </p>
        ) : null}
      </div>
      {errors.form ? (
        <p role="alert" className="portal-alert">
          {errors.form}
        </p>
      ) : null}
      <button
        type="submit"
        className="portal-button portal-button--primary portal-button--wide"
        disabled={!hydrated || busy}
      >
        {busy ? t.submitting : t.orderSubmit}
      </button>
      <p role="status" className={done !== null ? 'portal-success' : 'portal-visually-hidden'}>
        {done !== null ? t.orderDone(done) : null}
      </p>
    </form>
  )
}
