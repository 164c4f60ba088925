import { readEstateOf } from '@/components/office/mail/estateOf'
import { requireVisitorStaff } from '@/components/office/visitors/requireVisitorStaff'
import { VisitorBoard } from '@/components/office/visitors/VisitorBoard'
import { OfflineShell } from '@/components/offline/OfflineShell'
import { HOST_DEPARTMENT_LABELS, HOST_DEPARTMENTS } from '@/domain/visitors/transitions'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('大門訪客登記', 'Gate: visitors')

/**
 * The gate board (VIS-1, VIS-5), made for a tablet at the gate: the guard records who asks to
 * come in, sees CS's answer arrive without a reload, checks admitted visitors in and out. It
 * opens again with the network down (the offline service worker) to check passes on the device.
 */
export default async function GateBoardPage() {
  const { payload, user, lang } = await requireVisitorStaff('/office/gate', ['guard'])
  const estate = await readEstateOf(payload, user)
  const units = await payload.find({
    collection: 'households',
    sort: 'unit',
    limit: 5000,
    pagination: false,
    depth: 0,
    select: { unit: true },
    user,
    overrideAccess: false,
  })
  return (
    <>
      <OfflineShell scope="/office/gate" />
      <VisitorBoard
        mode="gate"
        lang={lang}
        estateName={lang === 'en' ? estate.nameEn : estate.name}
        timeZone={estate.timeZone}
        estateId={estate.id ?? ''}
        units={units.docs.map((h) => ({ id: h.id, unit: h.unit }))}
        departments={HOST_DEPARTMENTS.map((value) => ({
          value,
          label: HOST_DEPARTMENT_LABELS[value][lang],
        }))}
      />
    </>
  )
}
