// Notices the seed does not have (interim "we are checking", one superseded by its verdict, one
// withdrawn), written straight into the end-to-end database. Idempotent: re-running adds nothing.
import pg from 'pg';

export const FINAL_SLUG = 'seifullina-forensic-examination-2016-demo';
export const FIXTURE_SLUGS = { interim: 'e2e-interim-checking', superseded: 'e2e-interim-superseded', withdrawn: 'e2e-withdrawn-notice' } as const;

const TEXTS = {
  kk: ['Сейфуллинде жаңа оқиға болды деген ақпарат', 'Біз бұл ақпаратты тексеріп жатырмыз. Нәтиже шыққанша таратпаңыз.'],
  ru: ['Сообщение о новом происшествии в Сейфуллина', 'Мы проверяем это сообщение. Пожалуйста, не распространяйте его, пока мы не опубликуем результат.'],
  en: ['Report of a new incident in Seifullina', 'We are checking this claim. Please do not share it until we publish a result.'],
} as const;

export async function withE2eDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests with `npm test`.');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function insertNotice(client: pg.Client, slug: string, verdict: string, extra: { status: string; withdrawnReason?: string; supersededBySlug?: string }) {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "Notice" (id, "rumorId", slug, verdict, status, urgency, "regionCodes", "currentVersion", "firstPublishedAt", "lastPublishedAt",
                           "withdrawnAt", "withdrawnReasonRu", "supersededById", "isDemo", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), n."rumorId", $1, $2::"Verdict", $3::"NoticeStatus", 'NORMAL', ARRAY['KZ-61'], 1, now() - interval '3 hours', now() - interval '3 hours',
            CASE WHEN $3 = 'WITHDRAWN' THEN now() - interval '1 hour' END, $4,
            (SELECT id FROM "Notice" WHERE slug = $5), true, now(), now()
       FROM "Notice" n WHERE n.slug = $6
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [slug, verdict, extra.status, extra.withdrawnReason ?? null, extra.supersededBySlug ?? null, FINAL_SLUG],
  );
  const noticeId = rows[0]?.id;
  if (!noticeId) return;
  const version = await client.query<{ id: string }>(
    `INSERT INTO "NoticeVersion" (id, "noticeId", version, verdict, "publishedAt", "createdAt") VALUES (gen_random_uuid(), $1, 1, $2::"Verdict", now() - interval '3 hours', now()) RETURNING id`,
    [noticeId, verdict],
  );
  for (const [language, [title, summary]] of Object.entries(TEXTS)) {
    await client.query(
      `INSERT INTO "NoticeTranslation" (id, "noticeVersionId", language, title, summary, body, "smsText", "searchText") VALUES (gen_random_uuid(), $1, $2::"Language", $3, $4, $4, $4, $3)`,
      [version.rows[0]!.id, language, title, summary],
    );
  }
}

export async function ensureNoticeFixtures() {
  await withE2eDb(async (client) => {
    await insertNotice(client, FIXTURE_SLUGS.interim, 'CHECKING', { status: 'PUBLISHED' });
    await insertNotice(client, FIXTURE_SLUGS.superseded, 'CHECKING', { status: 'WITHDRAWN', supersededBySlug: FINAL_SLUG });
    await insertNotice(client, FIXTURE_SLUGS.withdrawn, 'TRUE', { status: 'WITHDRAWN', withdrawnReason: 'Источник отозвал своё заявление.' });
  });
}
