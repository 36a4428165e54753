'use client';

import { useTranslations } from 'next-intl';
import type { RumorDetail } from '@/server/rumors/get-rumor-detail';
import styles from './rumor-page.module.css';
import { placeName, type Language } from '@/server/i18n/languages';

// Kazakhstan's bounding box. No third-party tiles: nothing about what moderators look at leaves
// the server, and it works offline. An equirectangular plot squeezed by cos(48°) reads well enough.
const NORTH = 55.5;
const SOUTH = 40.5;
const WEST = 46.5;
const EAST = 87.5;
const WIDTH = 400;
const HEIGHT = Math.round((WIDTH * (NORTH - SOUTH)) / ((EAST - WEST) * Math.cos((48 * Math.PI) / 180)));

const x = (lng: number) => ((lng - WEST) / (EAST - WEST)) * WIDTH;
const y = (lat: number) => ((NORTH - lat) / (NORTH - SOUTH)) * HEIGHT;

export function SettlementsMap({ places, regions, rumorRegions, locale }: { places: RumorDetail['places']; regions: RumorDetail['regions']; rumorRegions: string[]; locale: Language }) {
  const t = useTranslations('rumorPage');
  const max = Math.max(1, ...places.map((p) => p.count));
  return (
    <section className={styles.section} aria-labelledby="map-title">
      <h2 id="map-title">{t('mapTitle')}</h2>
      <svg className={styles.map} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('mapLabel')}>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} rx={8} fill="var(--color-neutral-soft)" />
        {regions.map((r) => (
          <g key={r.code}>
            <circle cx={x(r.lng)} cy={y(r.lat)} r={rumorRegions.includes(r.code) ? 4 : 2.5} fill={rumorRegions.includes(r.code) ? 'var(--color-muted)' : '#b8c0cc'}>
              <title>{placeName(r, locale)}</title>
            </circle>
          </g>
        ))}
        {places.map((p) => (
          <circle key={p.id} cx={x(p.lng)} cy={y(p.lat)} r={5 + 7 * Math.sqrt(p.count / max)} fill="var(--color-danger)" fillOpacity={0.55} stroke="var(--color-danger)" strokeWidth={1.5}>
            <title>{t('mapPlace', { name: placeName(p, locale), count: p.count })}</title>
          </circle>
        ))}
      </svg>
      {places.length === 0 ? (
        <p className="muted" style={{ marginBottom: 0 }}>{t('mapEmpty')}</p>
      ) : (
        <ul className={styles.meta} style={{ listStyle: 'none', padding: 0, marginTop: 8 }}>
          {places.map((p) => (
            <li key={p.id}>{t('mapPlace', { name: placeName(p, locale), count: p.count })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
