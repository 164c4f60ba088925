import '@/components/office/paper/paper.css'

import { MemberPhotoForm } from '@/components/office/paper/MemberPhotoForm'
import { readAsStaffOr404 } from '@/components/office/paper/loadPaper'
import { requireOfficeStaff } from '@/components/office/staff'
import { idOf } from '@/domain/relations'
import { paperText } from '@/i18n/paper'
import type { Household, MemberPhoto } from '@payload-types'

type Args = { params: Promise<{ id: string }> }

/** The office takes a member's photo for the pass card with the device camera, or from a file. */
export default async function MemberPhotoPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang } = await requireOfficeStaff(`/office/members/${id}/photo`)
  const t = paperText(lang)
  const member = await readAsStaffOr404(payload, user, 'members', id, 1)
  const photo = typeof member.photo === 'object' ? (member.photo as MemberPhoto | null) : null
  const household = typeof member.household === 'object' ? (member.household as Household) : null
  return (
    <main>
      <div className="topbar">
        <a href={`/admin/collections/members/${member.id}`}>{t('backToMember')}</a>
        {household && (
          <a href={`/office/households/${idOf(member.household)}/cards`}>{t('printCards')}</a>
        )}
      </div>
      <h1>
        {t('photoTitle')} · {member.name}
        {household ? ` · ${household.unit}` : ''}
      </h1>
      <p>{t('photoHelp')}</p>
      <section className="photo-current" aria-labelledby="current-photo">
        <h2 id="current-photo">{t('currentPhoto')}</h2>
        {photo?.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
          <img src={photo.url} alt={t('photoOf', { name: member.name })} />
        ) : (
          <p className="empty">{t('noPhoto')}</p>
        )}
      </section>
      <h2>{t('newPhoto')}</h2>
      <MemberPhotoForm lang={lang} memberId={member.id} />
    </main>
  )
}
