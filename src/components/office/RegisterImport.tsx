'use client'
import { useState } from 'react'

// Types only from the parser: it (papaparse, the workbook reader) stays on the server.
import type {
  RegisterLine,
  RegisterPreview,
  RegisterProblem,
} from '@/domain/register/parseRegister'
import {
  GENDER_LABELS,
  REGISTER_FILE_ACCEPT,
  RELATIONSHIP_LABELS,
} from '@/domain/register/vocabulary'
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
      <section aria-labelledby="register-templates" className="templates">
        <h2 id="register-templates">{t('templates')}</h2>
        <ul>
          <li>
            <a href="/office/import/template?lang=zh-TW" download>
              {t('templateZh')}
            </a>
          </li>
          <li>
            <a href="/office/import/template?lang=en" download>
              {t('templateEn')}
            </a>
          </li>
        </ul>
        <p className="hint">{t('templateHelp')}</p>
      </section>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void send(false)
        }}
      >
        <div className="field">
          <span id="register-file-label">{t('file')} (CSV / XLSX)</span>
          {/* The browser's own chooser says "Choose file" in the browser's language: the input
              is hidden to the eye only (it keeps focus and the keyboard), its label is the button. */}
          <div className="file-chooser">
            <input
              id="register-file"
              className="visually-hidden file-input"
              type="file"
              accept={REGISTER_FILE_ACCEPT}
              aria-labelledby="register-file-label register-file-button register-file-name"
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
            <label id="register-file-button" htmlFor="register-file" className="button secondary">
              {t('chooseFile')}
            </label>
            <span id="register-file-name" className="file-name">
              {file ? file.name : t('noFileChosen')}
            </span>
          </div>
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

      {preview && <RegisterPreviewTable preview={preview} result={result} lang={lang} />}
    </div>
  )
}

/**
 * Every row of the file in file order; a row with a problem stays in place, highlighted, with
 * its reasons (a unit already registered links its household). Problems of the file as a whole
 * (a missing column, an unreadable file) are listed above the table.
 */
function RegisterPreviewTable({
  preview,
  result,
  lang,
}: {
  preview: RegisterPreview
  result: ImportResult | null
  lang: OfficeLang
}) {
  const t = officeText(lang)
  const problemsOfRow = new Map<number, RegisterProblem[]>()
  const lineRows = new Set(preview.lines.map((line) => line.row))
  const fileProblems: RegisterProblem[] = []
  for (const p of preview.problems) {
    const rows = (p.rows ?? [p.row]).filter((row) => lineRows.has(row))
    if (rows.length === 0) fileProblems.push(p)
    for (const row of rows) problemsOfRow.set(row, [...(problemsOfRow.get(row) ?? []), p])
  }
  const badRows = preview.lines.filter((line) => problemsOfRow.has(line.row)).length
  // After the import, each household's first row links its receipt.
  const householdOfUnit = new Map(
    preview.households.map((h, i) => [h.unit, result?.householdIds[i]] as const),
  )
  const linked = new Set<string>()

  const shownValue = (line: RegisterLine, field: 'gender' | 'relationship') => {
    if (!line.member) return line.cells[field]
    return field === 'gender'
      ? GENDER_LABELS[line.member.gender][lang]
      : RELATIONSHIP_LABELS[line.member.relationship][lang]
  }

  return (
    <section aria-live="polite">
      {preview.problems.length > 0 ? (
        <div className="problems">
          <h2>
            {t('problems')} ({badRows})
          </h2>
          <p>{t('nothingImported')}</p>
          {fileProblems.length > 0 && (
            <>
              <h3>{t('fileProblems')}</h3>
              <ul>
                {fileProblems.map((p, i) => (
                  <li key={i}>{p.message[lang]}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : (
        !result && <p className="notice-ok">{t('noProblems')}</p>
      )}
      {preview.lines.length > 0 && (
        <>
          <h2 id="register-rows">
            {t('rowsInFile')} ({t('rowsSummary', { rows: preview.lines.length, bad: badRows })})
          </h2>
          <div className="table-scroll">
            <table className="register-preview">
              <thead>
                <tr>
                  <th scope="col">{t('rowNumber')}</th>
                  <th scope="col">{t('unit')}</th>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('gender')}</th>
                  <th scope="col">{t('relationship')}</th>
                  <th scope="col">{t('age')}</th>
                  <th scope="col">{t('problem')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.lines.map((line) => {
                  const problems = problemsOfRow.get(line.row) ?? []
                  const householdId = line.member ? householdOfUnit.get(line.cells.unit) : undefined
                  const linkUnit = householdId !== undefined && !linked.has(line.cells.unit)
                  if (linkUnit) linked.add(line.cells.unit)
                  return (
                    <tr
                      key={line.row}
                      className={problems.length ? 'row-bad' : undefined}
                      data-row={line.row}
                    >
                      <th scope="row">{line.row}</th>
                      <td>
                        {linkUnit ? (
                          <a href={`/office/households/${householdId}/receipt`}>
                            {line.cells.unit}
                          </a>
                        ) : (
                          line.cells.unit
                        )}
                      </td>
                      <td>{line.cells.name}</td>
                      <td>{shownValue(line, 'gender')}</td>
                      <td>{shownValue(line, 'relationship')}</td>
                      <td>{line.member ? (line.member.age ?? '') : line.cells.age}</td>
                      <td>
                        {problems.length === 0 ? (
                          <span className="ok-mark">{t('rowOk')}</span>
                        ) : (
                          <ul className="row-problems">
                            {problems.map((p, i) => (
                              <li key={i}>
                                {p.message[lang]}
                                {p.household !== undefined && (
                                  <>
                                    {' '}
                                    <a href={`/admin/collections/households/${p.household}`}>
                                      {t('openHousehold')}
                                    </a>
                                  </>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
