import type { Actor } from '@/access/actor'
import { OFFICE_ROLES } from '@/access/residents'
import type { StaffRole } from '@/access/roles'
import type { ErrorCode } from '@/errors/catalogue'

export type Lang = 'zh-TW' | 'en'
export type Label = Record<Lang, string>

/** Named groups of staff roles a move may name instead of listing each role. */
export const ROLE_GROUPS = {
  /** The roles that run the households-and-passes procedure (四). */
  office: OFFICE_ROLES,
} as const satisfies Record<string, readonly StaffRole[]>
export type RoleGroup = keyof typeof ROLE_GROUPS

/**
 * Who may make a move: a staff role, a group of roles, the resident of the record's own
 * household, a lobby kiosk, or a named server operation (e.g. `handover`) — a move only that
 * operation may make, which it announces through `req.context` (see `asOperation`).
 */
export type Who<Op extends string = never> = StaffRole | RoleGroup | 'resident' | 'kiosk' | Op

export type Move<S extends string, Op extends string = never> = {
  from: S
  to: S
  by: readonly Who<Op>[]
  /** What a button making the move says ("Report lost"); the target state's label if not set. */
  action?: Label
  /** The refusal when the move exists but not for this mover (default `workflow.illegal-move`). */
  refusal?: ErrorCode
}

export type Workflow<S extends string = string, Op extends string = string> = {
  name: string
  states: readonly S[]
  /** Where a new record starts: the first state unless named. */
  initial: S
  labels: Record<S, Label>
  operations: readonly Op[]
  moves: readonly Move<S, Op>[]
}

/**
 * A status or step table as data. Every move not listed is refused, whoever asks.
 *
 *   defineWorkflow({ name: 'pass', states: ['prepared', 'active'], labels, operations: ['handover'],
 *     moves: [{ from: 'prepared', to: 'active', by: ['handover'] }] })
 */
export function defineWorkflow<const S extends string, const Op extends string = never>(spec: {
  name: string
  states: readonly S[]
  initial?: S
  labels: Record<S, Label>
  operations?: readonly Op[]
  moves: readonly Move<NoInfer<S>, NoInfer<Op>>[]
}): Workflow<S, Op> {
  for (const move of spec.moves) {
    if (!spec.states.includes(move.from) || !spec.states.includes(move.to)) {
      throw new Error(`Workflow ${spec.name}: ${move.from} → ${move.to} names an unknown state`)
    }
  }
  return {
    name: spec.name,
    states: spec.states,
    initial: spec.initial ?? spec.states[0]!,
    labels: spec.labels,
    operations: spec.operations ?? [],
    moves: spec.moves,
  }
}

/**
 * Who is asking to move a record: the actor of the request, the server operation making the
 * move (if any), and whether the record belongs to the actor's household (for `resident`).
 */
export type Mover = { actor: Actor; operation?: string | null; ownsRecord?: boolean }

function allows(who: string, workflow: Workflow, mover: Mover): boolean {
  // An operation acts as itself: it makes its own moves and nobody else's.
  if (mover.operation) return who === mover.operation
  if ((workflow.operations as readonly string[]).includes(who)) return false
  const { actor } = mover
  if (who === 'resident') return actor.kind === 'resident' && mover.ownsRecord === true
  if (who === 'kiosk') return actor.kind === 'kiosk'
  if (actor.kind !== 'staff') return false
  const roles: readonly string[] = who in ROLE_GROUPS ? ROLE_GROUPS[who as RoleGroup] : [who]
  return actor.roles.some((role) => roles.includes(role))
}

/** The move of the table from one state to another, if there is one. */
export function moveOf<S extends string>(workflow: Workflow<S>, from: S, to: S) {
  return workflow.moves.find((move) => move.from === from && move.to === to)
}

/** True when the table has the move and this mover is among those who may make it. */
export function canMove<S extends string>(workflow: Workflow<S>, from: S, to: S, mover: Mover) {
  return moveOf(workflow, from, to)?.by.some((who) => allows(who, workflow, mover)) ?? false
}

/** True when some move of the table is this mover's to make: anyone else is simply not a party. */
export const takesPart = (workflow: Workflow, mover: Mover) =>
  workflow.moves.some((move) => move.by.some((who) => allows(who, workflow, mover)))

export type AllowedMove<S extends string = string> = { to: S; label: Label }

/** The moves this actor may make from a state, with the target's labels: what a UI offers. */
export function movesFor<S extends string>(
  workflow: Workflow<S>,
  from: S,
  actor: Actor,
  ctx: { ownsRecord?: boolean; operation?: string | null } = {},
): AllowedMove<S>[] {
  const mover = { actor, ...ctx }
  return workflow.moves
    .filter((move) => move.from === from && move.by.some((who) => allows(who, workflow, mover)))
    .map((move) => ({ to: move.to, label: move.action ?? workflow.labels[move.to] }))
}

/** The label of a state, or the state itself when the table does not know it. */
export const stateLabel = (workflow: Workflow, state: unknown, lang: Lang): string =>
  workflow.labels[state as string]?.[lang] ?? String(state ?? '')

/** The `req.context` a server operation passes so the guard knows it is the one moving. */
export const asOperation = (operation: string, note?: string) => ({
  workflowOperation: operation,
  ...(note ? { workflowNote: note } : {}),
})

/** The operation named in a request's context, if any. */
export const operationOf = (context: Record<string, unknown> | undefined): string | null =>
  typeof context?.workflowOperation === 'string' ? context.workflowOperation : null
