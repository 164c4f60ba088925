/**
 * GEN-3 in the admin: every field a staff member sees has a label in Traditional Chinese and in
 * English (Payload would otherwise make one from the name: "Qr Token"), and so has every option
 * of a select and every collection in the nav.
 */
import type { Field, SanitizedCollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import configPromise from '../../payload.config'

type Label = unknown

/** Payload's own fields carry a function that reads its translations; ours carry both languages. */
function problemWith(label: Label): string | null {
  if (label === false || typeof label === 'function') return null
  if (label === undefined || label === null) return 'no label'
  if (typeof label === 'string') return `one language only ("${label}")`
  if (typeof label === 'object') {
    const text = label as Record<string, unknown>
    const missing = ['zh-TW', 'en'].filter((lang) => typeof text[lang] !== 'string' || !text[lang])
    return missing.length ? `no ${missing.join(' or ')} label` : null
  }
  return 'an unreadable label'
}

const hidden = (field: Field) =>
  Boolean((field as { admin?: { hidden?: boolean; disabled?: boolean } }).admin?.hidden) ||
  // Payload's own virtual fields that render nothing (e.g. an auth collection's hasAPIKey).
  (field as { admin?: { components?: { Field?: unknown } } }).admin?.components?.Field === false ||
  Boolean((field as { admin?: { disabled?: boolean } }).admin?.disabled) ||
  Boolean((field as { hidden?: boolean }).hidden)

/** Every field shown in the admin, with the path a person would look for, and what is wrong. */
function unlabelled(fields: Field[], prefix: string): string[] {
  return fields.flatMap((field): string[] => {
    if (hidden(field)) return []
    const name = 'name' in field && field.name ? `${prefix}${field.name}` : prefix
    const nested = (children: Field[], at = name ? `${name}.` : prefix) => unlabelled(children, at)
    switch (field.type) {
      case 'ui':
        // A component of our own: its words are the component's (tested with its page).
        return []
      case 'row':
        return nested(field.fields, prefix)
      case 'collapsible': {
        const problem = problemWith(field.label)
        return [
          ...(problem ? [`${prefix}(collapsible): ${problem}`] : []),
          ...nested(field.fields, prefix),
        ]
      }
      case 'tabs':
        return field.tabs.flatMap((tab) => {
          const tabName = 'name' in tab && tab.name ? `${prefix}${tab.name}` : `${prefix}(tab)`
          const problem = problemWith(tab.label ?? ('name' in tab ? undefined : false))
          return [
            ...(problem ? [`${tabName}: ${problem}`] : []),
            ...unlabelled(tab.fields, 'name' in tab && tab.name ? `${tabName}.` : prefix),
          ]
        })
      default: {
        const problems: string[] = []
        const problem = problemWith((field as { label?: Label }).label)
        if (problem) problems.push(`${name}: ${problem}`)
        // A language is named in its own words (繁體中文, English) so each reader finds theirs.
        const endonyms = field.type === 'select' && 'name' in field && field.name === 'language'
        if (
          (field.type === 'select' || field.type === 'radio') &&
          Array.isArray(field.options) &&
          !endonyms
        ) {
          for (const option of field.options) {
            const optionProblem =
              typeof option === 'string'
                ? `one language only ("${option}")`
                : problemWith(option.label)
            if (optionProblem)
              problems.push(`${name} option ${JSON.stringify(option)}: ${optionProblem}`)
          }
        }
        if (field.type === 'group' || field.type === 'array') problems.push(...nested(field.fields))
        if (field.type === 'blocks') {
          for (const block of field.blocks)
            problems.push(...nested(block.fields, `${name}.${block.slug}.`))
        }
        return problems
      }
    }
  })
}

const shown = (collection: SanitizedCollectionConfig) =>
  collection.admin?.hidden !== true && !collection.slug.startsWith('payload-')

describe('the admin panel’s words (GEN-3)', async () => {
  const config = await configPromise
  const collections = config.collections.filter((c) => !c.slug.startsWith('payload-'))

  it('walks every collection of the config', () => {
    expect(collections.length).toBeGreaterThan(20)
    expect(collections.map((c) => c.slug)).toContain('passes')
  })

  it.each(collections.filter(shown).map((c) => [c.slug, c] as const))(
    '%s: every field shown in the admin has zh-TW and en labels',
    (_slug, collection) => {
      expect(unlabelled(collection.fields, '')).toEqual([])
    },
  )

  it.each(collections.filter(shown).map((c) => [c.slug, c] as const))(
    '%s: the collection is named in both languages in the nav',
    (_slug, collection) => {
      expect([
        problemWith(collection.labels.singular),
        problemWith(collection.labels.plural),
      ]).toEqual([null, null])
    },
  )

  it('would catch a field labelled from its name, like "Qr Token"', () => {
    expect(unlabelled([{ name: 'qrToken', type: 'text' }], '')).toEqual(['qrToken: no label'])
    expect(unlabelled([{ name: 'qrToken', type: 'text', label: 'QR' }], '')).toEqual([
      'qrToken: one language only ("QR")',
    ])
    expect(
      unlabelled(
        [{ name: 'qrToken', type: 'text', label: { en: 'QR token', 'zh-TW': '二維碼' } }],
        '',
      ),
    ).toEqual([])
  })
})
