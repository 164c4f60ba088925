'use client'
import { type RefObject, useEffect, useRef } from 'react'
import SignaturePad from 'signature_pad'

/**
 * A signature pad (signature_pad) on a canvas, sized to its box at the screen's pixel ratio and
 * kept through resizes. `onStroke` runs when the person starts drawing (e.g. to clear an error).
 */
export function useSignaturePad(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  onStroke?: () => void,
) {
  const padRef = useRef<SignaturePad | null>(null)
  const strokeRef = useRef(onStroke)
  strokeRef.current = onStroke
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, { penColor: '#000', backgroundColor: 'rgb(255,255,255)' })
    padRef.current = pad
    const begin = () => strokeRef.current?.()
    pad.addEventListener('beginStroke', begin)
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
      pad.removeEventListener('beginStroke', begin)
      pad.off()
    }
  }, [canvasRef])
  return padRef
}
