// The transparency report's downloads as readers get them: JSON and CSV of every table with small
// counts protected, and a PDF whose pages are parsed back (unpdf) and checked for what they say.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApiDeps } from '../testing/api-deps';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { generateTrackingCode } from '../text';
import { draftTransparencyReport } from '../transparency/draft-report';
import { publishTransparencyReport } from '../transparency/publish-report';
import { saveTransparencyNarrative } from '../transparency/save-narrative';
import type { ApiDeps } from './deps';
import { handleTransparencyDownload } from './transparency';

const t = setupTestDatabase();
const announced: string[] = [];
const effects = { enqueueAnnouncement: async (id: string) => void announced.push(id) };
let admin: Actor;
let rateLimited = false;

function deps(): ApiDeps {
  return testApiDeps(t, { consumeRateLimit: async () => (rateLimited ? { allowed: false, retryAfterSeconds: 30 } : { allowed: true, retryAfterSeconds: 0 }) });
}

const get = (source: string, file: string, query = '') => handleTransparencyDownload(new Request(`http://raspa.test/api/v1/transparency/${source}/${file}${query}`), deps(), { source, file });

async function reports(regionCode: string, channel: 'WEB' | 'SMS' | 'TELEGRAM', count: number) {
  for (let i = 0; i < count; i++) {
    const at = new Date('2026-02-10T06:00:00Z');
    await t.db.report.create({ data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel, text: 'x', normalizedText: 'x', language: 'ru', regionCode, heardAt: at, receivedAt: at } });
  }
}

async function pdfPages(response: Response): Promise<string[]> {
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const document = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  const { text } = await extractText(document, { mergePages: false });
  return text;
}

beforeAll(async () => {
  admin = asActor((await createStaff(t.db, 'ADMIN', [])));
  await reports('KZ-47', 'WEB', 12);
  await reports('KZ-47', 'SMS', 3);
  await reports('KZ-61', 'TELEGRAM', 7);
  await draftTransparencyReport(t.db, admin, { quarter: '2026-Q1' }, new Date('2026-04-01T10:00:00Z'));
  await saveTransparencyNarrative(t.db, admin, {
    quarter: '2026-Q1',
    narrativeKk: 'Тоқсанда Маңғыстауда ең көп хабарлама келді. Әділет үшін ғ, қ, ң, ө, ұ, ү, һ, і әріптері дұрыс шығуы керек.',
    narrativeRu: 'В этом квартале больше всего сообщений пришло из Мангистау.',
    narrativeEn: 'This quarter most reports came from Mangystau.',
  });
  await publishTransparencyReport(t.db, admin, { quarter: '2026-Q1' }, new Date('2026-04-03T06:00:00Z'), effects);
});

