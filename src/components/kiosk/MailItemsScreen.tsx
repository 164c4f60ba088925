'use client'
import { useState } from 'react'

import { countByKind, type MailAction, type MailSession } from '@/domain/kiosk/mailSession'
import type { MailKind } from '@/domain/kiosk/api'
import type { KioskText } from '@/i18n/kiosk'
import { MailKindIcon } from './MailKindIcon'

/** Numbers each item within its kind: Letter 1, Letter 2, Parcel 1. */
function numbered(items: { id: number | string; kind: MailKind }[]) {
  const seen: Partial<Record<MailKind, number>> = {}
  return items.map((item) => ({ ...item, n: (seen[item.kind] = (seen[item.kind] ?? 0) + 1) }))
}

/**
 * The items waiting for the code's addressee (kind only), all ticked; the person may untick some,
 * and say they collect for someone else (the server checks the addressee's authorisation).
 */
export function MailItemsScreen({
  t,
  session,
  dispatch,
  onSign,
}: {
  t: KioskText
  session: MailSession
  dispatch: (action: MailAction) => void
  onSign: () => void
}) {
  const [problem, setProblem] = useState<string | null>(null)
  const lookup = session.lookup!
  const items = numbered(lookup.items)

  function next() {
    if (session.selected.length === 0) return setProblem(t.noneSelected)
    if (session.delegate.on && !session.delegate.name.trim())
      return setProblem(t.delegateNameMissing)
    setProblem(null)
    onSign()
  }

  if (items.length === 0) {
    return (
      <section className="kiosk-panel" aria-labelledby="kiosk-title">
        <h1 id="kiosk-title" tabIndex={-1}>
          {t.itemsTitle}
        </h1>
        <p className="kiosk-lead">{t.nothingWaiting}</p>
        <div className="kiosk-actions">
          <button
            type="button"
            className="kiosk-button"
            onClick={() => dispatch({ type: 'reset' })}
          >
            {t.finish}
          </button>
        </div>
      </section>
    )
  }

  return (
    <section className="kiosk-panel" aria-labelledby="kiosk-title">
      <form
        className="kiosk-cols"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          next()
        }}
      >
        <div className="kiosk-col">
          <h1 id="kiosk-title" tabIndex={-1}>
            {t.itemsTitle}
          </h1>
          <p className="kiosk-summary">
            {t.itemsSummary(lookup.addressee, countByKind(lookup.items), lookup.items.length)}
          </p>
          <fieldset className="kiosk-fieldset">
            <legend className="kiosk-label">{t.itemsLegend}</legend>
            <p className="kiosk-note">{t.itemsHelp}</p>
            <ul className="kiosk-items__list">
              {items.map((item) => {
                const id = String(item.id)
                return (
                  <li key={id}>
                    <label className="kiosk-check">
                      <input
                        type="checkbox"
                        checked={session.selected.includes(id)}
                        onChange={() => dispatch({ type: 'toggle-item', id })}
                      />
                      <MailKindIcon kind={item.kind} />
                      <span>{t.itemLabel(item.kind, item.n)}</span>
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        </div>
        <div className="kiosk-col kiosk-col--end">
          <label className="kiosk-check kiosk-check--delegate">
            <input
              type="checkbox"
              checked={session.delegate.on}
              onChange={(event) => dispatch({ type: 'delegate', on: event.target.checked })}
            />
            <span>{t.forSomeoneElse}</span>
          </label>
          {session.delegate.on ? (
            <div className="kiosk-field">
              <label htmlFor="kiosk-delegate" className="kiosk-label">
                {t.delegateName}
              </label>
              <input
                id="kiosk-delegate"
                className="kiosk-input"
                value={session.delegate.name}
                onChange={(event) => dispatch({ type: 'delegate-name', name: event.target.value })}
                autoComplete="off"
                autoFocus
                maxLength={100}
                aria-describedby="kiosk-delegate-help"
              />
              <p id="kiosk-delegate-help" className="kiosk-note">
                {t.delegateHelp}
              </p>
            </div>
          ) : null}
          {problem || session.error ? (
            <p className="kiosk-error" role="alert">
              {problem ?? session.error?.message}
            </p>
          ) : null}
          <div className="kiosk-actions">
            <button
              type="button"
              className="kiosk-button kiosk-button--secondary"
              onClick={() => dispatch({ type: 'back' })}
            >
              {t.back}
            </button>
            <button type="submit" className="kiosk-button">
              {t.next}
            </button>
          </div>
        </div>
      </form>
    </section>
  )
}
