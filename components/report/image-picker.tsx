'use client';

import { ImageList, OnDemand } from './lazy-parts';
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** Checks the browser can do before upload; the server re-checks the real content. */
export function validateImages(files: File[]): 'imageTooMany' | 'imageTooLarge' | 'imageNotAnImage' | null {
  if (files.length > 3) return 'imageTooMany';
  if (files.some((f) => f.size > MAX_IMAGE_BYTES)) return 'imageTooLarge';
  if (files.some((f) => f.type && !f.type.startsWith('image/'))) return 'imageNotAnImage';
  return null;
}

export function ImagePicker({ t, files, max, error, onChange }: { t: ReportText; files: File[]; max: number; error: string | null; onChange: (files: File[]) => void }) {
  return (
    <div className="field">
      <label htmlFor="images">{t('report.imagesLabel')}</label>
      <p id="images-hint" className={styles.hint}>
        {t('report.imagesHint')}
      </p>
      <input
        id="images"
        name="images"
        type="file"
        accept={ACCEPTED.join(',')}
        multiple
        disabled={files.length >= max}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? 'images-hint images-error' : 'images-hint'}
        onChange={(event) => {
          const picked = Array.from(event.target.files ?? []);
          event.target.value = '';
          onChange([...files, ...picked]);
        }}
      />
      {files.length > 0 && (
        <OnDemand>
          <ImageList t={t} files={files} onChange={onChange} />
        </OnDemand>
      )}
      {error && (
        <p id="images-error" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
