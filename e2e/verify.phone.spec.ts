// /verify without JavaScript on a 360-px phone: a code read off a notice page, a pasted forwarded
// message and a poster's QR address are answered genuine / superseded / withdrawn / not issued in the
// reader's language. Statements are signed here with a test key published like Raspa's own (retired,
// so the server never signs with it), exactly as signNoticeStatement stores them.
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { expect, test } from './test';
import QRCode from 'qrcode';
import { canonicalStatement, STATEMENT_TYPE, type NoticeStatement } from '../server/signing/notice-statement';
import { formatVerificationCode, verificationCodeFor } from '../server/signing/verification-code';
import { ensureNoticeFixtures, FINAL_SLUG, FIXTURE_SLUGS } from './notice-page-fixtures';
import { withDb } from './support';

test.use({ javaScriptEnabled: false });

const codes: { genuine: string; superseded: string; withdrawn: string } = { genuine: '', superseded: '', withdrawn: '' };

test.beforeAll(async () => {
  await ensureNoticeFixtures();
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const keyId = `e2e-${randomBytes(4).toString('hex')}`;
  await withDb(async (client) => {
    await client.query(`INSERT INTO "SigningKey" (id, "publicKey", "privateKeyCipher", "createdAt", "retiredAt") VALUES ($1, $2, 'e2e-unused', now() - interval '1 day', now() - interval '1 day')`, [keyId, publicKey.export({ format: 'jwk' }).x]);
    const signStatement = async (slug: string, version: number, state: 'published' | 'withdrawn', at: Date, verdict?: string) => {
      const { rows } = await client.query<{ id: string; verdict: string }>(`SELECT id, verdict FROM "Notice" WHERE slug = $1`, [slug]);
      const notice = rows[0]!;
      const statement: NoticeStatement = {
        type: STATEMENT_TYPE, keyId, noticeId: notice.id, slug, version, verdict: verdict ?? notice.verdict, state, regions: ['KZ-61'],
        texts: { ru: { title: `Проверенное сообщение ${slug}`, summary: 'Подписанный текст для проверки.' }, en: { title: `Checked notice ${slug}`, summary: 'The signed text to compare.' }, kk: { title: `Тексерілген хабарлама ${slug}`, summary: 'Салыстыруға арналған қол қойылған мәтін.' } },
        signedAt: at.toISOString(),
      };
      const payload = canonicalStatement(statement);
      const signature = sign(null, Buffer.from(payload), privateKey);
      const code = verificationCodeFor(signature);
      await client.query(
        `INSERT INTO "NoticeSignature" (id, code, "noticeId", version, state, payload, signature, "keyId", "signedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4::"NoticeSignedState", $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING`,
        [code, notice.id, version, state.toUpperCase(), payload, signature.toString('base64url'), keyId, at],
      );
      return code;
    };
    const base = Date.now() + 60_000;
    // The final notice: an older statement (version 0) and the current one (version 1); the withdrawn
    // fixture: its publication, then its withdrawal.
    codes.superseded = await signStatement(FINAL_SLUG, 0, 'published', new Date(base));
    codes.genuine = await signStatement(FINAL_SLUG, 1, 'published', new Date(base + 1000));
    await signStatement(FIXTURE_SLUGS.withdrawn, 1, 'published', new Date(base));
    codes.withdrawn = await signStatement(FIXTURE_SLUGS.withdrawn, 1, 'withdrawn', new Date(base + 1000));
    // Publishing signs in the transaction that announces the notice, which drops its rendered pages;
    // signing here directly must announce it too, or a page another spec rendered before stays cached.
    for (const slug of [FINAL_SLUG, FIXTURE_SLUGS.withdrawn]) {
      const { rows } = await client.query<{ id: string; verdict: string; currentVersion: number; status: string; regionCodes: string[] }>(
        `SELECT id, verdict::text AS verdict, "currentVersion", status::text AS status, "regionCodes" FROM "Notice" WHERE slug = $1`,
        [slug],
      );
      const n = rows[0]!;
      const event = { type: 'notice.updated', noticeId: n.id, slug, version: n.currentVersion, verdict: n.verdict, urgency: 'NORMAL', regionCodes: n.regionCodes, status: n.status === 'WITHDRAWN' ? 'WITHDRAWN' : 'PUBLISHED' };
      await client.query(`SELECT pg_notify('raspa_events', $1)`, [JSON.stringify(event)]);
    }
  });
});

