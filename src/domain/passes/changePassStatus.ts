import type { PayloadRequest } from 'payload'
import { Forbidden, ValidationError } from 'payload'

import { isResident, OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { canMovePass, PASS_STATUS_LABELS, type PassActor, type PassStatus } from './transitions'

/** Report a pass lost or void it, as the transition table allows for the acting user. */
export async function changePassStatus(req: PayloadRequest, passId: string | number, to: PassStatus) {
  const actor: PassActor | undefined = hasRole(req.user, ...OFFICE_ROLES)
    ? 'office'
    : isResident(req.user)
      ? 'resident'
      : undefined
  if (!actor) throw new Forbidden(req.t)
  // Read as the user: a resident finds only their own household's passes.
  const pass = await req.payload.findByID({
    collection: 'passes',
    id: passId,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  if (!canMovePass(pass.status as PassStatus, to, actor)) {
    throw new ValidationError({
      collection: 'passes',
      req,
      errors: [
        {
          path: 'status',
          message: (() => {
            const [now, next] = [PASS_STATUS_LABELS[pass.status as PassStatus], PASS_STATUS_LABELS[to]]
            return `This pass is “${now.en}”; it cannot become “${next.en}” · 此出入證目前為「${now['zh-TW']}」，不可改為「${next['zh-TW']}」`
          })(),
        },
      ],
    })
  }
  return req.payload.update({
    collection: 'passes',
    id: pass.id,
    data: { status: to },
    req,
    overrideAccess: true,
    context: { passActor: actor },
  })
}
