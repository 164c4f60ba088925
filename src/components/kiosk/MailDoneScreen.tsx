'use client'
import { countByKind, type MailSession } from '@/domain/kiosk/mailSession'
import type { KioskText } from '@/i18n/kiosk'

/** Only after the server answered 200: how many items were picked up; back to start soon. */
export function MailDoneScreen({
  t,
  session,
  secondsLeft,
  onFinish,
}: {
  t: KioskText
  session: MailSession
  secondsLeft: number
  onFinish: () => void
}) {
  const done = session.done!
  return (
    <section className="kiosk-panel kiosk-done" aria-labelledby="kiosk-title">
      <div className="kiosk-done__mark" aria-hidden="true">
        ✓
      </div>
      <h1 id="kiosk-title" tabIndex={-1}>
        {t.pickedUp(done.count)}
      </h1>
      <p className="kiosk-summary">{t.pickedUpKinds(countByKind(done.pickedUp))}</p>
      <p className="kiosk-lead">{t.doneHelp(secondsLeft)}</p>
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button" onClick={onFinish}>
          {t.finish}
        </button>
      </div>
    </section>
  )
}
