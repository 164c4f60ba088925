'use client'
import jsQR from 'jsqr'
import { useEffect, useRef, useState } from 'react'

const SCAN_EVERY_MS = 200

/**
 * The camera, read a few times a second for a QR code (jsQR on a canvas frame). `onRead` gets the
 * code's text once per distinct code; the camera stops when the component goes away.
 */
export function QrScanner({
  onRead,
  labels,
}: {
  onRead: (text: string) => void
  labels: { starting: string; on: string; unavailable: string; video: string }
}) {
  const videoRef = useRef<HTMLVideoElement>(null)
  const readRef = useRef(onRead)
  readRef.current = onRead
  const [state, setState] = useState<'starting' | 'on' | 'unavailable'>('starting')

  useEffect(() => {
    let stream: MediaStream | null = null
    let timer: ReturnType<typeof setInterval> | undefined
    let stopped = false
    let last = ''
    const canvas = document.createElement('canvas')
    const context = canvas.getContext('2d', { willReadFrequently: true })

    async function start() {
      if (!navigator.mediaDevices?.getUserMedia || !context) {
        setState('unavailable')
        return
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        })
      } catch {
        if (!stopped) setState('unavailable')
        return
      }
      if (stopped) {
        stream.getTracks().forEach((track) => track.stop())
        return
      }
      const video = videoRef.current
      if (!video) return
      video.srcObject = stream
      await video.play().catch(() => undefined)
      setState('on')
      timer = setInterval(() => {
        if (video.readyState < video.HAVE_CURRENT_DATA || !video.videoWidth) return
        // Half the camera's size is plenty for a code held up to it, and twice as fast.
        const width = Math.round(video.videoWidth / 2)
        const height = Math.round(video.videoHeight / 2)
        canvas.width = width
        canvas.height = height
        context!.drawImage(video, 0, 0, width, height)
        const found = jsQR(context!.getImageData(0, 0, width, height).data, width, height, {
          inversionAttempts: 'attemptBoth',
        })
        // The same code is read again only after it has left the camera's view: a code held
        // still is one reading, not a stream of lookups.
        if (!found?.data) last = ''
        else if (found.data !== last) {
          last = found.data
          readRef.current(found.data)
        }
      }, SCAN_EVERY_MS)
    }
    void start()
    return () => {
      stopped = true
      if (timer) clearInterval(timer)
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [])

  return (
    <div className="kiosk-scanner">
      <video
        ref={videoRef}
        className="kiosk-scanner__video"
        muted
        playsInline
        aria-label={labels.video}
        hidden={state !== 'on'}
      />
      <p className="kiosk-scanner__status" role="status">
        {state === 'starting' ? labels.starting : state === 'on' ? labels.on : labels.unavailable}
      </p>
    </div>
  )
}
