'use client';

// The photos a citizen has picked, each with a remove button (inside image-picker.tsx; part of the
// on-demand chunk, on-demand.ts).
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

function size(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function ImageList({ t, files, onChange }: { t: ReportText; files: File[]; onChange: (files: File[]) => void }) {
  return (
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
  );
}
