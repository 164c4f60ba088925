'use client'
import { useField, useTranslation } from '@payloadcms/ui'

/**
 * GEN-6: on a procedure whose number the source repeats, skips or puts out of order, a visible
 * note saying so (the text comes from the server, in the admin's language).
 */
export function ProcedureNumberingNote({ path }: { path: string }) {
  const { value } = useField<string>({ path })
  const { i18n } = useTranslation()
  if (!value) return null
  return (
    <aside className="procedure-numbering-note" role="note">
      <strong>{i18n.language === 'en' ? 'Numbering in the source' : '原文編號說明'}</strong>
      {value.split('\n').map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </aside>
  )
}

/** The list's column: the note, or nothing (not Payload's "<No …>" placeholder) when regular. */
export function ProcedureNumberingCell({ cellData }: { cellData?: unknown }) {
  return typeof cellData === 'string' && cellData ? <span>{cellData}</span> : null
}
