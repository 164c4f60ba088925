import { readEstateOf } from '@/components/office/mail/estateOf'
import { requireVisitorStaff } from '@/components/office/visitors/requireVisitorStaff'
import { VisitorBoard } from '@/components/office/visitors/VisitorBoard'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('客服訪客板', 'CS visitor board')

/**
 * The CS board (VIS-2, VIS-3): requests waiting at the gate with how long each has waited, the
 * answer with who confirmed and how, the alert past the response limit, and going on or off duty.
 */
export default async function CsVisitorBoardPage() {
  const { payload, user, lang } = await requireVisitorStaff('/office/visitors', [
    'cs',
    'supervisor',
    'manager',
    'admin',
    'security',
  ])
  const estate = await readEstateOf(payload, user)
  return (
    <VisitorBoard
      mode="cs"
      lang={lang}
      estateName={lang === 'en' ? estate.nameEn : estate.name}
      timeZone={estate.timeZone}
      units={[]}
      departments={[]}
    />
  )
}
