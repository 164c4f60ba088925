import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  JSONField,
  PayloadRequest,
} from 'payload'

import { actorOf } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'
import {
  canMove,
  moveOf,
  movesFor,
  operationOf,
  stateLabel,
  type Workflow,
} from '@/domain/workflow/defineWorkflow'
import { invalidField, requestLang } from '@/errors/refuse'
import { ACTOR_COLLECTIONS } from './stampActor'

export type WorkflowFieldOptions = {
  /** The field holding the state. */
  field?: string
  /**
   * The field naming the record's household, for moves `by: ['resident']` (the resident of the
   * record's own household); `'id'` when the record is the household itself.
   */
  household?: string
}

type Doc = Record<string, unknown> | undefined

function ownsRecord(req: Pick<PayloadRequest, 'user'>, doc: Doc, household?: string) {
  const actor = actorOf(req)
  if (actor.kind !== 'resident' || !household || !doc) return false
  const value = doc[household] as string | number | { id: string | number } | null | undefined
  return idOf(value) !== undefined && String(idOf(value)) === String(actor.household)
}

/**
 * GEN-1: any change of the workflow's field, through any door (admin, REST, GraphQL, Local API),
 * must be a move of the table that this request's mover may make; a new record starts in the
 * initial state. Refusals are `workflow.*` ValidationErrors on the field, in the caller's language.
 */
export function guardWorkflow(
  workflow: Workflow,
  { field = 'status', household }: WorkflowFieldOptions = {},
): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation, req, context, collection }) => {
    const where = { collection: collection.slug }
    const lang = requestLang(req)
    const label = (state: unknown) => stateLabel(workflow, state, lang)
    const to = data[field]
    if (to !== undefined && to !== null && !workflow.states.includes(to as string)) {
      throw invalidField(req, where, field, 'workflow.unknown-state', { state: String(to) })
    }
    if (operation === 'create') {
      if (to === undefined || to === null) data[field] = workflow.initial
      else if (to !== workflow.initial) {
        throw invalidField(req, where, field, 'workflow.illegal-start', {
          initial: label(workflow.initial),
          to: label(to),
        })
      }
      return data
    }
    const from = (originalDoc?.[field] ?? workflow.initial) as string
    if (to === undefined || to === null || to === from) return data
    const mover = {
      actor: actorOf(req),
      operation: operationOf(context),
      ownsRecord: ownsRecord(req, originalDoc, household),
    }
    if (!canMove(workflow, from, to as string, mover)) {
      const refusal = moveOf(workflow, from, to as string)?.refusal ?? 'workflow.illegal-move'
      throw invalidField(req, where, field, refusal, { from: label(from), to: label(to) })
    }
    return data
  }
}

/**
 * GEN-2: one row of `status-changes` — collection, record, field, from, to, who (the user, and the
 * server operation if one made it) and when — in the request's transaction (`req`).
 */
export async function saveStatusChange(
  req: PayloadRequest,
  change: {
    workflow: string
    collection: string
    doc: { id: string | number; estate?: unknown }
    field: string
    from: string | null
    to: string
    context: PayloadRequest['context']
  },
) {
  const user = req.user
  const by =
    user && (ACTOR_COLLECTIONS as readonly string[]).includes(user.collection)
      ? { relationTo: user.collection as (typeof ACTOR_COLLECTIONS)[number], value: user.id }
      : null
  const note = typeof change.context.workflowNote === 'string' ? change.context.workflowNote : null
  const estate = idOf(change.doc.estate as number | { id: number } | null | undefined) ?? null
  const now = new Date().toISOString()
  // The row is the server's own, whole and checked here (nobody may create or change one; the
  // collection has no hook but the time zone's, stamped here): the adapter's insert alone, in the
  // request's transaction, without the Local API's read of the new row that nothing uses.
  await req.payload.db.create({
    collection: 'status-changes',
    data: {
      workflow: change.workflow,
      collectionSlug: change.collection,
      documentId: String(change.doc.id),
      field: change.field,
      from: change.from,
      to: change.to,
      by,
      operation: operationOf(change.context),
      at: now,
      // As stampEstateTimeZone('at') would: the estate's zone beside the date.
      ...(estate !== null ? { at_tz: (await readEstate(req, estate)).timeZone } : {}),
      note,
      estate,
      createdAt: now,
      updatedAt: now,
    },
    req,
    returning: false,
  })
}

/** GEN-2: every move of the workflow's field is kept (`saveStatusChange`). */
export function recordStatusChange(
  workflow: Workflow,
  { field = 'status' }: WorkflowFieldOptions = {},
): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, operation, req, context, collection }) => {
    if (operation !== 'update') return doc
    const from = previousDoc?.[field]
    const to = doc[field]
    if (to === undefined || to === null || from === to) return doc
    await saveStatusChange(req, {
      workflow: workflow.name,
      collection: collection.slug,
      doc,
      field,
      from: from === undefined || from === null ? null : String(from),
      to: String(to),
      context,
    })
    return doc
  }
}

/**
 * The moves this request's actor may make from the record's current state, with their labels in
 * both languages: a virtual field, so every read (REST, GraphQL, the pages' Local API) carries
 * what the UI may offer and no page re-encodes the table. A read that `select`s `moves` must
 * select the workflow field and the household field too (a resident's moves depend on them).
 */
export function workflowMovesField(
  workflow: Workflow,
  { field = 'status', household }: WorkflowFieldOptions = {},
): JSONField {
  return {
    name: 'moves',
    type: 'json',
    virtual: true,
    label: { en: 'Allowed moves', 'zh-TW': '可進行的狀態變更' },
    access: { create: () => false, update: () => false },
    admin: { hidden: true, readOnly: true },
    typescriptSchema: [
      () => ({
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['to', 'label'],
          properties: {
            to: { type: 'string' },
            label: {
              type: 'object',
              additionalProperties: false,
              required: ['en', 'zh-TW'],
              properties: { en: { type: 'string' }, 'zh-TW': { type: 'string' } },
            },
          },
        },
      }),
    ],
    hooks: {
      afterRead: [
        ({ siblingData, req }) => {
          const from = siblingData?.[field]
          if (typeof from !== 'string') return []
          return movesFor(workflow, from, actorOf(req), {
            ownsRecord: ownsRecord(req, siblingData, household),
          })
        },
      ],
    },
  }
}

/** Everything a collection needs for one workflow field: the guard, the record, the moves. */
export function workflowOf(workflow: Workflow, options: WorkflowFieldOptions = {}) {
  return {
    beforeChange: guardWorkflow(workflow, options),
    afterChange: recordStatusChange(workflow, options),
    movesField: workflowMovesField(workflow, options),
  }
}
