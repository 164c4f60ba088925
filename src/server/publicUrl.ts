/** The address people use to reach this server, for links in e-mails. */
export const publicUrl = () =>
  (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

/** Cookies are `Secure` when the office serves the app over HTTPS. */
export const servedOverHttps = () => publicUrl().startsWith('https://')
