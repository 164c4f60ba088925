import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The account made on the admin's "create first user" screen (POST /api/users/first-register)
 * must be able to run the office: it becomes the administrator of every estate. Only that
 * sign-up: a seed or an import that happens to create the first account keeps exactly what it
 * asks for (issue 6 #9).
 */
export const ensureFirstUserIsAdmin: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !isFirstRegister(req.pathname)) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) data.allEstates = true
  return data
}

export const isFirstRegister = (pathname: string | undefined) =>
  typeof pathname === 'string' && /\/users\/first-register\/?$/.test(pathname)
