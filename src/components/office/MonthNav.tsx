import { addMonths } from '@/domain/subscriptions/months'
import type { subscriptionOfficeText } from '@/i18n/subscriptions'

/** Another month: a month field, and the months either side. */
export function MonthNav({
  month,
  t,
  action,
}: {
  month: string
  t: ReturnType<typeof subscriptionOfficeText>
  action: string
}) {
  return (
    <form className="month-nav no-print" method="get" action={action}>
      <a href={`${action}?month=${addMonths(month, -1)}`}>← {t('previousMonth')}</a>
      <label>
        {t('month')}
        <input type="month" name="month" defaultValue={month} required />
      </label>
      <button type="submit" className="button secondary">
        {t('show')}
      </button>
      <a href={`${action}?month=${addMonths(month, 1)}`}>{t('nextMonth')} →</a>
    </form>
  )
}
