// The printable PDF of a transparency report, drawn with pdfkit (no browser at run time): the same
// tables, the same bar geometry as the page's SVG charts, the same server-side formatting, in
// Noto Sans (TrueType from @expo-google-fonts/noto-sans, which covers Kazakh Cyrillic in one file).
//
// Layout: page 1 — title, scope, period, publication status, summary and narrative; then one block
// per table (its chart above it), never split across pages; then the claims we published and how
// we count. Every page carries "Page n of m".
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { layoutBarList } from '@/server/charts/bar-list-layout';
import { translatorFor } from '../i18n/translator';
import { NATIONAL, type TransparencyFigures } from './figures';
import type { Period } from './period';
import { chartRows, displayRows, reportPresenter } from './present';
import { buildReportTables, type ReportTable } from './tables';
import type { Language } from '../i18n/languages';

const FONT_DIR = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans');
const REGULAR = path.join(FONT_DIR, '400Regular/NotoSans_400Regular.ttf');
const BOLD = path.join(FONT_DIR, '700Bold/NotoSans_700Bold.ttf');

const MARGIN = 50;
const BRAND = '#0b5cad';
const MUTED = '#52606d';
const BORDER = '#d5dbe1';

export interface PdfReportInput {
  language: Language;
  scope: string;
  regionNames: Record<string, string>;
  period: Period;
  figures: TransparencyFigures;
  /** "Published on …, version n" or "live figures …": one line under the title. */
  status: string;
  narrative: string | null;
  /** Absolute URL of the page this PDF prints, for the footer. */
  sourceUrl: string;
  now?: Date;
}

/** Markdown narrative as plain paragraphs: the PDF prints words, not markup. */
function plainParagraphs(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^#{1,6}\s+/gm, '').replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[(.+?)\]\((.+?)\)/g, '$1 ($2)').trim())
    .filter(Boolean);
}

