'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { OfficeLang } from '@/i18n/office'
import { paperText } from '@/i18n/paper'

/**
 * Takes a member's photo with the device camera (a phone or tablet opens its front camera) or
 * from a file, shows it, and uploads it to `member-photos`: the server checks it is an image of
 * at most 5 MB and makes it the member's photo.
 */
export function MemberPhotoForm({
  lang,
  memberId,
}: {
  lang: OfficeLang
  memberId: number | string
}) {
  const t = paperText(lang)
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [previewUrl, setPreviewUrl] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => () => void (previewUrl && URL.revokeObjectURL(previewUrl)), [previewUrl])

  function choose(chosen: File | null) {
    setError(null)
    setSaved(false)
    setFile(chosen)
    setPreviewUrl(chosen ? URL.createObjectURL(chosen) : null)
  }

  async function save() {
    setError(null)
    if (!file) {
      setError(t('choosePhotoFirst'))
      return
    }
    setBusy(true)
    try {
      const body = new FormData()
      body.set('file', file)
      body.set('_payload', JSON.stringify({ member: memberId }))
      const res = await fetch('/api/member-photos', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Accept-Language': lang },
        body,
      }).catch(() => null)
      const json = (await res?.json().catch(() => null)) as {
        errors?: { message?: string }[]
      } | null
      if (!res || !res.ok) {
        setError(json?.errors?.map((e) => e.message).join(' ') || `HTTP ${res?.status ?? 0}`)
        return
      }
      setSaved(true)
      choose(null)
      setSaved(true)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      {/* The browser's own file button speaks the browser's language: this label speaks the page's. */}
      <div className="photo-picker">
        <input
          id="member-photo-file"
          className="visually-hidden"
          type="file"
          accept="image/*"
          capture="user"
          onChange={(event) => choose(event.currentTarget.files?.[0] ?? null)}
        />
        <label htmlFor="member-photo-file" className="button secondary">
          {t('takePhoto')}
        </label>
        {file && <span className="photo-file-name">{file.name}</span>}
      </div>
      {previewUrl && (
        <figure className="photo-preview">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local preview, not served */}
          <img src={previewUrl} alt={t('preview')} />
          <figcaption>{t('preview')}</figcaption>
        </figure>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('working') : t('savePhoto')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="notice-ok" role="status">
          {t('photoSaved')}
        </p>
      )}
    </form>
  )
}
