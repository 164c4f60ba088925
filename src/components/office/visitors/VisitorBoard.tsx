'use client'
import { useCallback, useEffect, useState } from 'react'

import { callApi } from '@/components/callApi'
import { formatEstateTime } from '@/domain/estates/timeZone'
import { useLiveRefresh } from '@/components/useLiveRefresh'
import type { MatchField } from '@/domain/visitors/doNotAdmit'
import type { BoardInside, BoardRow } from '@/domain/visitors/readVisitorBoard'
import type { InsideVisitor } from '@/domain/visitors/readVisitorsInside'
import { formatWaited, howVisitorCameIn } from '@/domain/visitors/rules'
import { HOST_DEPARTMENT_LABELS } from '@/domain/visitors/transitions'
import type { OfficeLang } from '@/i18n/office'
import { visitorBoardText } from '@/i18n/visitorBoards'
import { GatePassScanner } from './GatePassScanner'
import { CheckOutButton, InsideFinder } from './InsideFinder'
import { ResidentPassCheck } from './ResidentPassCheck'

type Board = {
  serverTime: string
  responseSeconds: number
  timeZone: string
  onDuty: boolean
  requests: BoardRow[]
  inside: BoardInside
}

/**
 * How often a board reads while its live stream is down (refused, server restarting, live updates
 * paused), as every board did before there was a stream. The bench's polling baseline uses it too.
 */
export const BOARD_POLL_MS = 2000

/**
 * The gate board (`mode="gate"`, VIS-1, VIS-5) and the CS board (`mode="cs"`, VIS-2, VIS-3) share
 * one live list: it reads `/api/visitor-requests/board` whenever the server announces a change of
 * the estate's visitors (`/api/live/visitors`, from any server process), polls every 2 seconds
 * while that stream is down, counts waiting time by the server's clock, and offers only the moves
 * the server says the reader may make. Of the visitors inside it shows how many there are and the
 * latest of them; the others are a search away (`InsideFinder`).
 */
