import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { findExistingUnits, importRegister } from '@/domain/register/importRegister'
import { parseRegisterFile } from '@/domain/register/parseRegister'
import { refusalBody } from '@/errors/catalogue'
import { refuse, requestLang } from '@/errors/refuse'
import { requireUser } from '@/server/endpointHelpers'

export const MAX_REGISTER_BYTES = 2 * 1024 * 1024

/**
 * POST /api/households/import[?confirm=true] (multipart with the `file`)
 * Without confirm=true: the preview (households, members, every bad row and why). With it: the
 * import, only when the preview has no problem — otherwise 400 with the preview, nothing written.
 */
export const importRegisterEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    if (!hasRole(req.user, ...OFFICE_ROLES)) refuse(req, 'register.office-only', 403)
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file?.data?.length) {
      refuse(req, 'register.file-required', 400)
    }
    if (file.data.length > MAX_REGISTER_BYTES) {
      refuse(req, 'register.file-too-large', 400, { mb: MAX_REGISTER_BYTES / 1024 / 1024 })
    }
    const preview = await parseRegisterFile({
      name: file.name,
      mimetype: file.mimetype,
      data: file.data,
    })
    // A workbook past its limits was refused unread (a zip bomb is one): like an oversized file.
    const refused = preview.problems.find((p) => p.refusal)?.refusal
    if (refused) refuse(req, refused.code, 400, refused.params)
    preview.problems.push(...(await findExistingUnits(req, preview)))
    const confirm = req.searchParams.get('confirm') === 'true'
    if (!confirm) return Response.json({ preview })
    if (preview.problems.length > 0 || preview.households.length === 0) {
      return Response.json(
        { preview, ...refusalBody('register.nothing-imported', requestLang(req)) },
        { status: 400 },
      )
    }
    const result = await importRegister(req, preview)
    return Response.json({ preview, result }, { status: 201 })
  },
}
