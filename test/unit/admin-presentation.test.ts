/** How the admin shows records to staff: the API tab, and staff stamped on records shown by name. */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { apiTabForAdminsOnly, staffShownByName } from '@/server/adminPresentation'

import configPromise from '../../payload.config'

const staffAt = (roles: string[]) =>
  ({
    id: 1,
    collection: 'users',
    memberships: [{ estate: 1, roles }],
    currentEstate: 1,
  }) as never

function staffLinks(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => staffLinks(tab.fields))
    if ('fields' in field && Array.isArray(field.fields)) return staffLinks(field.fields)
    return field.type === 'relationship' && field.relationTo === 'users' ? [field] : []
  })
}

describe('the API tab', () => {
  it('is offered to the estate’s administrators only', () => {
    const [households] = apiTabForAdminsOnly([{ slug: 'households', fields: [] }])
    const edit = households!.admin!.components!.views!.edit as {
      api: { tab: { condition: (args: { req: { user: unknown } }) => boolean } }
    }
    const condition = edit.api.tab.condition
    expect(condition({ req: { user: staffAt(['admin']) } })).toBe(true)
    expect(condition({ req: { user: staffAt(['cs']) } })).toBe(false)
    expect(condition({ req: { user: staffAt(['guard']) } })).toBe(false)
    expect(condition({ req: { user: null } })).toBe(false)
  })
})

describe('staff stamped on a record', () => {
  it('are shown by name wherever the server stamps them (read-only links to a staff account)', async () => {
    const config = await configPromise
    const stamped = config.collections.flatMap((collection) =>
      staffLinks(collection.fields)
        .filter((field) => (field.admin as { readOnly?: boolean } | undefined)?.readOnly === true)
        .map((field) => ({ at: `${collection.slug}.${'name' in field ? field.name : ''}`, field })),
    )
    expect(stamped.map((s) => s.at)).toContain('complaints.plannedBy')
    for (const { at, field } of stamped) {
      expect((field.admin as { components?: { Field?: unknown } }).components?.Field, at).toBe(
        '/src/components/admin/ActorField#ActorField',
      )
    }
  })

  it('leaves a field staff choose (not read-only) as Payload’s picker', () => {
    const [collection] = staffShownByName([
      {
        slug: 'x',
        fields: [
          { name: 'chosen', type: 'relationship', relationTo: 'users' },
          {
            type: 'group',
            name: 'g',
            fields: [
              {
                name: 'signed',
                type: 'relationship',
                relationTo: 'users',
                admin: { readOnly: true },
              },
            ],
          },
        ],
      },
    ])
    const [chosen, group] = collection!.fields as [Field, Field & { fields: Field[] }]
    expect((chosen.admin as { components?: unknown } | undefined)?.components).toBeUndefined()
    expect((group.fields[0]!.admin as { components: { Field: string } }).components.Field).toBe(
      '/src/components/admin/ActorField#ActorField',
    )
  })
})
