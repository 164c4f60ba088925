'use client'
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { callApi } from '@/components/callApi'

type Lang = 'zh-TW' | 'en'
export type ServerMove = { to: string; label: Record<Lang, string> }

const t = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh)

/**
 * The moves the server says this user may make from the record's current state (its `moves`
 * field), one button each; the page knows no workflow table. `send` makes the move.
 */
export function WorkflowMoveButtons({
  collection,
  send,
}: {
  collection: string
  send: (id: string | number, to: string, lang: Lang) => Promise<{ ok: boolean; message?: string }>
}) {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-TW'
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [moves, setMoves] = useState<ServerMove[]>([])
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    let current = true
    void callApi<{ moves?: ServerMove[] }>(`/api/${collection}/${id}?depth=0`, lang).then(
      (result) => {
        if (current) setMoves(result.ok ? (result.data.moves ?? []) : [])
      },
    )
    return () => {
      current = false
    }
  }, [collection, id, status, lang])

  if (!id || moves.length === 0) return message ? <p role="alert">{message}</p> : null
  return (
    <div style={{ display: 'flex', gap: 'var(--base)', margin: 'var(--base) 0', flexWrap: 'wrap' }}>
      {moves.map((move) => (
        <Button
          key={move.to}
          buttonStyle="secondary"
          size="medium"
          onClick={async () => {
            const label = move.label[lang]
            if (!window.confirm(t(lang, `確定要${label}？`, `${label}: are you sure?`))) return
            const result = await send(id, move.to, lang)
            if (result.ok) window.location.reload()
            else setMessage(result.message ?? null)
          }}
        >
          {move.label[lang]}
        </Button>
      ))}
      {message && <p role="alert">{message}</p>}
    </div>
  )
}

/** On a pass: report it lost or void it — the moves the server offers (POST …/status). */
export function PassWorkflowMoves() {
  return (
    <WorkflowMoveButtons
      collection="passes"
      send={(id, to, lang) =>
        callApi(`/api/passes/${id}/status`, lang, { method: 'POST', body: { status: to } })
      }
    />
  )
}

/** On a household: e.g. record the move-out — the moves the server offers (PATCH status). */
export function HouseholdWorkflowMoves() {
  return (
    <WorkflowMoveButtons
      collection="households"
      send={(id, to, lang) =>
        callApi(`/api/households/${id}`, lang, { method: 'PATCH', body: { status: to } })
      }
    />
  )
}

/**
 * On a mail item: return it to its sender (PATCH status, with the reason typed in the form's
 * "Reason for returning" field; the server refuses a return without one).
 */
export function MailItemWorkflowMoves() {
  const reason = useFormFields(([fields]) => fields.returnReason?.value as string | undefined)
  return (
    <WorkflowMoveButtons
      collection="mail-items"
      send={(id, to, lang) =>
        callApi(`/api/mail-items/${id}`, lang, {
          method: 'PATCH',
          body: { status: to, ...(to === 'returned' ? { returnReason: reason ?? '' } : {}) },
        })
      }
    />
  )
}

/**
 * On a complaint: the moves the server offers (PATCH status), with the plan, time and reason as
 * typed in the form; the server refuses what this user may not decide (CMP-3, HV-4).
 */
export function ComplaintWorkflowMoves() {
  const fields = useFormFields(([f]) => ({
    plan: f.plan?.value as string | undefined,
    committedTime: f.committedTime?.value as string | undefined,
    reopenReason: f.reopenReason?.value as string | undefined,
  }))
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-TW'
  return (
    <>
      {id ? (
        <p style={{ display: 'flex', gap: 'var(--base)' }}>
          <a href={`/office/complaints/${id}/form`}>
            {t(lang, '列印投訴表（一式兩份）', 'Print the Complaint Form (two copies)')}
          </a>
          <a href="/office/complaints">{t(lang, '投訴櫃枱', 'Complaints desk')}</a>
        </p>
      ) : null}
      <WorkflowMoveButtons
        collection="complaints"
        send={(id, to, lang) =>
          callApi(`/api/complaints/${id}`, lang, {
            method: 'PATCH',
            body: {
              status: to,
              ...(to === 'planned'
                ? { plan: fields.plan, committedTime: fields.committedTime }
                : {}),
              ...(to === 'in-progress' ? { reopenReason: fields.reopenReason ?? '' } : {}),
            },
          })
        }
      />
    </>
  )
}
