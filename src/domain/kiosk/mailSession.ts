import type { MailKind, MailLookupReply, MailPickupReply } from './api'
import { normalisePickupCode } from './api'

/**
 * One person's mail pickup at the kiosk, from the code to the signed confirmation: everything the
 * kiosk knows about them lives here, so going back to the start (`reset`) forgets all of it.
 */
export type KioskScreen =
  'start' | 'mail-code' | 'mail-items' | 'mail-sign' | 'mail-done' | 'visitor-pass'

export type MailSession = {
  screen: KioskScreen
  /** The digits typed or scanned so far (at most 10). */
  code: string
  lookup: MailLookupReply | null
  /** The ids (as strings) of the items ticked for this pickup. */
  selected: string[]
  delegate: { on: boolean; name: string }
  /**
   * The Idempotency-Key of this pickup: made when the person starts confirming, kept for every
   * retry of the same pickup, so a retry after a lost answer cannot record it twice.
   */
  pickupKey: string | null
  done: MailPickupReply | null
  /** The last refusal or failure to show (the server's message, in the kiosk's language). */
  error: { message: string; retry?: boolean } | null
}

export const START: MailSession = {
  screen: 'start',
  code: '',
  lookup: null,
  selected: [],
  delegate: { on: false, name: '' },
  pickupKey: null,
  done: null,
  error: null,
}

export const CODE_LENGTH = 10
export const MAX_DELEGATE_NAME = 100

export type MailAction =
  | { type: 'reset' }
  | { type: 'collect-mail' }
  | { type: 'visitor-check-in' }
  | { type: 'digit'; digit: string }
  | { type: 'backspace' }
  | { type: 'clear-code' }
  | { type: 'typed-code'; text: string }
  | { type: 'looked-up'; reply: MailLookupReply }
  | { type: 'toggle-item'; id: string }
  | { type: 'delegate'; on: boolean }
  | { type: 'delegate-name'; name: string }
  | { type: 'to-sign'; key: string }
  | { type: 'back' }
  | { type: 'picked-up'; reply: MailPickupReply }
  | { type: 'failed'; message: string; retry?: boolean }
  | { type: 'dismiss-error' }

/** What a person or a scanner typed, as the digits of a code (spaces and dashes dropped). */
export function codeDigits(text: string): string {
  return text.replace(/\D/g, '').slice(0, CODE_LENGTH)
}

/** The code to look up, or null until it is a whole pickup code. */
export const readyCode = (session: MailSession) => normalisePickupCode(session.code)

export function mailSession(state: MailSession, action: MailAction): MailSession {
  switch (action.type) {
    case 'reset':
      return START
    case 'collect-mail':
      return { ...START, screen: 'mail-code' }
    case 'visitor-check-in':
      return { ...START, screen: 'visitor-pass' }
    case 'digit':
      if (!/^\d$/.test(action.digit) || state.code.length >= CODE_LENGTH) return state
      return { ...state, code: state.code + action.digit, error: null }
    case 'backspace':
      return { ...state, code: state.code.slice(0, -1), error: null }
    case 'clear-code':
      return { ...state, code: '', error: null }
    case 'typed-code':
      return { ...state, code: codeDigits(action.text), error: null }
    case 'looked-up':
      return {
        ...state,
        screen: 'mail-items',
        lookup: action.reply,
        selected: action.reply.items.map((item) => String(item.id)),
        delegate: { on: false, name: '' },
        pickupKey: null,
        error: null,
      }
    case 'toggle-item': {
      const on = state.selected.includes(action.id)
      const selected = on
        ? state.selected.filter((id) => id !== action.id)
        : [...state.selected, action.id]
      return { ...state, selected, error: null }
    }
    case 'delegate':
      return { ...state, delegate: { on: action.on, name: action.on ? state.delegate.name : '' } }
    case 'delegate-name':
      return {
        ...state,
        delegate: { ...state.delegate, name: action.name.slice(0, MAX_DELEGATE_NAME) },
        error: null,
      }
    case 'to-sign':
      if (state.screen !== 'mail-items' || state.selected.length === 0) return state
      return { ...state, screen: 'mail-sign', pickupKey: action.key, error: null }
    case 'back':
      // Changing the items or the delegate makes another pickup: it gets a key of its own.
      if (state.screen === 'mail-sign')
        return { ...state, screen: 'mail-items', pickupKey: null, error: null }
      if (state.screen === 'mail-items')
        return { ...state, screen: 'mail-code', lookup: null, selected: [], error: null }
      return START
    case 'picked-up':
      return { ...START, screen: 'mail-done', done: action.reply }
    case 'failed':
      return { ...state, error: { message: action.message, retry: action.retry } }
    case 'dismiss-error':
      return { ...state, error: null }
  }
}

/** What the person is about to pick up (or picked up), counted by kind, in a fixed order. */
export function countByKind(items: { kind: MailKind }[]): { kind: MailKind; count: number }[] {
  const order: MailKind[] = ['letter', 'registered', 'parcel']
  return order
    .map((kind) => ({ kind, count: items.filter((item) => item.kind === kind).length }))
    .filter((entry) => entry.count > 0)
}

/** The body of `POST /api/mail-items/pickup` for this session. */
export function pickupBody(session: MailSession, signature: string) {
  const name = session.delegate.name.trim()
  return {
    code: session.code,
    items: (session.lookup?.items ?? [])
      .filter((item) => session.selected.includes(String(item.id)))
      .map((item) => item.id),
    signature,
    ...(session.delegate.on && name ? { delegateName: name } : {}),
  }
}