export async function renderTransparencyPdf(input: PdfReportInput): Promise<Uint8Array> {
  const t = translatorFor(input.language);
  const present = reportPresenter(input.language, input.regionNames);
  const tables = buildReportTables(input.figures, input.scope);
  const title = `${t('transparency.pdf.title')}: ${present.scopeName(input.scope)}`;
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: title, Author: 'Raspa', Subject: present.period(input.period) }, lang: input.language });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 20;
  const ensureRoom = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string, size = 14) => {
    ensureRoom(size * 3);
    doc.moveDown(0.6).font('bold').fontSize(size).fillColor('#111').text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string, options: { color?: string; size?: number } = {}) => {
    doc.font('regular').fontSize(options.size ?? 10.5).fillColor(options.color ?? '#111').text(text, MARGIN, doc.y, { width, lineGap: 2 });
    doc.moveDown(0.4);
  };

  // Page 1: what this is.
  doc.font('bold').fontSize(20).fillColor(BRAND).text(title, { width });
  doc.font('bold').fontSize(14).fillColor('#111').text(present.period(input.period), { width });
  doc.moveDown(0.3);
  paragraph(input.status, { color: MUTED });
  paragraph(t('transparency.intro'), { color: MUTED, size: 10 });

  const summary = tables.find((table) => table.id === 'summary')!;
  heading(present.tableTitle('summary'));
  const columns = 2;
  const cellWidth = width / columns;
  summary.rows.forEach((row, i) => {
    const x = MARGIN + (i % columns) * cellWidth;
    if (i % columns === 0) ensureRoom(40);
    const y = doc.y;
    doc.font('regular').fontSize(9.5).fillColor(MUTED).text(present.rowLabel(summary, row.key), x, y, { width: cellWidth - 10 });
    doc.font('bold').fontSize(15).fillColor('#111').text(present.value(row.values[0]!), x, doc.y, { width: cellWidth - 10 });
    if (i % columns === columns - 1 || i === summary.rows.length - 1) doc.moveDown(0.5);
    else doc.y = y;
  });

  if (input.narrative?.trim()) {
    heading(t('transparency.narrativeTitle'));
    for (const text of plainParagraphs(input.narrative)) paragraph(text);
  }

  // The tables, each with its chart, each on one page.
  doc.addPage();
  doc.font('bold').fontSize(16).fillColor(BRAND).text(t('transparency.pdf.tablesTitle'), MARGIN, doc.y, { width });
  for (const table of tables) {
    if (table.id === 'summary') continue;
    drawTable(table);
  }

  // What is named, and how it is counted.
  heading(t('transparency.publishedClaimsTitle'));
  paragraph(t('transparency.publishedClaimsHint'), { color: MUTED, size: 9.5 });
  const claims = input.figures.publishedNotices.filter((n) => input.scope === NATIONAL || n.regionCodes.includes(input.scope));
  if (claims.length === 0) paragraph(t('transparency.publishedClaimsEmpty'));
  for (const claim of claims) {
    ensureRoom(30);
    paragraph(`${t(`verdict.${claim.verdict}`)}: ${claim.titles[input.language] ?? claim.titles.ru ?? claim.titles.kk ?? claim.titles.en ?? claim.slug}`);
  }
  heading(t('transparency.methodTitle'));
  for (const key of ['smallCounts', 'withheld', 'overlap', 'timings', 'deadlines', 'frozen'] as const) {
    ensureRoom(40);
    paragraph(`• ${t(`transparency.method.${key}`)}`, { size: 9.5 });
  }

  // Footers, now that the number of pages is known.
  const range = doc.bufferedPageRange();
  const generated = t('transparency.pdf.generated', { date: present.date(input.now ?? new Date()), source: input.sourceUrl });
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN + 10;
    // Writing below the bottom margin must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    doc.font('regular').fontSize(8).fillColor(MUTED);
    doc.text(generated, MARGIN, y, { width: width * 0.7, lineBreak: false, ellipsis: true });
    doc.text(t('transparency.pdf.page', { page: i + 1, pages: range.count }), MARGIN + width * 0.7, y, { width: width * 0.3, align: 'right', lineBreak: false });
    doc.page.margins = margins;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));

  function drawTable(table: ReportTable) {
    const bars = chartRows(table, present);
    const scale = 0.62;
    const layout = bars ? layoutBarList(bars) : null;
    const rowHeight = 16;
    const tableHeight = (table.rows.length + (table.total ? 2 : 1)) * rowHeight;
    const blockHeight = 40 + (layout ? layout.height * scale + 10 : 0) + tableHeight;
    if (doc.y + blockHeight > bottom()) doc.addPage();
    heading(present.tableTitle(table.id), 12.5);

    if (layout) {
      const originY = doc.y;
      for (const bar of layout.bars) {
        doc.font('regular').fontSize(layout.fontSize * scale).fillColor('#111').text(bar.label, MARGIN, originY + (bar.labelY - 12) * scale, { width: width, lineBreak: false, ellipsis: true });
        if (bar.barWidth > 0) doc.rect(MARGIN, originY + bar.barY * scale, bar.barWidth * scale, bar.barHeight * scale).fill(bar.muted ? MUTED : BRAND);
        doc.font('bold').fontSize(layout.fontSize * scale).fillColor(bar.muted ? MUTED : '#111').text(bar.display, MARGIN + bar.valueX * scale, originY + (bar.valueY - 11) * scale, { lineBreak: false });
      }
      doc.y = originY + layout.height * scale + 10;
    }

    const labelWidth = Math.min(220, width * 0.45);
    const valueWidth = (width - labelWidth) / table.columns.length;
    const drawRow = (label: string, values: string[], options: { bold?: boolean; header?: boolean } = {}) => {
      const y = doc.y;
      doc.font(options.bold || options.header ? 'bold' : 'regular').fontSize(options.header ? 8.5 : 9.5).fillColor(options.header ? MUTED : '#111');
      doc.text(label, MARGIN, y + 3, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
      values.forEach((value, i) => doc.text(value, MARGIN + labelWidth + i * valueWidth, y + 3, { width: valueWidth - 4, align: 'right', lineBreak: false, ellipsis: true }));
      doc.moveTo(MARGIN, y + rowHeight).lineTo(MARGIN + width, y + rowHeight).lineWidth(0.5).strokeColor(BORDER).stroke();
      doc.y = y + rowHeight;
    };
    drawRow('', table.columns.map((column) => present.columnLabel(table, column)), { header: true });
    for (const row of displayRows(table, present)) drawRow(present.rowLabel(table, row.key), row.values.map((v) => present.value(v)));
    if (table.total) drawRow(t('transparency.columns.total'), table.total.map((v) => present.value(v)), { bold: true });
    doc.x = MARGIN;
    doc.moveDown(0.8);
  }
}
