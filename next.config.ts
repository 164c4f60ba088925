import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The Express server in src/server sets the security headers and logs requests.
  poweredByHeader: false,
  // Tests and tools reach the dev server as 127.0.0.1 as well as localhost.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  // `npm run typecheck` (tsc over the whole tree, tests included) is the type gate; checking
  // again inside `next build` doubles the build time on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
