'use client'
import { useRef, useState } from 'react'

import { callApi } from '@/components/callApi'
import { SignatureField, type SignatureFieldHandle } from '@/components/SignatureField'
import type { MailLookupReply, MailPickupReply } from '@/domain/kiosk/api'
import { MAIL_KIND_LABELS } from '@/domain/mail/transitions'
import type { OfficeLang } from '@/i18n/office'
import { mailDeskText } from '@/i18n/mailDesk'

type Shelved = { id: number | string; location?: string | null; trackingNumber?: string | null }

/**
 * MAIL-4 at the desk: the code from the resident's QR (a scanner types it) or read out, the items
 * with where they are kept, the signer's name (the addressee, or a delegate the server checks),
 * and the signature drawn on this screen by that person — never by the staff member.
 */
export function DeskPickup({ lang }: { lang: OfficeLang }) {
  const m = mailDeskText(lang)
  const padRef = useRef<SignatureFieldHandle>(null)
  const codeRef = useRef<HTMLInputElement>(null)
  const [code, setCode] = useState('')
  const [found, setFound] = useState<(MailLookupReply & { shelves: Shelved[] }) | null>(null)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [signer, setSigner] = useState('')
  const [key, setKey] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function lookUp() {
    setError(null)
    setDone(null)
    setBusy(true)
    const result = await callApi<MailLookupReply>('/api/mail-items/lookup', lang, {
      method: 'POST',
      body: { code },
    })
    if (!result.ok) {
      setBusy(false)
      setFound(null)
      setError(result.message)
      return
    }
    const ids = result.data.items.map((i) => i.id).join(',')
    const shelves = await callApi<{ docs: Shelved[] }>(
      `/api/mail-items?where[id][in]=${ids}&depth=0&limit=100&select[location]=true&select[trackingNumber]=true`,
      lang,
    )
    setBusy(false)
    setFound({ ...result.data, shelves: shelves.ok ? shelves.data.docs : [] })
    setChosen(new Set(result.data.items.map((i) => String(i.id))))
    setSigner('')
    setKey(crypto.randomUUID())
  }

  async function confirm() {
    if (!found) return
    setError(null)
    if (!padRef.current || padRef.current.isEmpty()) {
      setError(m('signFirst'))
      return
    }
    setBusy(true)
    const result = await callApi<MailPickupReply>('/api/mail-items/pickup', lang, {
      method: 'POST',
      headers: { 'Idempotency-Key': key },
      body: {
        code,
        items: found.items.filter((i) => chosen.has(String(i.id))).map((i) => i.id),
        signerName: signer,
        signature: padRef.current.toDataURL(),
      },
    })
    setBusy(false)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setDone(m('pickedUpOk', { n: result.data.count }))
    setFound(null)
    setCode('')
    codeRef.current?.focus()
  }

  const shelf = (id: number | string) => found?.shelves.find((s) => String(s.id) === String(id))

  return (
    <div>
      <p>{m('pickupHelp')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void lookUp()
        }}
      >
        <div className="field">
          <label htmlFor="code">{m('code')}</label>
          <input
            id="code"
            ref={codeRef}
            value={code}
            inputMode="numeric"
            autoComplete="off"
            autoFocus
            maxLength={20}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !code.trim()}>
            {m('find')}
          </button>
        </div>
      </form>
      {done ? (
        <p className="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      {found ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void confirm()
          }}
        >
          <h2>{m('itemsFor', { name: found.addressee })}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{m('pickedUp')}</th>
                <th scope="col">{m('kind')}</th>
                <th scope="col">{m('tracking2')}</th>
                <th scope="col">{m('shelf')}</th>
              </tr>
            </thead>
            <tbody>
              {found.items.map((i) => (
                <tr key={i.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${MAIL_KIND_LABELS[i.kind][lang]} ${shelf(i.id)?.trackingNumber ?? ''}`}
                      checked={chosen.has(String(i.id))}
                      onChange={(e) => {
                        const next = new Set(chosen)
                        if (e.target.checked) next.add(String(i.id))
                        else next.delete(String(i.id))
                        setChosen(next)
                      }}
                    />
                  </td>
                  <td>{MAIL_KIND_LABELS[i.kind][lang]}</td>
                  <td>{shelf(i.id)?.trackingNumber}</td>
                  <td>{shelf(i.id)?.location}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="field">
            <label htmlFor="signer">{m('signer')}</label>
            <input
              id="signer"
              value={signer}
              maxLength={100}
              autoComplete="off"
              onChange={(e) => setSigner(e.target.value)}
            />
          </div>
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              onClick={() => setSigner(found.addressee)}
            >
              {m('signerIsAddressee')}: {found.addressee}
            </button>
          </div>
          <p id="resident-pad-label">{m('residentSignHere')}</p>
          <SignatureField
            ref={padRef}
            labelId="resident-pad-label"
            height={220}
            onStroke={() => setError(null)}
          />
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              onClick={() => padRef.current?.clear()}
            >
              {m('clear')}
            </button>
            <button type="submit" className="button" disabled={busy || chosen.size === 0}>
              {busy ? m('working') : m('confirmPickup')}
            </button>
          </div>
        </form>
      ) : error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
