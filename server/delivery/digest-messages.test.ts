// What a digest says on each channel: the e-mail lists everything; Telegram and Web Push are short,
// link to the region's notices, are in the recipient's language with the project's own date words,
// and escape what moderators wrote.
import { describe, expect, it } from 'vitest';
import { formatTelegramDigest } from '../channels/telegram/telegram-sender';
import type { OutgoingDigest, OutgoingNotice } from './channel-sender';
import { digestMail, digestPeriodLabel } from './mail-templates';
import { digestPushPayload } from './web-push-sender';
import { outgoingNotice } from '../testing/delivery';

function item(n: number, overrides: Partial<OutgoingNotice> = {}): OutgoingDigest['items'][number] {
  return {
    ...outgoingNotice({
      noticeId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
      rumorId: '00000000-0000-0000-0000-000000000000',
      slug: `notice-${n}`,
      language: 'kk',
      title: `Хабарлама ${n}`,
      summary: `Түйін ${n}`,
      smsText: '',
      url: `https://raspa.example/kk/notices/notice-${n}`,
      ...overrides,
    }),
    publishedAt: new Date(Date.UTC(2026, 11, 4, 3 + n)),
  };
}

const digest = (items: OutgoingDigest['items'], overrides: Partial<OutgoingDigest> = {}): OutgoingDigest => ({
  digestId: '01a247cb-0000-7000-8000-000000000001',
  cadence: 'DAILY',
  language: 'kk',
  periodStart: new Date('2026-12-04T03:00:00Z'),
  periodEnd: new Date('2026-12-05T03:00:00Z'),
  items,
  url: 'https://raspa.example/kk/regions/KZ-47',
  ...overrides,
});

describe('digest messages', () => {
  it('name the period in each language’s own words (Kazakh without the runtime’s locale data)', () => {
    expect(digestPeriodLabel(digest([]))).toBe('2026 ж. 5 желтоқсан');
    expect(digestPeriodLabel(digest([], { language: 'ru' }))).toBe('5 декабря 2026 г.');
    expect(digestPeriodLabel(digest([], { language: 'en', cadence: 'WEEKLY', periodStart: new Date('2026-11-30T03:00:00Z'), periodEnd: new Date('2026-12-07T03:00:00Z') }))).toBe('30 Nov 2026 – 7 Dec 2026');
  });

  it('Telegram: a short list of linked titles, escaped, with the corrected marker, "more" past ten, and the link to them all', () => {
    const items = [item(1, { isCorrection: true, title: '<b>Су</b> & газ' }), ...Array.from({ length: 11 }, (_, i) => item(i + 2))];
    const text = formatTelegramDigest(digest(items));
    expect(text).toContain('<b>Raspa күнделікті дайджесті: 2026 ж. 5 желтоқсан</b>');
    expect(text).toContain('Хабарламалар саны: 12');
    expect(text).toContain('• <i>Түзетілді</i> · <b>Жалған:</b> <a href="https://raspa.example/kk/notices/notice-1">&lt;b&gt;Су&lt;/b&gt; &amp; газ</a>');
    expect(text.match(/^• /gm)).toHaveLength(10);
    expect(text).toContain('Тағы 2 хабарлама — төмендегі сілтемеде.');
    expect(text.endsWith('<a href="https://raspa.example/kk/regions/KZ-47">Өңірлеріңіздің барлық хабарламалары</a>')).toBe(true);
  });

  it('Web Push: one notification per digest, tapping opens the region’s notices', () => {
    const payload = digestPushPayload(digest([item(1), item(2)], { language: 'ru', items: [item(1, { language: 'ru', title: 'Первое' }), item(2, { language: 'ru', title: 'Второе' })] }));
    expect(payload).toMatchObject({ title: 'Ежедневная сводка Raspa: 5 декабря 2026 г.', body: 'Сообщений: 2 — Первое · Второе', url: 'https://raspa.example/kk/regions/KZ-47', tag: 'digest-01a247cb-0000-7000-8000-000000000001', withdrawn: false });
  });

  it('e-mail: every notice with its date, escaped HTML, List-Unsubscribe and the manage link', () => {
    const mail = digestMail('a@example.kz', digest([item(2), item(1, { isCorrection: true, title: '<script>x</script>' })]), 'token-token-token-1');
    expect(mail.subject).toBe('Raspa күнделікті дайджесті: 2026 ж. 5 желтоқсан');
    expect(mail.text).toContain('[Түзетілді] Жалған: <script>x</script>');
    expect(mail.text).toContain('Жарияланды: 2026 ж. 04 жел., 10:00');
    expect(mail.text).toContain('Түзетілді: 2026 ж. 04 жел., 09:00');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.headers).toMatchObject({ 'List-Unsubscribe': expect.stringContaining('/api/v1/subscriptions/unsubscribe/token-token-token-1'), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(mail.text).toContain('/kk/unsubscribe/token-token-token-1');
  });
});
