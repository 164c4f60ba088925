import type { MailKind } from '@/domain/kiosk/api'

/** A drawing of each kind of mail (decorative: the kind is always written beside it). */
export function MailKindIcon({ kind }: { kind: MailKind }) {
  return (
    <svg
      className="kiosk-kind"
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="3"
      strokeLinejoin="round"
    >
      {kind === 'parcel' ? (
        <>
          <path d="M6 15 L24 7 L42 15 L42 35 L24 43 L6 35 Z" />
          <path d="M6 15 L24 23 L42 15 M24 23 L24 43" />
          <path d="M15 11 L33 19" />
        </>
      ) : (
        <>
          <rect x="5" y="11" width="38" height="26" rx="3" />
          <path d="M5 13 L24 27 L43 13" />
          {kind === 'registered' ? (
            <circle cx="37" cy="33" r="7" fill="currentColor" stroke="#fff" strokeWidth="2" />
          ) : null}
        </>
      )}
    </svg>
  )
}
