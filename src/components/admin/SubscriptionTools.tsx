'use client'
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { callApi } from '@/components/callApi'
import { WorkflowMoveButtons } from './WorkflowMoves'

const t = (lang: string, zh: string, en: string) => (lang === 'en' ? en : zh)

/** The month after this one, as YYYY-MM: the register most often printed ahead of delivery. */
function thisMonth() {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
}

/** Above the subscriptions list: the month's register (SUB-6) and each unit's charges. */
export function SubscriptionListLinks() {
  const { i18n } = useTranslation()
  const month = thisMonth()
  return (
    <div
      style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', marginBottom: 'var(--base)' }}
    >
      <Button
        el="link"
        url={`/office/subscriptions/register?month=${month}`}
        buttonStyle="secondary"
        size="medium"
      >
        {t(i18n.language, '本月報刊登記冊', 'This month’s register')}
      </Button>
      <Button
        el="link"
        url={`/office/subscriptions/charges?month=${month}`}
        buttonStyle="secondary"
        size="medium"
      >
        {t(i18n.language, '各單元本月費用', 'Charges by unit this month')}
      </Button>
    </div>
  )
}

/**
 * On a subscription: the moves the server offers this user (PATCH status: confirm with the
 * supplier, approve or refuse the requisition, order, …), and the desk's pages for the papers the
 * resident signs (the confirmation letter, the cancellation notice) and for printing.
 */
export function SubscriptionActions() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const lang = i18n.language
  if (!id) return null
  return (
    <div>
      <WorkflowMoveButtons
        collection="subscriptions"
        send={(docId, to, l) =>
          callApi(`/api/subscriptions/${docId}`, l, { method: 'PATCH', body: { status: to } })
        }
      />
      <div
        style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', margin: 'var(--base) 0' }}
      >
        {status === 'confirmed-by-supplier' && (
          <Button
            el="link"
            url={`/office/subscriptions/${id}/sign`}
            buttonStyle="primary"
            size="medium"
          >
            {t(lang, '業戶在櫃檯簽署確認書', 'Resident signs the letter at the desk')}
          </Button>
        )}
        {(status === 'ordered' || status === 'active') && (
          <Button
            el="link"
            url={`/office/subscriptions/${id}/cancel`}
            buttonStyle="secondary"
            size="medium"
          >
            {t(lang, '退訂（業戶簽署退訂通知）', 'Cancel (resident signs the notice)')}
          </Button>
        )}
        <Button el="link" url={`/office/subscriptions/${id}`} buttonStyle="secondary" size="medium">
          {t(lang, '請購單及確認書（列印）', 'Requisition and letters (print)')}
        </Button>
      </div>
    </div>
  )
}
