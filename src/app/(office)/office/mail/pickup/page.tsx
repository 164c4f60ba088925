import { DeskPickup } from '@/components/office/mail/DeskPickup'
import { requireOfficeStaff } from '@/components/office/staff'
import { mailDeskText } from '@/i18n/mailDesk'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('櫃枱領取郵件', 'Mail pickup at the desk')

/** MAIL-4: the same pickup as at the kiosk, with the addressee signing on the office's screen. */
export default async function DeskPickupPage() {
  const { lang } = await requireOfficeStaff('/office/mail/pickup')
  const m = mailDeskText(lang)
  return (
    <main>
      <div className="topbar">
        <a href="/office/mail">{m('mailDesk')}</a>
      </div>
      <h1>{m('pickupTitle')}</h1>
      <DeskPickup lang={lang} />
    </main>
  )
}
