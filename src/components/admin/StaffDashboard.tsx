import type { ServerProps } from 'payload'

import { actorOf } from '@/access/actor'
import { ROLE_LABELS } from '@/access/roles'
import { countDesks } from '@/domain/dashboard/countDesks'
import { adminText } from '@/i18n/admin'
import { adminLang } from '@/server/adminBrand'

import { EstateSearch } from './EstateSearch'

/**
 * Above Payload's collection cards: the staff member's work today, per role, each pile counted as
 * them (their estate, what they may read) with a link into the filtered list or the office's page;
 * and one search box across units, names, phones and pass numbers.
 */
export async function StaffDashboard({
  payload,
  user,
  i18n,
}: Pick<ServerProps, 'payload' | 'user' | 'i18n'>) {
  const lang = adminLang(i18n?.language)
  const t = adminText(lang)
  const actor = actorOf({ user })
  if (actor.kind !== 'staff') return null
  const desks = await countDesks(payload, user ?? null)
  const roles = actor.roles.map((role) => ROLE_LABELS[role][lang]).join(lang === 'en' ? ', ' : '、')

  return (
    <div className="staff-dashboard">
      <section aria-labelledby="staff-dashboard-work">
        <h2 id="staff-dashboard-work" className="staff-dashboard__heading">
          {t('todaysWork')}
        </h2>
        <p className="staff-dashboard__roles">
          {roles ? `${t('yourRoles')}${roles}` : t('noRoles')}
        </p>
        {desks.length === 0 ? (
          roles ? (
            <p>{t('nothingToDo')}</p>
          ) : null
        ) : (
          <ul className="staff-dashboard__desks">
            {desks.map((desk) => (
              <li key={desk.key} className="staff-dashboard__desk" data-desk={desk.key}>
                <a href={desk.href} className="staff-dashboard__desk-link">
                  <span
                    className="staff-dashboard__count"
                    data-zero={desk.count === 0 || undefined}
                  >
                    {desk.count.toLocaleString(lang === 'en' ? 'en-US' : 'zh-TW')}
                  </span>
                  <span className="staff-dashboard__label">{desk.label[lang]}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <EstateSearch lang={lang} />
    </div>
  )
}
