import { notFound } from 'next/navigation'

/** Any other address under /office is the office's own 404 page, in the reader's language. */
export default function UnknownOfficePage() {
  notFound()
}
