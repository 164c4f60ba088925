'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

/** On a member: take their pass-card photo with the device camera (the office's photo page). */
export function MemberPhotoLink() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <p>
      <a href={`/office/members/${id}/photo`}>
        {i18n.language === 'en' ? 'Take a photo with the camera' : '用鏡頭拍攝相片'}
      </a>
    </p>
  )
}