describe('transparency downloads', () => {
  it('give every table as JSON, with "< 5" and withheld cells instead of small numbers', async () => {
    const response = await get('2026-Q1', 'tables.json', '?lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, s-maxage=86400, max-age=3600');
    const body = (await response.json()) as { report: Record<string, unknown>; tables: { id: string; rows: { key: string; values: unknown[] }[]; total: unknown[] | null }[] };
    expect(body.report).toMatchObject({ kind: 'published', quarter: '2026-Q1', version: 1, scope: 'KZ', scopeName: 'Kazakhstan', narrative: 'This quarter most reports came from Mangystau.' });
    expect(body.tables.map((tb) => tb.id)).toEqual(['summary', 'reportsByChannel', 'reportsByRegion', 'rumorsByStatus', 'verdicts', 'timings', 'deadlines', 'notices', 'deliveries', 'verification']);
    const byChannel = body.tables.find((tb) => tb.id === 'reportsByChannel')!;
    // SMS 3 is small; Telegram 7 (the smallest other part above zero) is withheld so 22 − 12 − … gives nothing away.
    expect(Object.fromEntries(byChannel.rows.map((r) => [r.key, r.values[0]]))).toEqual({ WEB: 12, TELEGRAM: 'withheld', SMS: '<5', API: 0, FIELD: 0 });
    expect(byChannel.total).toEqual([22]);
  });

  it('show a region the same protected row as the national grid', async () => {
    const body = (await (await get('2026-Q1', 'tables.json', '?lang=ru&region=KZ-47')).json()) as { report: { scopeName: string }; tables: { id: string; rows: { key: string; values: unknown[] }[]; total: unknown[] | null }[] };
    expect(body.report.scopeName).toBe('Мангистауская область');
    const byChannel = body.tables.find((tb) => tb.id === 'reportsByChannel')!;
    expect(byChannel.rows.find((r) => r.key === 'SMS')!.values).toEqual(['<5']);
    expect(byChannel.rows.find((r) => r.key === 'WEB')!.values[0]).not.toBe(12); // withheld to cover the SMS count in this row
    expect(body.tables.map((tb) => tb.id)).not.toContain('reportsByRegion');
  });

  it('give one table as CSV with machine keys and labels in the chosen language', async () => {
    const response = await get('2026-Q1', 'reportsByChannel.csv', '?lang=kk');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parse(await response.text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['row', 'label', 'reports']);
    expect(rows.find((r) => r[0] === 'SMS')).toEqual(['SMS', 'SMS', '<5']);
    expect(rows.at(-1)).toEqual(['total', 'Барлығы', '22']);
    expect((await get('2026-Q1', 'secrets.csv')).status).toBe(404);
    expect((await get('2025-Q3', 'tables.json')).status).toBe(404);
  });

  it('print a PDF: the report on page 1, tables after it, how we count at the end, page numbers on every page', async () => {
    const pages = await pdfPages(await get('2026-Q1', 'report.pdf', '?lang=en'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toContain('Raspa transparency report: Kazakhstan');
    expect(pages[0]).toContain('Q1 2026');
    expect(pages[0]).toContain('Published on 3 April 2026');
    expect(pages[0]).toContain('This quarter most reports came from Mangystau.');
    expect(pages[0]).not.toContain('Reports received, by channel');
    const all = pages.join('\n');
    for (const title of ['Reports received, by channel', 'Reports received, by region', 'Verdicts', 'How fast we answered', 'Reach: notices delivered, by channel', 'Questions to field verifiers']) expect(all).toContain(title);
    expect(pages.at(-1)).toContain('How we count');
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    // Small counts are protected in print too.
    expect(all).toContain('< 5');
  });

  it('print Kazakh letters and Kazakh number formats in a Kazakh PDF', async () => {
    const pages = await pdfPages(await get('2026-Q1', 'report.pdf', '?lang=kk&region=KZ-47'));
    expect(pages[0]).toContain('Raspa ашықтық есебі: Маңғыстау облысы');
    expect(pages[0]).toContain('2026 жылғы 1-тоқсан');
    expect(pages[0]).toContain('ғ, қ, ң, ө, ұ, ү, һ, і');
    expect(pages[0]).toContain('2026 ж. 3 сәуір');
  });

  it('count live figures for any dates, and limit how often a network asks', async () => {
    const body = (await (await get('live', 'tables.json', '?from=2026-02-01&to=2026-02-28&lang=en')).json()) as { report: Record<string, unknown>; tables: { id: string; total: unknown[] | null }[] };
    expect(body.report).toMatchObject({ kind: 'live', quarter: null, period: { from: '2026-02-01', to: '2026-02-28', quarter: null } });
    expect(body.tables.find((tb) => tb.id === 'reportsByChannel')!.total).toEqual([22]);
    expect((await get('live', 'tables.json', '?lang=en')).status).toBe(400);
    expect((await get('live', 'tables.json', '?from=2026-03-01&to=2026-02-01')).status).toBe(400);
    rateLimited = true;
    try {
      expect((await get('live', 'tables.json', '?from=2026-02-01&to=2026-02-28')).status).toBe(429);
    } finally {
      rateLimited = false;
    }
  });
});
