import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, APIError } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { findExistingUnits, importRegister } from '@/domain/register/importRegister'
import { parseRegisterFile } from '@/domain/register/parseRegister'
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
    if (!hasRole(req.user, ...OFFICE_ROLES)) throw new APIError('Only customer service may import the register · 只有客服部可匯入住戶資料', 403, null, true)
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file?.data?.length) {
      throw new APIError('Choose a CSV or XLSX file to import · 請選擇 CSV 或 XLSX 檔案', 400, null, true)
    }
    if (file.data.length > MAX_REGISTER_BYTES) {
      throw new APIError('The file is larger than 2 MB · 檔案超過 2 MB', 400, null, true)
    }
    const preview = await parseRegisterFile({ name: file.name, mimetype: file.mimetype, data: file.data })
    // A workbook past its limits was refused unread (a zip bomb is one): like an oversized file.
    const refused = preview.problems.find((p) => p.code === 'workbook-too-large')
    if (refused) throw new APIError(`${refused.message.en} · ${refused.message['zh-TW']}`, 400, null, true)
    preview.problems.push(...(await findExistingUnits(req, preview)))
    const confirm = req.searchParams.get('confirm') === 'true'
    if (!confirm) return Response.json({ preview })
    if (preview.problems.length > 0 || preview.households.length === 0) {
      return Response.json(
        {
          preview,
          errors: [{ message: 'Nothing was imported: fix the rows listed and upload again · 未匯入任何資料：請修正所列各行後再上載' }],
        },
        { status: 400 },
      )
    }
    const result = await importRegister(req, preview)
    return Response.json({ preview, result }, { status: 201 })
  },
}
