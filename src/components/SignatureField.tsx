'use client'
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'
import SignaturePad from 'signature_pad'

export type SignatureFieldHandle = {
  isEmpty: () => boolean
  /** The drawing as `data:image/png;base64,…`, what the server's signature check accepts. */
  toDataURL: () => string
  clear: () => void
}

/**
 * A signing area for a finger, a stylus or a mouse (signature_pad), sized to its box and kept
 * across resizes. The label names what is signed; `onStroke` lets a form clear its error.
 */
export const SignatureField = forwardRef<
  SignatureFieldHandle,
  {
    labelId: string
    onStroke?: () => void
    /** The drawing area's height; left to the stylesheet when not given. */
    height?: number
    testId?: string
    className?: string
    /** The pen's width range (signature_pad's default is 0.5–2.5 px). */
    pen?: { minWidth: number; maxWidth: number }
  }
>(function SignatureField(
  { labelId, onStroke, height, testId = 'signature-pad', className = 'pad-wrap', pen },
  ref,
) {
  const penRef = useRef(pen)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const strokeRef = useRef(onStroke)
  strokeRef.current = onStroke

  useImperativeHandle(ref, () => ({
    isEmpty: () => padRef.current?.isEmpty() ?? true,
    toDataURL: () => padRef.current?.toDataURL('image/png') ?? '',
    clear: () => padRef.current?.clear(),
  }))

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, {
      penColor: '#000',
      backgroundColor: 'rgb(255,255,255)',
      ...penRef.current,
    })
    padRef.current = pad
    const stroke = () => strokeRef.current?.()
    pad.addEventListener('beginStroke', stroke)
    const resize = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      const data = pad.toData()
      canvas.width = canvas.offsetWidth * ratio
      canvas.height = canvas.offsetHeight * ratio
      canvas.getContext('2d')!.scale(ratio, ratio)
      pad.clear()
      pad.fromData(data)
    }
    resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      pad.removeEventListener('beginStroke', stroke)
      pad.off()
    }
  }, [])

  return (
    <div className={className}>
      <canvas
        ref={canvasRef}
        role="img"
        aria-labelledby={labelId}
        data-testid={testId}
        style={height ? { height } : undefined}
      />
    </div>
  )
})
