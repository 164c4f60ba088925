/**
 * Fault injection for the crash tests: when ESTATE_FAILPOINTS names this point, the process is
 * killed on the spot (SIGKILL: no handler, no cleanup), exactly like a power cut at that line.
 * Never set in production; the int tests set it on a server of their own.
 */
export function failpoint(name: string) {
  const points = process.env.ESTATE_FAILPOINTS
  if (points && points.split(',').includes(name)) process.kill(process.pid, 'SIGKILL')
}
