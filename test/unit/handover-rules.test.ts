import { describe, expect, it } from 'vitest'

import { formatMoney } from '@/domain/money/formatMoney'
import {
  feeOwed,
  feeTotals,
  isAdult,
  selectionRefusal,
  signerRefusal,
  waitingByMember,
  type PassFacts,
} from '@/domain/passes/handoverRules'

const money = (amount: number, currency: string | null | undefined) =>
  formatMoney(amount, currency, 'en')
const pass = (id: number, over: Partial<PassFacts> = {}): PassFacts => ({
  id,
  number: `1-0101-01-${id}`,
  household: 7,
  member: 1,
  status: 'prepared',
  fee: 0,
  currency: 'CNY',
  feePaidAt: null,
  ...over,
})

describe('PAS-3: fees', () => {
  it('PAS-3: an extra pass is owed until paid; a free or voided one is not', () => {
    expect(feeOwed({ fee: 50, feePaidAt: null, status: 'prepared' })).toBe(true)
    expect(feeOwed({ fee: 50, feePaidAt: '2026-11-27T01:00:00Z', status: 'prepared' })).toBe(false)
    expect(feeOwed({ fee: 0, feePaidAt: null, status: 'prepared' })).toBe(false)
    expect(feeOwed({ fee: 50, feePaidAt: null, status: 'void' })).toBe(false)
  })

  it('PAS-3: a household’s totals count owed and paid fees apart', () => {
    const totals = feeTotals(
      [
        pass(1),
        pass(2, { fee: 50 }),
        pass(3, { fee: 50, feePaidAt: '2026-11-27T01:00:00Z', status: 'active' }),
        pass(4, { fee: 50, status: 'void' }),
      ],
      'CNY',
    )
    expect(totals).toEqual({ currency: 'CNY', owed: 50, paid: 50, owedCount: 1, paidCount: 1 })
  })
})

describe('PAS-5: what may be handed over now', () => {
  it('PAS-5: some of the prepared passes may be chosen', () => {
    expect(selectionRefusal(7, [1, '2'], [pass(1), pass(2)], money)).toBeNull()
  })

  it('PAS-5: nothing chosen is refused', () => {
    expect(selectionRefusal(7, [], [], money)?.code).toBe('handover.nothing-selected')
    expect(selectionRefusal(7, null, [], money)?.code).toBe('handover.nothing-prepared')
  })

  it('PAS-5: a pass of another household, or an unknown one, is refused', () => {
    expect(selectionRefusal(7, [1, 9], [pass(1), pass(9, { household: 8 })], money)).toMatchObject({
      code: 'handover.pass-not-of-household',
      status: 400,
      params: { id: '9' },
    })
    expect(selectionRefusal(7, [1, 10], [pass(1)], money)?.code).toBe(
      'handover.pass-not-of-household',
    )
  })

  it('PAS-5: a pass handed over already is refused', () => {
    expect(selectionRefusal(7, [1], [pass(1, { status: 'active' })], money)?.code).toBe(
      'handover.pass-not-prepared',
    )
  })

  it('PAS-3: an unpaid extra pass is refused, with its number and amount; once paid it may go', () => {
    expect(selectionRefusal(7, [4], [pass(4, { fee: 50 })], money)).toEqual({
      code: 'pass.fee-unpaid',
      status: 409,
      params: { number: '1-0101-01-4', amount: 'CNY\u00a050.00' },
    })
    expect(selectionRefusal(7, null, [pass(1), pass(4, { fee: 50 })], money)?.code).toBe(
      'pass.fee-unpaid',
    )
    expect(
      selectionRefusal(7, [4], [pass(4, { fee: 50, feePaidAt: '2026-11-27T01:00:00Z' })], money),
    ).toBeNull()
  })

  it('PAS-5: the waiting passes are listed per member, in order', () => {
    const groups = waitingByMember([
      { ...pass(1), memberName: '甲' },
      { ...pass(2, { status: 'active' }), memberName: '甲' },
      { ...pass(3, { member: 2 }), memberName: '乙' },
    ])
    expect(groups.map((g) => [g.name, g.passes.map((p) => p.id)])).toEqual([
      ['甲', [1]],
      ['乙', [3]],
    ])
  })
})

describe('PAS-5: who may sign', () => {
  it('PAS-5: an adult member of the household may sign', () => {
    const owner = { id: 1, household: 7, relationship: 'owner', age: null }
    expect(signerRefusal(7, { member: owner, memberId: 1 })).toBeNull()
    expect(
      signerRefusal('7', { member: { ...owner, household: { id: 7 } }, memberId: 1 }),
    ).toBeNull()
  })

  it('PAS-5: a member of another household, or none, is refused', () => {
    const other = { id: 2, household: 8, relationship: 'owner' }
    expect(signerRefusal(7, { member: other, memberId: 2 })?.code).toBe(
      'handover.signer-not-of-household',
    )
    expect(signerRefusal(7, { member: null, memberId: 99 })?.code).toBe(
      'handover.signer-not-of-household',
    )
  })

  it('PAS-5: a child may not sign; an adult child may', () => {
    expect(isAdult({ relationship: 'child', age: 12 })).toBe(false)
    expect(isAdult({ relationship: 'child', age: 18 })).toBe(true)
    expect(isAdult({ relationship: 'child', age: null })).toBe(false)
    expect(isAdult({ relationship: 'spouse', age: 17 })).toBe(false)
    expect(
      signerRefusal(7, {
        member: { id: 3, household: 7, relationship: 'child', age: 9 },
        memberId: 3,
      }),
    ).toMatchObject({ code: 'handover.signer-child', params: { age: 18 } })
  })

  it('PAS-5: a typed name needs a note saying who they are', () => {
    expect(signerRefusal(7, { name: '瑪莉亞', note: '家傭' })).toBeNull()
    expect(signerRefusal(7, { name: '瑪莉亞', note: '  ' })?.code).toBe(
      'handover.signer-note-required',
    )
    expect(signerRefusal(7, { name: ' ', note: '家傭' })?.code).toBe('handover.signer-name')
    expect(signerRefusal(7, { name: 'x'.repeat(101), note: '家傭' })?.code).toBe(
      'handover.signer-name',
    )
  })
})