export function VisitorBoard({
  mode,
  lang,
  estateName,
  timeZone,
  estateId,
  units,
  departments,
}: {
  mode: 'gate' | 'cs'
  lang: OfficeLang
  estateName: string
  timeZone: string
  /** The gate board keeps the estate's offline pass bundle under it. */
  estateId?: number | string
  units: { id: number | string; unit: string }[]
  departments: { value: string; label: string }[]
}) {
  const t = visitorBoardText(lang)
  const [board, setBoard] = useState<Board | null>(null)
  const [online, setOnline] = useState(true)
  const [offset, setOffset] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const read = useCallback(async () => {
    const result = await callApi<Board>('/api/visitor-requests/board', lang)
    if (result.ok) {
      setBoard(result.data)
      setOffset(new Date(result.data.serverTime).getTime() - Date.now())
      setOnline(true)
    } else setOnline(false)
  }, [lang])

  const { streaming, refresh } = useLiveRefresh('visitors', read, BOARD_POLL_MS)

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000)
    // The browser knows first: say so at once, not at the next read.
    const gone = () => setOnline(false)
    window.addEventListener('offline', gone)
    return () => {
      clearInterval(tick)
      window.removeEventListener('offline', gone)
    }
  }, [])

  const serverNow = now + offset
  const time = (iso: string | null) => (iso ? formatEstateTime(iso, timeZone, lang) : '')
  const waitedNow = (row: BoardRow) =>
    row.status === 'waiting'
      ? Math.max(0, Math.floor((serverNow - new Date(row.createdAt).getTime()) / 1000))
      : row.waitedSeconds
  const hostOf = (row: BoardRow) =>
    row.hostUnit ??
    (row.hostDepartment
      ? HOST_DEPARTMENT_LABELS[row.hostDepartment as keyof typeof HOST_DEPARTMENT_LABELS][lang]
      : '')
  const howOf = (how: string | null) =>
    how === 'phone'
      ? t('phone')
      : how === 'in-person'
        ? t('inPerson')
        : how === 'portal'
          ? t('portal')
          : ''

  async function move(row: BoardRow, to: string, answer?: Answer) {
    setBusy(true)
    setMessage(null)
    const result = await callApi(`/api/visitor-requests/${row.id}`, lang, {
      method: 'PATCH',
      body: { status: to, ...answer },
    })
    setBusy(false)
    if (!result.ok) setMessage({ ok: false, text: result.message })
    await refresh()
  }

  async function record(form: HTMLFormElement) {
    const data = new FormData(form)
    const surname = String(data.get('surname') ?? '').trim()
    if (!surname) return setMessage({ ok: false, text: t('surnameRequired') })
    const kind = data.get('hostKind')
    let hostHousehold: number | string | undefined
    if (kind === 'unit') {
      const unit = String(data.get('unit') ?? '').trim()
      const found = units.find((u) => u.unit.toLowerCase() === unit.toLowerCase())
      if (!found) return setMessage({ ok: false, text: t('unknownUnit', { unit }) })
      hostHousehold = found.id
    }
    setBusy(true)
    const result = await callApi('/api/visitor-requests', lang, {
      method: 'POST',
      body: {
        surname,
        organisation: data.get('organisation') ?? '',
        plate: data.get('plate') ?? '',
        ...(kind === 'unit' ? { hostHousehold } : { hostDepartment: data.get('department') ?? '' }),
      },
    })
    setBusy(false)
    if (!result.ok) return setMessage({ ok: false, text: result.message })
    form.reset()
    setMessage({ ok: true, text: t('sent') })
    await refresh()
  }

  /** A visitor inside leaves: a request moves to checked-out, a pass use is checked out. */
  async function checkOut(visitor: InsideVisitor) {
    const result =
      visitor.kind === 'request'
        ? await callApi(`/api/visitor-requests/${visitor.id}`, lang, {
            method: 'PATCH',
            body: { status: 'checked-out' },
          })
        : await callApi('/api/visitor-passes/check-out', lang, {
            method: 'POST',
            body: { use: visitor.id },
          })
    await refresh()
    return result.ok ? null : result.message
  }

  async function checkOutFromBoard(visitor: InsideVisitor) {
    setBusy(true)
    setMessage(null)
    const refused = await checkOut(visitor)
    setBusy(false)
    if (refused) setMessage({ ok: false, text: refused })
  }

  async function setDuty(onDuty: boolean) {
    setBusy(true)
    const result = await callApi('/api/visitor-requests/duty', lang, {
      method: 'POST',
      body: { onDuty },
    })
    setBusy(false)
    if (!result.ok) setMessage({ ok: false, text: result.message })
    await refresh()
  }

  const rows = board?.requests ?? []
  const waiting = rows
    .filter((r) => r.status === 'waiting')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const answered = rows.filter((r) => r.status === 'admitted' || r.status === 'refused')
  const left = rows.filter((r) => r.status === 'checked-out')
  const inside = board?.inside ?? { count: 0, shown: 0, latest: [] }
  const overdue = waiting.filter((r) => board && waitedNow(r) >= board.responseSeconds)

  return (
    <main className={`visitor-board visitor-board-${mode}`}>
      <div className="topbar">
        <a href="/admin">{t('backToAdmin')}</a>
        <span className={online ? 'live-badge' : 'live-badge offline'} role="status">
          {!online ? t('offline') : streaming ? t('live') : t('polling')}
        </span>
      </div>
      <h1>
        {estateName} · {mode === 'gate' ? t('gateTitle') : t('csTitle')}
      </h1>
      {board ? <p>{t('limit', { time: formatWaited(board.responseSeconds) })}</p> : null}
      {mode === 'cs' && board ? (
        <div className="actions">
          <strong>{board.onDuty ? t('onDuty') : t('offDuty')}</strong>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => void setDuty(!board.onDuty)}
          >
            {board.onDuty ? t('goOffDuty') : t('goOnDuty')}
          </button>
        </div>
      ) : null}
      {mode === 'cs' && overdue.length > 0 ? (
        <p className="problems" role="alert">
          {t('overdue')}: {overdue.map((r) => `${r.surname} → ${hostOf(r)}`).join('、')}
        </p>
      ) : null}
      {message ? (
        <p className={message.ok ? 'notice-ok' : 'problems'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}

      {mode === 'gate' ? (
        <form
          className="gate-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void record(e.currentTarget)
          }}
        >
          <h2>{t('newRequest')}</h2>
          <div className="grid-2">
            <label className="field">
              {t('surname')}
              <input name="surname" maxLength={50} autoComplete="off" required />
            </label>
            <label className="field">
              {t('organisation')}
              <input name="organisation" maxLength={100} autoComplete="off" />
            </label>
            <label className="field">
              {t('plate')}
              <input name="plate" maxLength={20} autoComplete="off" />
            </label>
          </div>
          <HostChooser t={t} units={units} departments={departments} />
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('working') : t('send')}
          </button>
        </form>
      ) : null}
      {mode === 'gate' ? (
        <GatePassScanner
          lang={lang}
          timeZone={timeZone}
          estateId={estateId ?? ''}
          onCheckedIn={refresh}
        />
      ) : null}
      {mode === 'gate' ? <ResidentPassCheck lang={lang} /> : null}

      <h2>
        {t('waitingList')} ({waiting.length})
      </h2>
      {waiting.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="visitor-cards">
        {waiting.map((row) => {
          const late = board !== null && waitedNow(row) >= board.responseSeconds
          return (
            <li
              key={row.id}
              className={`visitor-card${late ? ' late' : ''}${row.doNotAdmit.length ? ' flagged' : ''}`}
            >
              <VisitorSummary row={row} host={hostOf(row)} t={t} />
              <DoNotAdmitWarning row={row} t={t} mode={mode} />
              <p>
                {t('arrived')} {time(row.createdAt)} · {t('waited')}{' '}
                <strong className="waited">{formatWaited(waitedNow(row))}</strong>
                {late ? <span className="flag"> · {t('overdue')}</span> : null}
                {row.escalatedAt ? <span> · {t('escalated', { n: '✓' })}</span> : null}
              </p>
              {mode === 'cs' && row.moves.length > 0 ? (
                <AnswerForm row={row} t={t} lang={lang} busy={busy} onAnswer={move} />
              ) : null}
            </li>
          )
        })}
      </ul>

      <h2>
        {t('answeredList')} ({answered.length})
      </h2>
      {answered.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="visitor-cards">
        {answered.map((row) => (
          <li key={row.id} className={`visitor-card ${row.status}`}>
            <VisitorSummary row={row} host={hostOf(row)} t={t} />
            <DoNotAdmitWarning row={row} t={t} mode={mode} />
            <p>
              <strong className="answer">{statusText(row.status, lang)}</strong>
              {' · '}
              {t('confirmedBy')}: {row.confirmedBy} ({howOf(row.confirmedHow)}) ·{' '}
              {time(row.answeredAt)}
            </p>
            {row.overrideNote ? <p>{t('overridden', { note: row.overrideNote })}</p> : null}
            <MoveButtons row={row} busy={busy} lang={lang} onMove={move} />
          </li>
        ))}
      </ul>

      <h2>
        {t('insideList')} ({inside.count})
      </h2>
      {inside.count > inside.latest.length ? (
        <p>{t('insideShown', { n: inside.count, shown: inside.latest.length })}</p>
      ) : null}
      {board ? (
        <InsideFinder lang={lang} timeZone={timeZone} changed={board} onCheckOut={checkOut} />
      ) : null}
      {inside.count === 0 ? <p>{t('none')}</p> : null}
      <ul className="visitor-cards">
        {inside.latest.map((visitor) => (
          <li key={`${visitor.kind}-${visitor.id}`} className="visitor-card">
            <p className="visitor-line">
              <strong>{visitor.name}</strong>
              {visitor.organisation ? ` · ${visitor.organisation}` : ''}
              {visitor.plate ? ` · ${visitor.plate}` : ''}
              {visitor.kind === 'pass' ? ` · ${t('passVisitor')}` : ''}
              {' → '}
              <span>
                {t('host')} {visitor.hostUnit ?? visitor.hostDepartment?.[lang] ?? ''}
              </span>
            </p>
            <p>
              {t('checkedIn')} {time(visitor.checkedInAt)}
              {visitor.kind === 'pass' ? ` · ${t(howVisitorCameIn(visitor))}` : ''}
            </p>
            {visitor.canCheckOut ? (
              <div className="actions">
                <CheckOutButton
                  visitor={visitor}
                  lang={lang}
                  busy={busy}
                  onCheckOut={() => void checkOutFromBoard(visitor)}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>

      <h2>
        {t('leftList')} ({left.length})
      </h2>
      {left.length === 0 ? <p>{t('none')}</p> : null}
      {left.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('visitor')}</th>
              <th scope="col">{t('host')}</th>
              <th scope="col">{t('checkedIn')}</th>
              <th scope="col">{t('checkedOut')}</th>
            </tr>
          </thead>
          <tbody>
            {left.map((row) => (
              <tr key={row.id}>
                <td>{row.surname}</td>
                <td>{hostOf(row)}</td>
                <td>{time(row.checkedInAt)}</td>
                <td>{time(row.checkedOutAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  )
}

const STATUS_TEXT: Record<string, Record<OfficeLang, string>> = {
  admitted: { 'zh-TW': '准許進入', en: 'Admitted' },
  refused: { 'zh-TW': '拒絕進入', en: 'Refused' },
}
const statusText = (status: string, lang: OfficeLang) => STATUS_TEXT[status]?.[lang] ?? status

type T = ReturnType<typeof visitorBoardText>
type Answer = {
  confirmedBy: string
  confirmedHow: string
  overrideWarning?: boolean
  overrideNote?: string
}

const FIELD_WORD = {
  name: 'fieldName',
  organisation: 'fieldOrganisation',
  plate: 'fieldPlate',
} as const satisfies Record<MatchField, string>

/** A visitor matching the do-not-admit list: shown on both boards before anyone admits. */
function DoNotAdmitWarning({ row, t, mode }: { row: BoardRow; t: T; mode: 'gate' | 'cs' }) {
  if (row.doNotAdmit.length === 0) return null
  const fields = [...new Set(row.doNotAdmit.flatMap((w) => w.fields))]
  const reasons = row.doNotAdmit.map((w) => w.reason).filter(Boolean)
  return (
    <div className="dna-warning" role="note">
      <p>
        <strong>{t('warningTitle')}</strong>
      </p>
      <p>{t('warningField', { fields: fields.map((f) => t(FIELD_WORD[f])).join('、') })}</p>
      {reasons.length ? <p>{t('warningReason', { reason: reasons.join('；') })}</p> : null}
      {mode === 'gate' && row.status === 'waiting' ? <p>{t('warningGate')}</p> : null}
    </div>
  )
}

function VisitorSummary({ row, host, t }: { row: BoardRow; host: string; t: T }) {
  return (
    <p className="visitor-line">
      <strong>{row.surname}</strong>
      {row.organisation ? ` · ${row.organisation}` : ''}
      {row.plate ? ` · ${row.plate}` : ''}
      {' → '}
      <span>
        {t('host')} {host}
      </span>
    </p>
  )
}

function MoveButtons({
  row,
  busy,
  lang,
  onMove,
}: {
  row: BoardRow
  busy: boolean
  lang: OfficeLang
  onMove: (row: BoardRow, to: string) => Promise<void>
}) {
  if (row.moves.length === 0) return null
  return (
    <div className="actions">
      {row.moves.map((m) => (
        <button
          key={m.to}
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void onMove(row, m.to)}
        >
          {m.label[lang]} · {row.surname}
        </button>
      ))}
    </div>
  )
}

function AnswerForm({
  row,
  t,
  lang,
  busy,
  onAnswer,
}: {
  row: BoardRow
  t: T
  lang: OfficeLang
  busy: boolean
  onAnswer: (row: BoardRow, to: string, answer: Answer) => Promise<void>
}) {
  const [confirmedBy, setConfirmedBy] = useState('')
  const [how, setHow] = useState('phone')
  const [override, setOverride] = useState(false)
  const [note, setNote] = useState('')
  const flagged = row.doNotAdmit.length > 0
  return (
    <form className="answer-form" noValidate onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        {t('confirmedBy')}
        <input
          value={confirmedBy}
          onChange={(e) => setConfirmedBy(e.target.value)}
          maxLength={100}
          placeholder={t('whoConfirmedHelp')}
        />
      </label>
      <fieldset className="choices">
        <legend>{t('confirmedHow')}</legend>
        {(['phone', 'in-person'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`how-${row.id}`}
              value={value}
              checked={how === value}
              onChange={() => setHow(value)}
            />
            {value === 'phone' ? t('phone') : t('inPerson')}
          </label>
        ))}
      </fieldset>
      {flagged ? (
        <div className="dna-override">
          <label className="dna-override-check">
            <input
              type="checkbox"
              checked={override}
              onChange={(e) => setOverride(e.target.checked)}
            />
            {t('overrideWarning')}
          </label>
          <label className="field">
            {t('overrideNote')}
            <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={300} />
          </label>
        </div>
      ) : null}
      <div className="actions">
        {row.moves.map((m) => (
          <button
            key={m.to}
            type="button"
            className={m.to === 'refused' ? 'button danger' : 'button'}
            disabled={busy || (flagged && m.to === 'admitted' && (!override || !note.trim()))}
            onClick={() =>
              void onAnswer(row, m.to, {
                confirmedBy,
                confirmedHow: how,
                ...(flagged && m.to === 'admitted'
                  ? { overrideWarning: override, overrideNote: note }
                  : {}),
              })
            }
          >
            {m.label[lang]} · {row.surname}
          </button>
        ))}
      </div>
    </form>
  )
}

function HostChooser({
  t,
  units,
  departments,
}: {
  t: T
  units: { id: number | string; unit: string }[]
  departments: { value: string; label: string }[]
}) {
  const [kind, setKind] = useState<'unit' | 'department'>('unit')
  return (
    <div className="grid-2">
      <fieldset className="choices">
        <legend>{t('hostKind')}</legend>
        {(['unit', 'department'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="hostKind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {value === 'unit' ? t('hostUnit') : t('hostDepartment')}
          </label>
        ))}
      </fieldset>
      {kind === 'unit' ? (
        <label className="field">
          {t('unit')}
          <input name="unit" list="estate-units" autoComplete="off" required />
          <datalist id="estate-units">
            {units.map((u) => (
              <option key={u.id} value={u.unit} />
            ))}
          </datalist>
        </label>
      ) : (
        <label className="field">
          {t('department')}
          <select name="department" defaultValue={departments[0]?.value}>
            {departments.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
