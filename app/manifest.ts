// Web app manifest (served at /manifest.webmanifest and linked from every page by Next): makes
// Raspa installable so the report form opens from the home screen, offline included.
import type { MetadataRoute } from 'next';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@/server/i18n/languages';
import { translatorFor } from '@/server/i18n/translator';

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Raspa — Рас па?',
    short_name: 'Raspa',
    description: translatorFor(DEFAULT_LANGUAGE)('meta.description'),
    lang: DEFAULT_LANGUAGE,
    dir: 'ltr',
    // "/" redirects to the phone's language; offline, the service worker answers with that language's page.
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0b5cad',
    background_color: '#f6f7f9',
    categories: ['news', 'social'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    // One per language: the report form, straight from the home-screen icon's menu.
    shortcuts: LANGUAGES.map((language) => ({
      name: translatorFor(language)('report.title'),
      url: `/${language}/report`,
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    })),
  };
}
