'use client'
import { type FormEvent, useId, useState } from 'react'

import { adminText } from '@/i18n/admin'
import type { AdminLang } from '@/server/adminBrand'

type Hit = { id: number | string; title: string; detail: string; href: string }
type Results = { households: Hit[]; members: Hit[]; passes: Hit[] }
type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'found'; results: Results }
  | { kind: 'refused'; message: string }

const GROUPS = ['households', 'members', 'passes'] as const

/** The dashboard's one box: GET /api/search, results grouped, each linking to its record. */
export function EstateSearch({ lang }: { lang: AdminLang }) {
  const t = adminText(lang)
  const id = useId()
  const [q, setQ] = useState('')
  const [state, setState] = useState<State>({ kind: 'idle' })

  const search = async (event: FormEvent) => {
    event.preventDefault()
    setState({ kind: 'searching' })
    const res = await fetch(`/api/search?q=${encodeURIComponent(q)}`, {
      credentials: 'include',
      headers: { 'Accept-Language': lang },
    }).catch(() => null)
    const body = res ? await res.json().catch(() => null) : null
    if (res?.ok && body) return setState({ kind: 'found', results: body as Results })
    const message = body?.errors?.[0]?.message
    setState({
      kind: 'refused',
      message: typeof message === 'string' ? message : t('searchFailed'),
    })
  }

  const total =
    state.kind === 'found' ? GROUPS.reduce((n, group) => n + state.results[group].length, 0) : 0

  return (
    <section className="estate-search" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="staff-dashboard__heading">
        {t('searchHeading')}
      </h2>
      <form role="search" onSubmit={search} className="estate-search__form">
        <label htmlFor={`${id}-q`} className="estate-search__label">
          {t('searchLabel')}
        </label>
        <div className="estate-search__row">
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={q}
            maxLength={50}
            autoComplete="off"
            onChange={(event) => setQ(event.target.value)}
            className="estate-search__input"
          />
          <button
            type="submit"
            className="btn btn--style-primary btn--size-medium estate-search__button"
          >
            {t('searchButton')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" className="estate-search__status">
        {state.kind === 'searching' ? t('searching') : null}
        {state.kind === 'refused' ? (
          <span className="estate-search__error">{state.message}</span>
        ) : null}
        {state.kind === 'found' && total === 0 ? t('noResults') : null}
      </div>
      {state.kind === 'found' && total > 0 ? (
        <div className="estate-search__results">
          {GROUPS.filter((group) => state.results[group].length > 0).map((group) => (
            <section key={group} aria-label={t(group)} className="estate-search__group">
              <h3 className="estate-search__group-heading">{t(group)}</h3>
              <ul>
                {state.results[group].map((hit) => (
                  <li key={hit.id}>
                    <a href={hit.href}>{hit.title}</a>
                    {hit.detail ? (
                      <span className="estate-search__detail"> {hit.detail}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </section>
  )
}
