'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { callApi } from '@/components/callApi'
import { formatMoney } from '@/domain/money/formatMoney'

const t = (lang: string, zh: string, en: string) => (lang === 'en' ? en : zh)

/** The API's answer, or its message (in the admin's language) as an Error. */
async function request<T>(path: string, lang: string, init?: { method: 'POST'; body: unknown }) {
  const result = await callApi<T>(path, lang === 'en' ? 'en' : 'zh-TW', init)
  if (!result.ok) throw new Error(result.message)
  return result.data
}

type Quote = { ordinal: number; fee: number; currency: string; memberName: string }

/** On a member: issue another pass, with the server's fee shown before confirming (PAS-3). */
export function MemberPassActions() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language
  const [quote, setQuote] = useState<Quote | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null

  const run = async (step: () => Promise<void>) => {
    setBusy(true)
    setMessage(null)
    try {
      await step()
    } catch (error) {
      setMessage((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ margin: 'var(--base) 0' }} aria-live="polite">
      {!quote ? (
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={busy}
          onClick={() =>
            run(async () => setQuote(await request<Quote>(`/api/passes/quote?member=${id}`, lang)))
          }
        >
          {t(lang, '補發／加證', 'Issue another pass')}
        </Button>
      ) : (
        <div>
          <p>
            {t(
              lang,
              `這是${quote.memberName}的第 ${quote.ordinal} 張出入證，費用：${quote.fee ? formatMoney(quote.fee, quote.currency, 'zh-TW') : '免費'}。`,
              `This is pass no. ${quote.ordinal} for ${quote.memberName}; fee: ${quote.fee ? formatMoney(quote.fee, quote.currency, 'en') : 'free'}.`,
            )}
          </p>
          <div style={{ display: 'flex', gap: 'var(--base)' }}>
            <Button
              size="medium"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  const { doc } = await request<{
                    doc: { number: string; fee: number; currency: string }
                  }>('/api/passes/request', lang, { method: 'POST', body: { member: id } })
                  setQuote(null)
                  setMessage(
                    t(
                      lang,
                      `已製作 ${doc.number}，費用：${doc.fee ? formatMoney(doc.fee, doc.currency, 'zh-TW') : '免費'}。`,
                      `Prepared ${doc.number}; fee: ${doc.fee ? formatMoney(doc.fee, doc.currency, 'en') : 'free'}.`,
                    ),
                  )
                  // The passes list below is loaded with the page: load it again.
                  window.setTimeout(() => window.location.reload(), 1200)
                })
              }
            >
              {t(lang, '確認製作', 'Confirm')}
            </Button>
            <Button buttonStyle="secondary" size="medium" onClick={() => setQuote(null)}>
              {t(lang, '取消', 'Cancel')}
            </Button>
          </div>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
