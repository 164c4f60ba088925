'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { callApi } from '@/components/callApi'
import { WEEKDAY_LABELS, WEEKDAYS } from '@/domain/visitors/schedule'
import type { PortalLang } from '@/i18n/portal'
import { portalVisitorsText } from '@/i18n/portalVisitors'
import { FormField } from './FormField'

/** The browser's local date and time as an ISO instant (datetime-local has no zone). */
const instant = (value: FormDataEntryValue | null, time = '') => {
  const text = String(value ?? '')
  const date = new Date(time && text ? `${text}T${time}` : text)
  return text && Number.isFinite(date.getTime()) ? date.toISOString() : text
}

/**
 * VIS-4: a resident registers an expected visitor and gets a pass: one visit (a window of up to
 * 7 days), or every week on chosen days and hours for up to 3 months. The server checks it all.
 */
export function VisitorPassForm({ lang }: { lang: PortalLang }) {
  const t = portalVisitorsText(lang)
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [weekly, setWeekly] = useState(false)
  return (
    <form
      className="portal-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault()
        const form = e.currentTarget
        const data = new FormData(form)
        setError(null)
        setBusy(true)
        const result = await callApi('/api/visitor-passes', lang, {
          method: 'POST',
          body: weekly
            ? {
                visitorName: data.get('visitorName'),
                validFrom: instant(data.get('firstDay'), '00:00'),
                validUntil: instant(data.get('lastDay'), '23:59'),
                days: data.getAll('days'),
                dailyFrom: data.get('dailyFrom'),
                dailyUntil: data.get('dailyUntil'),
                maxUses: Number(data.get('maxUses') || 1),
              }
            : {
                visitorName: data.get('visitorName'),
                validFrom: instant(data.get('validFrom')),
                validUntil: instant(data.get('validUntil')),
                maxUses: Number(data.get('maxUses') || 1),
              },
        })
        setBusy(false)
        if (!result.ok) return setError(result.message)
        form.reset()
        setWeekly(false)
        router.refresh()
      }}
    >
      <h3>{t('newPass')}</h3>
      <FormField
        id="pass-name"
        name="visitorName"
        maxLength={100}
        required
        label={t('visitorName')}
      />
      <fieldset className="portal-fieldset">
        <legend className="portal-field__label">{t('kind')}</legend>
        {(['once', 'weekly'] as const).map((kind) => (
          <label key={kind} className="portal-check">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={weekly === (kind === 'weekly')}
              onChange={() => setWeekly(kind === 'weekly')}
            />
            <span>{kind === 'weekly' ? t('kindWeekly') : t('kindOnce')}</span>
          </label>
        ))}
      </fieldset>
      {weekly ? (
        <>
          <fieldset className="portal-fieldset">
            <legend className="portal-field__label">{t('days')}</legend>
            <div className="portal-days">
              {WEEKDAYS.map((day) => (
                <label key={day} className="portal-check">
                  <input type="checkbox" name="days" value={day} />
                  <span>{WEEKDAY_LABELS[day][lang]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <FormField
            id="pass-daily-from"
            name="dailyFrom"
            type="time"
            required
            label={t('dailyFrom')}
          />
          <FormField
            id="pass-daily-until"
            name="dailyUntil"
            type="time"
            required
            label={t('dailyUntil')}
          />
          <FormField id="pass-first" name="firstDay" type="date" required label={t('firstDay')} />
          <FormField id="pass-last" name="lastDay" type="date" required label={t('lastDay')} />
        </>
      ) : (
        <>
          <FormField
            id="pass-from"
            name="validFrom"
            type="datetime-local"
            required
            label={t('validFrom')}
          />
          <FormField
            id="pass-until"
            name="validUntil"
            type="datetime-local"
            required
            label={t('validUntil')}
          />
        </>
      )}
      <FormField
        id="pass-uses"
        name="maxUses"
        type="number"
        min={1}
        max={20}
        defaultValue={1}
        label={weekly ? t('maxUsesDaily') : t('maxUses')}
        hint={weekly ? t('maxUsesDailyHint') : t('maxUsesHint')}
        error={error}
      />
      <button type="submit" className="portal-button portal-button--primary" disabled={busy}>
        {busy ? t('working') : t('create')}
      </button>
    </form>
  )
}
