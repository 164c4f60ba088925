'use client'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { MAIL_KIND_LABELS, MAIL_KINDS } from '@/domain/mail/transitions'
import type { OfficeLang } from '@/i18n/office'
import { mailDeskText } from '@/i18n/mailDesk'

type Found = { id: number | string; unit: string; members: { id: number | string; name: string }[] }
const OTHER = 'other'

/**
 * MAIL-3 at keyboard speed: type the unit and press Enter, choose the addressee, pick the kind
 * (kept for the next item, like the shelf), scan the tracking number, Enter. The form clears for
 * the next item and goes back to the unit; the page's counts follow.
 */
export function RecordItemForm({
  lang,
  batchId,
  counted,
  recorded,
}: {
  lang: OfficeLang
  batchId: number | string
  counted: number
  recorded: number
}) {
  const m = mailDeskText(lang)
  const router = useRouter()
  const unitRef = useRef<HTMLInputElement>(null)
  const addresseeRef = useRef<HTMLSelectElement>(null)
  const [unit, setUnit] = useState('')
  const [found, setFound] = useState<Found | null>(null)
  const [addressee, setAddressee] = useState<string>('')
  const [otherName, setOtherName] = useState('')
  const [kind, setKind] = useState<(typeof MAIL_KINDS)[number]>('letter')
  const [tracking, setTracking] = useState('')
  const [location, setLocation] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function findUnit(): Promise<Found | null> {
    const wanted = unit.trim()
    if (!wanted) return null
    if (found && found.unit === wanted) return found
    const households = await callApi<{ docs: { id: number | string; unit: string }[] }>(
      `/api/households?where[unit][equals]=${encodeURIComponent(wanted)}&depth=0&limit=1&select[unit]=true`,
      lang,
    )
    if (!households.ok) {
      setError(households.message)
      return null
    }
    const household = households.data.docs[0]
    if (!household) {
      setFound(null)
      setError(m('unitNotFound', { unit: wanted }))
      return null
    }
    const members = await callApi<{ docs: { id: number | string; name: string }[] }>(
      `/api/members?where[household][equals]=${household.id}&depth=0&limit=50&sort=ordinal&select[name]=true`,
      lang,
    )
    const next = {
      id: household.id,
      unit: household.unit,
      members: members.ok ? members.data.docs : [],
    }
    setFound(next)
    setAddressee(next.members[0] ? String(next.members[0].id) : OTHER)
    setError(null)
    return next
  }

  async function submit() {
    setError(null)
    setDone(null)
    const household = await findUnit()
    if (!household) return
    // The select holds the id as text; the API takes it as the record's own id.
    const member =
      addressee && addressee !== OTHER
        ? (household.members.find((m) => String(m.id) === addressee)?.id ?? null)
        : null
    setBusy(true)
    // Only the addressee's name is read back: at depth 0 the server reads no related records.
    const result = await callApi<{ doc: { addressee: string } }>('/api/mail-items?depth=0', lang, {
      method: 'POST',
      body: {
        batch: batchId,
        household: household.id,
        member,
        addressee: member ? undefined : otherName,
        kind,
        trackingNumber: tracking || undefined,
        location: location || undefined,
      },
    })
    setBusy(false)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setDone(m('recordedOk', { unit: household.unit, name: result.data.doc.addressee }))
    setUnit('')
    setFound(null)
    setAddressee('')
    setOtherName('')
    setTracking('')
    router.refresh()
    unitRef.current?.focus()
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h2>
        {m('recordTitle')} ({recorded + 1} / {counted})
      </h2>
      <p>{m('recordHelp')}</p>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="unit">{m('unit')}</label>
          <input
            id="unit"
            ref={unitRef}
            value={unit}
            autoFocus
            autoComplete="off"
            placeholder={m('unitHint')}
            onChange={(e) => setUnit(e.target.value)}
            onBlur={() => void findUnit()}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              e.preventDefault()
              void findUnit().then((f) => f && addresseeRef.current?.focus())
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="addressee">{m('addressee')}</label>
          <select
            id="addressee"
            ref={addresseeRef}
            value={addressee}
            onChange={(e) => setAddressee(e.target.value)}
            disabled={!found}
          >
            {found?.members.map((member) => (
              <option key={member.id} value={String(member.id)}>
                {member.name}
              </option>
            ))}
            <option value={OTHER}>{m('otherName')}</option>
          </select>
        </div>
      </div>
      {addressee === OTHER ? (
        <div className="field">
          <label htmlFor="otherName">{m('addresseeName')}</label>
          <input
            id="otherName"
            value={otherName}
            maxLength={100}
            onChange={(e) => setOtherName(e.target.value)}
          />
        </div>
      ) : null}
      <fieldset className="choices">
        <legend>{m('kind')}</legend>
        {MAIL_KINDS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {MAIL_KIND_LABELS[value][lang]}
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="tracking">{m('tracking')}</label>
          <input
            id="tracking"
            value={tracking}
            maxLength={60}
            autoComplete="off"
            onChange={(e) => setTracking(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="location">{m('location')}</label>
          <input
            id="location"
            value={location}
            maxLength={40}
            autoComplete="off"
            onChange={(e) => setLocation(e.target.value)}
          />
        </div>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" className={done ? 'notice-ok' : undefined}>
        {done}
      </p>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? m('working') : m('record')}
        </button>
      </div>
    </form>
  )
}
