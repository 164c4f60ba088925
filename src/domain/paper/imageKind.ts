/**
 * The kind of image a file's first bytes show, whatever name or type the client claimed: JPEG
 * (FF D8 FF), PNG (the 8-byte signature) or WebP (RIFF····WEBP); anything else is null.
 */
export type ImageKind = 'image/jpeg' | 'image/png' | 'image/webp'

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function imageKind(data: Uint8Array | null | undefined): ImageKind | null {
  if (!data || data.length < 12) return null
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (PNG.every((byte, i) => data[i] === byte)) return 'image/png'
  const ascii = (from: number, to: number) => String.fromCharCode(...data.subarray(from, to))
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  return null
}

/** A member's photo is small: at most 5 MB. */
export const MAX_MEMBER_PHOTO_BYTES = 5 * 1024 * 1024
