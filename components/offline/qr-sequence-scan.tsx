'use client';

// "Scan QR codes": collects the codes of a bundle shown on another phone (qr-sequence-show.tsx) from
// the camera — or from photos and screenshots where the camera fails — in any order, then hands the
// reassembled file to the offline page, which checks and imports it exactly as a file import.
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { formatMessage } from '@/components/report/report-text';
import { QrSequenceAssembler } from '@/lib/qr-sequence';
import { formatNumber } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';
import { drawScaled, qrReader, readQrFromImageFile } from './qr-reader';
import offlineStyles from './offline-notices.module.css';
import { QrDialog } from './qr-dialog';
import type { QrText } from './qr-text';
import styles from './qr-sequence.module.css';

/** Camera frames are read at most this often, and at most this large (enough for a code filling a third of the view). */
const FRAME_INTERVAL_MS = 150;
const FRAME_MAX_SIDE = 960;

type Camera = 'starting' | 'on' | 'denied' | 'unavailable';
/** What the dialog shows of the assembler's state (a ref, which render must not read). */
type Progress = { received: number; total: number | null; missing: number[] };
const NOTHING_YET: Progress = { received: 0, total: null, missing: [] };

function progressOf(assembler: QrSequenceAssembler): Progress {
  return { received: assembler.received, total: assembler.total, missing: assembler.total === null ? [] : assembler.missing() };
}

type Note = { kind: 'added' | 'duplicate'; number: number } | { kind: 'other_sequence' | 'not_a_part' | 'corrupt' | 'checking' } | null;

