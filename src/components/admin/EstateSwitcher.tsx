'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { idOf } from '@/domain/relations'

type EstateOption = { id: number | string; name: string; nameEn?: string | null; code: string }
type StaffUser = {
  id: number | string
  currentEstate?: number | string | { id: number | string } | null
}

const words = {
  'zh-TW': { label: '目前工作屋苑', switching: '正在切換…', failed: '未能切換屋苑，請再試。' },
  en: {
    label: 'Working in',
    switching: 'Switching…',
    failed: 'Could not switch estate. Please try again.',
  },
}

/** Where to land after switching: a record of the old estate would not be found in the new one. */
function pathAfterSwitch(pathname: string) {
  const doc = pathname.match(/^(\/admin\/collections\/[^/]+)\/[^/]+/)
  return doc ? doc[1]! : pathname
}

/**
 * In the admin's top bar, on every screen: the estate this staff member is working in, and a
 * menu of the estates they belong to. Every list, search and picker shows the chosen estate only; the
 * server decides (the user's `currentEstate`), this only asks it to change.
 */
export function EstateSwitcher() {
  const { user } = useAuth<StaffUser>()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? words.en : words['zh-TW']
  const id = useId()
  const [estates, setEstates] = useState<EstateOption[]>([])
  const [state, setState] = useState<'idle' | 'switching' | 'failed'>('idle')

  useEffect(() => {
    if (!user) return
    let live = true
    fetch(
      '/api/estates?limit=200&depth=0&sort=code&select[name]=true&select[nameEn]=true&select[code]=true',
      {
        credentials: 'include',
      },
    )
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body: { docs?: EstateOption[] }) => live && setEstates(body.docs ?? []))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [user])

  if (!user || estates.length === 0) return null
  const current = idOf(user.currentEstate)
  const label = (e: EstateOption) =>
    `${i18n.language === 'en' ? e.nameEn || e.name : e.name} (${e.code})`

  const choose = async (value: string) => {
    setState('switching')
    const res = await fetch(`/api/users/${user.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ currentEstate: Number.isNaN(Number(value)) ? value : Number(value) }),
    }).catch(() => null)
    if (!res?.ok) return setState('failed')
    window.location.assign(pathAfterSwitch(window.location.pathname))
  }

  if (estates.length === 1) {
    // One estate: nothing to switch, but the staff member still sees where they work.
    return (
      <p className="estate-switcher" style={{ margin: 0, whiteSpace: 'nowrap' }}>
        <span style={{ fontWeight: 600 }}>{t.label}</span> {label(estates[0]!)}
      </p>
    )
  }

  return (
    <div
      className="estate-switcher"
      style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'nowrap' }}
    >
      <label htmlFor={id} style={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
        {t.label}
      </label>
      <select
        id={id}
        value={current === undefined ? '' : String(current)}
        disabled={state === 'switching'}
        onChange={(event) => void choose(event.target.value)}
        style={{
          maxWidth: '16rem',
          minHeight: 36,
          padding: '6px 8px',
          fontSize: 'inherit',
          color: 'var(--theme-text)',
          background: 'var(--theme-input-bg)',
          border: '1px solid var(--theme-elevation-400)',
          borderRadius: 4,
        }}
      >
        {estates.map((e) => (
          <option key={e.id} value={String(e.id)}>
            {label(e)}
          </option>
        ))}
      </select>
      <span
        role="status"
        aria-live="polite"
        style={
          state === 'failed'
            ? { color: 'var(--theme-error-500)', whiteSpace: 'nowrap' }
            : {
                position: 'absolute',
                width: 1,
                height: 1,
                overflow: 'hidden',
                clip: 'rect(0 0 0 0)',
              }
        }
      >
        {state === 'switching' ? t.switching : state === 'failed' ? t.failed : ''}
      </span>
    </div>
  )
}
