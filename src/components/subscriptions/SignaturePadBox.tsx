'use client'
import type { RefObject } from 'react'

import { FORM_CLASSES, type FormVariant } from './styles'

/** The box a resident signs in, with its label and a button to start again. */
export function SignaturePadBox({
  canvasRef,
  idBase,
  label,
  boxLabel,
  clearLabel,
  onClear,
  variant,
}: {
  canvasRef: RefObject<HTMLCanvasElement | null>
  idBase: string
  label: string
  boxLabel: string
  clearLabel: string
  onClear: () => void
  variant: FormVariant
}) {
  const c = FORM_CLASSES[variant]
  return (
    <div className={c.field}>
      <p id={`${idBase}-pad-label`} className={c.label}>
        {label}
      </p>
      <div className={c.pad}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={boxLabel}
          aria-describedby={`${idBase}-pad-label`}
          data-testid="signature-pad"
        />
      </div>
      <div>
        <button type="button" className={c.quiet} onClick={onClear}>
          {clearLabel}
        </button>
      </div>
    </div>
  )
}
