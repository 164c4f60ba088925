'use client'
import { Button, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

import { actorHasRole, actorOf } from '@/access/actor'

const words = {
  'zh-TW': {
    title: '配對二維碼',
    show: '顯示配對二維碼',
    hide: '隱藏二維碼',
    help: '在大堂自助機的配對畫面按「用鏡頭掃描二維碼」，把此碼對準鏡頭。此碼即 API 金鑰：切勿拍照或外傳。',
    label: '此自助機 API 金鑰的二維碼',
    noKey: '請先啟用 API 金鑰並儲存，才可配對自助機。',
    failed: '未能讀取 API 金鑰，請再試。',
  },
  en: {
    title: 'Pairing QR code',
    show: 'Show pairing QR code',
    hide: 'Hide QR code',
    help: 'On the lobby kiosk’s pairing screen, tap “Scan the QR code” and hold this code to its camera. It is the API key: do not photograph or share it.',
    label: 'QR code of this kiosk’s API key',
    noKey: 'Enable the API key and save before pairing a kiosk.',
    failed: 'The API key could not be read. Please try again.',
  },
}

/**
 * On a kiosk's record: its API key as a QR code, for pairing the device by its camera. Only an
 * administrator of the estate sees it: the key is read back through Payload's reveal endpoint,
 * which requires admin-panel access and the right to update the kiosk (and answers no-store).
 * A key just generated on a record not saved yet is shown from the form itself.
 */
export function KioskKeyQr() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? words.en : words['zh-TW']
  const formKey = useFormFields(([fields]) => fields.apiKey?.value)
  const persisted = useFormFields(([fields]) => fields.hasAPIKey?.value === true)
  const [revealed, setRevealed] = useState<string | null>(null)
  const [svg, setSvg] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  const isAdmin = actorHasRole(actorOf({ user: user as never }), 'admin')
  const key = revealed ?? (typeof formKey === 'string' && formKey.length > 0 ? formKey : null)

  useEffect(() => {
    if (!key) {
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
  }, [key])

  async function reveal() {
    setFailed(false)
    const res = await fetch(`/api/kiosks/${encodeURIComponent(String(id))}/api-key/reveal`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => null)
    const body = res?.ok ? ((await res.json()) as { apiKey?: unknown }) : null
    if (typeof body?.apiKey === 'string') setRevealed(body.apiKey)
    else setFailed(true)
  }

  if (!isAdmin) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">{t.title}</p>
      {key && svg ? (
        <>
          <div
            role="img"
            aria-label={t.label}
            style={{ width: 260, height: 260, background: '#fff', padding: 8 }}
            // The qrcode package's own SVG of the key, nothing a user typed.
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <p className="field-description">{t.help}</p>
          {revealed ? (
            <Button buttonStyle="secondary" size="medium" onClick={() => setRevealed(null)}>
              {t.hide}
            </Button>
          ) : null}
        </>
      ) : persisted && id ? (
        <Button buttonStyle="secondary" size="medium" onClick={() => void reveal()}>
          {t.show}
        </Button>
      ) : (
        <p className="field-description">{t.noKey}</p>
      )}
      {failed ? <p role="alert">{t.failed}</p> : null}
    </div>
  )
}
