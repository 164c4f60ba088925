'use client'
import { useAuth, useFormFields, useTranslation } from '@payloadcms/ui'
import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

import { actorHasRole, actorOf } from '@/access/actor'

const words = {
  'zh-TW': {
    title: '配對二維碼',
    help: '在大堂自助機的配對畫面按「掃描二維碼」，把此碼對準鏡頭。此碼即 API 金鑰：切勿拍照或外傳。',
    label: '此自助機 API 金鑰的二維碼',
    unsaved: '已產生新金鑰：請先儲存，再讓自助機掃描。',
  },
  en: {
    title: 'Pairing QR code',
    help: 'On the lobby kiosk’s pairing screen, tap “Scan QR code” and hold this code to the camera. It is the API key: do not photograph or share it.',
    label: 'QR code of this kiosk’s API key',
    unsaved: 'A new key was generated: save first, then let the kiosk scan it.',
  },
}

/**
 * On a kiosk's record: its API key as a QR code, for pairing the device by its camera. Shown only
 * when the key is enabled and set, and only to an administrator of the estate (who alone may read
 * kiosk records and their keys at all).
 */
export function KioskKeyQr() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? words.en : words['zh-TW']
  const apiKey = useFormFields(([fields]) => fields.apiKey?.value)
  const enabled = useFormFields(([fields]) => fields.enableAPIKey?.value)
  const modified = useFormFields(([fields]) => fields.apiKey?.initialValue !== fields.apiKey?.value)
  const [svg, setSvg] = useState<string | null>(null)
  const isAdmin = actorHasRole(actorOf({ user: user as never }), 'admin')
  const key = enabled === true && typeof apiKey === 'string' && apiKey.length > 0 ? apiKey : null

  useEffect(() => {
    if (!isAdmin || !key) {
      setSvg(null)
      return
    }
    let live = true
    void QRCode.toString(key, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (markup) => live && setSvg(markup),
    )
    return () => {
      live = false
    }
  }, [isAdmin, key])

  if (!isAdmin || !key || !svg) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">{t.title}</p>
      {modified ? (
        <p role="status">{t.unsaved}</p>
      ) : (
        <>
          <div
            role="img"
            aria-label={t.label}
            style={{ width: 240, height: 240, background: '#fff', padding: 8 }}
            // The qrcode package's own SVG of the key read from this form, nothing else.
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <p className="field-description">{t.help}</p>
        </>
      )}
    </div>
  )
}
