'use client'
import { useState } from 'react'

import type { RegisterPreview } from '@/domain/register/parseRegister'
import { GENDER_LABELS, RELATIONSHIP_LABELS } from '@/domain/register/vocabulary'
import { officeText, type OfficeLang } from '@/i18n/office'
import { BatchPrintLinks } from './paper/BatchPrintLinks'

type ImportResult = {
  households: number
  members: number
  passes: number
  householdIds: (number | string)[]
}

/** Upload → preview (every bad row and why) → confirm. Nothing is written until confirmed. */
export function RegisterImport({ lang }: { lang: OfficeLang }) {
  const t = officeText(lang)
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<RegisterPreview | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(confirm: boolean) {
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      const body = new FormData()
      body.set('file', file)
      const res = await fetch(`/api/households/import${confirm ? '?confirm=true' : ''}`, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'Accept-Language': lang },
      })
      const json = await res.json().catch(() => ({}))
      if (json.preview) setPreview(json.preview)
      // The server's message is already in the language asked for.
      if (!res.ok) setError(json?.errors?.[0]?.message ?? `HTTP ${res.status}`)
      else if (json.result) setResult(json.result)
    } finally {
      setBusy(false)
    }
  }

  const ready = preview && preview.problems.length === 0 && preview.households.length > 0

  return (
    <div>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void send(false)
        }}
      >
        <div className="field">
          <label htmlFor="register-file">{t('file')} (CSV / XLSX)</label>
          <input
            id="register-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            // Choosing the same (corrected) file again must still load it.
            onClick={(e) => {
              e.currentTarget.value = ''
            }}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null)
              setPreview(null)
              setResult(null)
              setError(null)
            }}
          />
        </div>
        <div className="actions">
          <button
            type="submit"
            className="button secondary"
            disabled={!file || busy || Boolean(result)}
          >
            {t('preview')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!ready || busy || Boolean(result)}
            onClick={() => void send(true)}
          >
            {busy ? t('working') : t('confirmImport')}
          </button>
        </div>
      </form>

      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      {result && (
        <div className="notice-ok" role="status">
          <p>
            {t('imported')}: {result.households} {t('households')} · {result.members} {t('members')}{' '}
            · {result.passes} {t('passesPrepared')}
          </p>
          <BatchPrintLinks lang={lang} householdIds={result.householdIds} />
        </div>
      )}

      {preview && (
        <section aria-live="polite">
          {preview.problems.length > 0 ? (
            <div className="problems">
              <h2>
                {t('problems')} ({preview.problems.length})
              </h2>
              <p>{t('nothingImported')}</p>
              <ul>
                {preview.problems.map((p, i) => (
                  <li key={i}>{p.message[lang]}</li>
                ))}
              </ul>
            </div>
          ) : (
            !result && <p className="notice-ok">{t('noProblems')}</p>
          )}
          <h2>
            {t('households')} ({preview.households.length})
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('gender')}</th>
                <th scope="col">{t('relationship')}</th>
                <th scope="col">{t('age')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.households.flatMap((h, hi) =>
                h.members.map((m, mi) => (
                  <tr key={`${h.unit}-${mi}`}>
                    <td>
                      {mi === 0 && result ? (
                        <a href={`/office/households/${result.householdIds[hi]}/receipt`}>
                          {h.unit}
                        </a>
                      ) : mi === 0 ? (
                        h.unit
                      ) : (
                        ''
                      )}
                    </td>
                    <td>{m.name}</td>
                    <td>{GENDER_LABELS[m.gender][lang]}</td>
                    <td>{RELATIONSHIP_LABELS[m.relationship][lang]}</td>
                    <td>{m.age ?? ''}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </section>
      )}
    </div>
  )
}
