import type { FieldServerComponent } from 'payload'

import { ACTOR_KIND_LABELS, actorOf } from '@/access/actor'
import { adminLang } from '@/server/adminBrand'

type ActorValue = { relationTo?: string; value?: number | string | { id: number | string } }

/**
 * `createdBy` / `updatedBy`, and every staff member the server stamped (who signed, decided,
 * accepted), as a name (GEN-2). Payload's relationship field would fetch the
 * account as the reader; customer service may not read other staff accounts, and saw
 * "未命名 - ID: 1". Staff (the only readers of these fields) see who it was, by name only.
 */
export const ActorField: FieldServerComponent = async (props) => {
  const { data, field, formState, payload, req, i18n } = props
  const name = 'name' in field ? field.name : ''
  const path = (props as { path?: string }).path ?? name
  const lang = adminLang(i18n?.language)
  if (actorOf(req).kind !== 'staff') return null
  // createdBy / updatedBy point at users, residents or kiosks; a signer's field at users only.
  const raw = formState?.[path]?.value ?? data?.[name] ?? null
  const fixed = field.type === 'relationship' && typeof field.relationTo === 'string'
  const actor: ActorValue | null =
    raw === null || raw === undefined || raw === ''
      ? null
      : fixed
        ? { relationTo: field.relationTo as string, value: raw as ActorValue['value'] }
        : (raw as ActorValue)
  const label = (field as { label?: Record<string, string> }).label?.[lang] ?? name
  if (!actor?.relationTo || actor.value === undefined || actor.value === null) {
    return fixed ? <ActorLine label={label} text="—" /> : null
  }
  const id = typeof actor.value === 'object' ? actor.value.id : actor.value
  const collection = actor.relationTo as keyof typeof ACTOR_KIND_LABELS
  const found = ACTOR_KIND_LABELS[collection]
    ? await payload
        .find({
          collection,
          where: { id: { equals: id } },
          limit: 1,
          depth: 0,
          select: { name: true },
          overrideAccess: true,
        })
        .catch(() => null)
    : null
  const who = (found?.docs[0] as { name?: string } | undefined)?.name
  // A resident or a kiosk is named as such (unless the field's label says it); staff by name alone.
  const kind = collection === 'users' || fixed ? undefined : ACTOR_KIND_LABELS[collection]?.[lang]
  const shown = who && kind ? (lang === 'en' ? `${who} (${kind})` : `${who}（${kind}）`) : who
  return <ActorLine label={label} text={shown || '—'} />
}

function ActorLine({ label, text }: { label: string; text: string }) {
  return (
    <div className="field-type actor-field" style={{ marginBottom: 'var(--spacing-field)' }}>
      <span className="field-label">{label}</span>
      <p style={{ margin: 0 }}>{text}</p>
    </div>
  )
}
