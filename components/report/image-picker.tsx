'use client';

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

function size(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
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
        <ul className={styles.files}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className={styles.file}>
              <span className={styles.fileName}>{file.name}</span>
              <span className="muted">{size(file.size)}</span>
              <button type="button" className="button button--quiet" onClick={() => onChange(files.filter((_, i) => i !== index))} aria-label={t('report.imageRemove', { name: file.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id="images-error" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
