'use client'

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

/**
 * Large on-screen number keys. They never take the focus from the code field on a touch, so a
 * barcode scanner typing into that field keeps working between taps.
 */
export function NumericKeypad({
  label,
  onDigit,
  onBackspace,
  onClear,
  words,
  disabled,
}: {
  label: string
  onDigit: (digit: string) => void
  onBackspace: () => void
  onClear: () => void
  words: { backspace: string; backspaceLabel: string; clear: string; clearLabel: string }
  disabled?: boolean
}) {
  const keepFocus = (event: React.PointerEvent) => event.preventDefault()
  const key = (
    id: string,
    text: React.ReactNode,
    onPress: () => void,
    extra: { label?: string; className?: string } = {},
  ) => (
    <button
      key={id}
      type="button"
      className={`kiosk-key ${extra.className ?? ''}`}
      aria-label={extra.label}
      disabled={disabled}
      onPointerDown={keepFocus}
      onClick={onPress}
    >
      {text}
    </button>
  )
  return (
    <div role="group" aria-label={label} className="kiosk-keypad">
      {DIGITS.map((digit) => key(digit, digit, () => onDigit(digit)))}
      {key('clear', words.clear, onClear, {
        label: words.clearLabel,
        className: 'kiosk-key--word',
      })}
      {key('0', '0', () => onDigit('0'))}
      {key(
        'backspace',
        <>
          <span aria-hidden="true">⌫ </span>
          {words.backspace}
        </>,
        onBackspace,
        {
          label: words.backspaceLabel,
          className: 'kiosk-key--word',
        },
      )}
    </div>
  )
}