test('a typed code is genuine, in Russian, and the form keeps what was typed', async ({ page }) => {
  await page.goto('/ru/verify');
  await page.getByLabel('Код, сообщение или ссылка').fill(formatVerificationCode(codes.genuine).toLowerCase());
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByRole('heading', { name: 'Подлинное: выпущено Raspa и действует' })).toBeVisible();
  await expect(page.getByText(`Проверенное сообщение ${FINAL_SLUG}`)).toBeVisible();
  await expect(page.getByLabel('Код, сообщение или ссылка')).toHaveValue(formatVerificationCode(codes.genuine).toLowerCase());
  await page.screenshot({ path: test.info().outputPath('verify-genuine-ru.png'), fullPage: true });
});

test('a pasted forwarded message with an older code is "superseded", in English', async ({ page }) => {
  await page.goto('/en/verify');
  await page.getByLabel('Code, message or link').fill(`Fwd: the port is fine!! Verification code: ${formatVerificationCode(codes.superseded)} share with everyone`);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('heading', { name: 'Genuine, but corrected since' })).toBeVisible();
  await expect(page.getByText('replaced it with version 1')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('verify-superseded-en.png'), fullPage: true });
});

test('a poster QR address of a withdrawn notice answers "withdrawn" in Kazakh', async ({ page }) => {
  await page.goto(`/kk/verify?code=${codes.withdrawn}`);
  await expect(page.getByRole('heading', { name: 'Кері қайтарылған: оған сенбеңіз' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('verify-withdrawn-kk.png'), fullPage: true });
});

test('an unknown code is "not issued by Raspa", and text without a code says what a code looks like', async ({ page }) => {
  await page.goto('/en/verify?text=ZZZZZ-ZZZZ9');
  await expect(page.getByRole('heading', { name: 'Not issued by Raspa' })).toBeVisible();
  await expect(page.getByText('ZZZZZ-ZZZZ9').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('verify-not-issued-en.png'), fullPage: true });
  await page.goto('/ru/verify?text=' + encodeURIComponent('Порт закрывают, пересылайте всем!'));
  await expect(page.getByText('Мы не нашли здесь кода проверки')).toBeVisible();
});

test('the notice page shows its code and the verify link', async ({ page }) => {
  await page.goto(`/ru/notices/${FINAL_SLUG}`);
  await expect(page.getByTestId('verification-code')).toContainText(formatVerificationCode(codes.genuine));
  await page.getByRole('link', { name: /\/ru\/verify$/ }).click();
  await expect(page.getByRole('heading', { name: 'Подлинное: выпущено Raspa и действует' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('notice-code-ru.png'), fullPage: true });
});

test('the poster carries the same code, and its QR opens the check of that code', async ({ page, request, baseURL }) => {
  const poster = await request.get(`/ru/notices/${FINAL_SLUG}/poster`);
  const html = await poster.text();
  expect(html).toContain(`Код проверки: ${formatVerificationCode(codes.genuine)}`);
  const qr = await QRCode.toString(`${new URL(baseURL!).origin}/ru/verify?code=${codes.genuine}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  expect(html).toContain(qr.trim());
  await page.goto(`/ru/verify?code=${codes.genuine}`);
  await expect(page.getByRole('heading', { name: 'Подлинное: выпущено Raspa и действует' })).toBeVisible();
});
