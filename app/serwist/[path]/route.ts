// Serves the service worker that @serwist/turbopack bundles from app/sw.ts: /serwist/sw.js (and its
// source map). Prerendered at build time, after Next has written .next/static, so the precache
// manifest lists this build's assets. See https://serwist.pages.dev/docs/next/turbo
import { createSerwistRoute } from '@serwist/turbopack';

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/sw.ts',
  // The native esbuild binary is installed (esbuild-wasm is not).
  useNativeEsbuild: true,
});