export function QrSequenceScan({ text, locale, onAssembled, onClose }: { text: QrText; locale: Language; onAssembled: (fileText: string) => Promise<void>; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const assembler = useRef(new QrSequenceAssembler());
  const finishing = useRef(false);
  const [progress, setProgress] = useState<Progress>(NOTHING_YET);
  const [camera, setCamera] = useState<Camera>('starting');
  const [note, setNote] = useState<Note>(null);
  const [photoNote, setPhotoNote] = useState<{ found: number; unreadable: boolean } | null>(null);
  const say = (template: string, values: Record<string, string | number>) => formatMessage(template, values, locale);

  const stopCamera = useCallback(() => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  }, []);

  /** Adds what was read; returns how many of the texts were Raspa codes. Once every part is in, assembles and hands the file over. */
  const accept = useCallback(
    async (texts: string[]): Promise<number> => {
      if (finishing.current) return 0;
      let raspaCodes = 0;
      let shown: Note = null;
      for (const found of texts) {
        const result = assembler.current.add(found);
        if (result.kind !== 'not_a_part') raspaCodes++;
        // Another copy's code is the one thing to say above all; a stray non-Raspa code the least.
        if (shown?.kind === 'other_sequence' || (result.kind === 'not_a_part' && shown)) continue;
        shown = result.kind === 'added' || result.kind === 'duplicate' ? { kind: result.kind, number: result.number } : { kind: result.kind };
      }
      setProgress(progressOf(assembler.current));
      if (shown) setNote(shown);
      if (!assembler.current.complete) return raspaCodes;
      finishing.current = true;
      setNote({ kind: 'checking' });
      const assembled = await assembler.current.assemble();
      if (!assembled.ok) {
        setNote({ kind: 'corrupt' });
        return raspaCodes;
      }
      stopCamera();
      await onAssembled(assembled.fileText);
      return raspaCodes;
    },
    [onAssembled, stopCamera],
  );
  const acceptLatest = useRef(accept);
  useEffect(() => {
    acceptLatest.current = accept;
  }, [accept]);

  // The camera, read a few times a second until the dialog closes.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setCamera('unavailable');
      let opened: MediaStream;
      try {
        opened = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } }, audio: false });
      } catch (error) {
        return setCamera(error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError') ? 'denied' : 'unavailable');
      }
      if (!live) return opened.getTracks().forEach((track) => track.stop());
      stream.current = opened;
      const player = video.current!;
      player.srcObject = opened;
      await player.play().catch(() => undefined);
      setCamera('on');
      const read = await qrReader();
      const canvas = document.createElement('canvas');
      const tick = async () => {
        if (!live || !stream.current) return;
        if (player.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && player.videoWidth > 0) {
          try {
            const found = await read(drawScaled(player, player.videoWidth, player.videoHeight, FRAME_MAX_SIDE, canvas));
            if (found.length > 0) await acceptLatest.current(found);
          } catch {
            // A frame that cannot be drawn or read: the next one.
          }
        }
        if (live && stream.current) timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    })();
    return () => {
      live = false;
      clearTimeout(timer);
      stopCamera();
    };
  }, [stopCamera]);

  const readPhotos = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    const read = await qrReader();
    const found: string[] = [];
    let unreadable = 0;
    for (const file of files) {
      try {
        found.push(...(await readQrFromImageFile(file, read)));
      } catch {
        unreadable++;
      }
    }
    const raspaCodes = found.length > 0 ? await accept(found) : 0;
    setPhotoNote({ found: raspaCodes, unreadable: unreadable === files.length });
  };

  const startOver = () => {
    assembler.current = new QrSequenceAssembler();
    finishing.current = false;
    setNote(null);
    setPhotoNote(null);
    setProgress(NOTHING_YET);
  };

  const { received, total, missing } = progress;
  const noteText =
    note === null
      ? null
      : note.kind === 'added' || note.kind === 'duplicate'
        ? say(note.kind === 'added' ? text.added : text.duplicate, { number: note.number })
        : { other_sequence: text.otherSequence, not_a_part: text.notAPart, corrupt: text.corrupt, checking: text.checking }[note.kind];

  return (
    <QrDialog title={text.scanTitle} help={text.scanHelp} closeLabel={text.close} onClose={onClose} testId="qr-scan">

      <div className={styles.viewfinder} hidden={camera !== 'on' && camera !== 'starting'}>
        <video ref={video} muted playsInline className={styles.video} />
      </div>
      {camera === 'starting' && <p className={styles.help}>{text.cameraStarting}</p>}
      {(camera === 'denied' || camera === 'unavailable') && (
        <p className={styles.warning} role="alert" data-testid="qr-camera-problem">
          {camera === 'denied' ? text.cameraDenied : text.cameraUnavailable}
        </p>
      )}

      <div className={styles.progress} aria-live="polite" data-testid="qr-progress">
        {total === null ? (
          <p className={styles.waiting}>{text.waitingFirst}</p>
        ) : (
          <>
            <p className={styles.counter}>{say(text.progress, { received, count: total })}</p>
            <progress value={received} max={total} aria-label={text.progressLabel} className={styles.bar} />
            <ol className={styles.cells} aria-hidden="true">
              {Array.from({ length: total }, (_, i) => (
                <li key={i} className={missing.includes(i + 1) ? styles.cell : `${styles.cell} ${styles.cellDone}`}>
                  {formatNumber(locale, i + 1)}
                </li>
              ))}
            </ol>
            {missing.length > 0 && missing.length <= 30 && <p className={styles.help}>{say(text.missing, { numbers: missing.map((n) => formatNumber(locale, n)).join(', ') })}</p>}
          </>
        )}
        {noteText && (
          <p className={note?.kind === 'other_sequence' || note?.kind === 'corrupt' || note?.kind === 'not_a_part' ? styles.warning : styles.help} data-testid="qr-scan-note">
            {noteText}
          </p>
        )}
      </div>
      {(note?.kind === 'other_sequence' || note?.kind === 'corrupt' || received > 0) && (
        <button type="button" className="button button--secondary" onClick={startOver}>
          {text.startOver}
        </button>
      )}

      <div className={styles.photos}>
        <label className={`button ${camera === 'on' ? 'button--secondary' : ''} ${offlineStyles.importButton}`}>
          {text.photos}
          <input type="file" accept="image/*" multiple onChange={(e) => void readPhotos(e)} className={offlineStyles.fileInput} data-testid="qr-photos" />
        </label>
        <p className={styles.help}>{text.photosHelp}</p>
        {photoNote && (
          <p className={photoNote.found === 0 ? styles.warning : styles.help} data-testid="qr-photos-note">
            {photoNote.unreadable ? text.photosFailed : say(text.photosRead, { found: photoNote.found })} {photoNote.found === 0 && !photoNote.unreadable ? text.photosNone : ''}
          </p>
        )}
      </div>
    </QrDialog>
  );
}
