'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { formatEstateTime } from '@/domain/estates/timeZone'
import type { InsideVisitor } from '@/domain/visitors/readVisitorsInside'
import { howVisitorCameIn } from '@/domain/visitors/rules'
import type { OfficeLang } from '@/i18n/office'
import { visitorBoardText } from '@/i18n/visitorBoards'

type InsidePage = {
  count: number
  page: number
  pages: number
  pageSize: number
  q: string
  visitors: InsideVisitor[]
}

/**
 * VIS-5 on the boards: find anyone inside — by name, organisation, plate or host — a page at a
 * time (`GET /api/visitor-requests/inside`), and check them out from the list when the server says
 * the reader may. The board itself shows only the latest visitors inside. The list opens as a modal
 * dialog over the board: the board grows and shrinks as it hears of visitors, and a row must not
 * move under the guard's finger while they check someone out.
 */
export function InsideFinder({
  lang,
  timeZone,
  changed,
  onCheckOut,
}: {
  lang: OfficeLang
  timeZone: string
  /** Bumped when the board hears of a change: the open list reads again. */
  changed: unknown
  /** Checks the visitor out; answers the refusal's message, if any. */
  onCheckOut: (visitor: InsideVisitor) => Promise<string | null>
}) {
  const t = visitorBoardText(lang)
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [asked, setAsked] = useState({ q: '', page: 1 })
  const [found, setFound] = useState<InsidePage | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      searchRef.current?.focus()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  // Reads overlap (the list opening, a search, the board hearing of a change): only the last
  // one asked may fill the list, or a slow read of everyone could replace a search's answer.
  const lastRead = useRef(0)
  const read = useCallback(async () => {
    const params = new URLSearchParams({ page: String(asked.page) })
    if (asked.q) params.set('q', asked.q)
    const asking = ++lastRead.current
    const result = await callApi<InsidePage>(`/api/visitor-requests/inside?${params}`, lang)
    if (asking !== lastRead.current) return
    if (result.ok) {
      setFound(result.data)
      setProblem(null)
    } else setProblem(result.message)
  }, [asked, lang])

  useEffect(() => {
    if (open) void read()
  }, [open, read, changed])

  const time = (iso: string) => formatEstateTime(iso, timeZone, lang)

  async function checkOut(visitor: InsideVisitor) {
    setBusy(true)
    const refused = await onCheckOut(visitor)
    setBusy(false)
    setProblem(refused)
    await read()
  }

  return (
    <div className="inside-finder">
      <button
        ref={triggerRef}
        type="button"
        className="button secondary"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('findInside')}
      </button>
      <dialog
        ref={dialogRef}
        className="inside-finder-dialog"
        aria-labelledby="inside-finder-title"
        // Escape (the dialog's cancel) and the close button both end here.
        onClose={() => {
          setOpen(false)
          triggerRef.current?.focus()
        }}
      >
        {open ? (
          <div id="inside-finder-panel">
            <div className="inside-finder-head">
              <h3 id="inside-finder-title">{t('findInsideTitle')}</h3>
              <button type="button" className="button secondary" onClick={() => setOpen(false)}>
                {t('findInsideClose')}
              </button>
            </div>
            <form
              role="search"
              className="actions"
              noValidate
              onSubmit={(e) => {
                e.preventDefault()
                setAsked({ q: typed.trim(), page: 1 })
              }}
            >
              <label className="field">
                {t('findInsideLabel')}
                <input
                  ref={searchRef}
                  type="search"
                  value={typed}
                  maxLength={50}
                  autoComplete="off"
                  onChange={(e) => setTyped(e.target.value)}
                />
              </label>
              <button type="submit" className="button">
                {t('findInsideSearch')}
              </button>
            </form>
            {problem ? (
              <p className="problems" role="alert">
                {problem}
              </p>
            ) : null}
            {found ? (
              <p role="status">
                {found.q
                  ? t('findInsideFound', { n: found.count, q: found.q })
                  : t('findInsideAll', { n: found.count })}
                {found.pages > 1
                  ? ` · ${t('pageOf', { page: found.page, pages: found.pages })}`
                  : ''}
              </p>
            ) : null}
            {found && found.visitors.length > 0 ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('visitor')}</th>
                    <th scope="col">{t('host')}</th>
                    <th scope="col">{t('checkedIn')}</th>
                    <th scope="col">{t('howIn')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('checkOut')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {found.visitors.map((v) => (
                    <tr key={`${v.kind}-${v.id}`}>
                      <td>
                        {v.name}
                        {v.organisation ? ` · ${v.organisation}` : ''}
                        {v.plate ? ` · ${v.plate}` : ''}
                      </td>
                      <td>{v.hostUnit ?? v.hostDepartment?.[lang] ?? ''}</td>
                      <td>{time(v.checkedInAt)}</td>
                      <td>{t(howVisitorCameIn(v))}</td>
                      <td>
                        <CheckOutButton
                          visitor={v}
                          lang={lang}
                          busy={busy}
                          onCheckOut={() => void checkOut(v)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {found && found.pages > 1 ? (
              <nav className="actions" aria-label={t('findInsidePages')}>
                <button
                  type="button"
                  className="button secondary"
                  disabled={found.page <= 1}
                  onClick={() => setAsked({ ...asked, page: found.page - 1 })}
                >
                  {t('previousPage')}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  disabled={found.page >= found.pages}
                  onClick={() => setAsked({ ...asked, page: found.page + 1 })}
                >
                  {t('nextPage')}
                </button>
              </nav>
            ) : null}
          </div>
        ) : null}
      </dialog>
    </div>
  )
}

/** Checks a visitor inside out, on the board or the inside list — when the server says the reader may. */
export function CheckOutButton({
  visitor,
  lang,
  busy,
  onCheckOut,
}: {
  visitor: InsideVisitor
  lang: OfficeLang
  busy: boolean
  onCheckOut: () => void
}) {
  if (!visitor.canCheckOut) return null
  return (
    <button type="button" className="button" disabled={busy} onClick={onCheckOut}>
      {visitorBoardText(lang)('checkOut')} · {visitor.name}
    </button>
  )
}
