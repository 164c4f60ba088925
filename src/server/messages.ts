import type { Request } from 'express'

/** Server messages a person reads, in the language their browser asks for (Chinese first). */
export function prefersEnglish(req: Request): boolean {
  const header = req.get('accept-language') ?? ''
  const first = header.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en')
}

export const tooManyLogins = (req: Request, minutes: number) =>
  prefersEnglish(req)
    ? `Too many failed sign-in attempts from this address. Try again in ${minutes} minutes.`
    : `此位址登入失敗次數過多，請於 ${minutes} 分鐘後再試。`
