// The quarterly transparency report: an admin drafts it, is stopped until the narrative exists in
// three languages, publishes it; the public reads it without JavaScript on a phone, switches to a
// region and to live figures for any dates, downloads the PDF, and finds it announced in the feed.
import { expect, test } from './test';
import { horizontalOverflow, screenshotPath, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';
import { LANGUAGES } from '../server/i18n/languages';
import { previousQuarter } from '../server/transparency/period';

test.describe.configure({ mode: 'serial' });

const NARRATIVE = {
  kk: 'Тоқсан ішінде біз Маңғыстау мен Түркістаннан келген сыбыстарды тексердік және қорытындыларды үш тілде жарияладық.',
  ru: 'За квартал мы проверили слухи из Мангистау и Туркестана и опубликовали вердикты на трёх языках.',
  en: 'This quarter we checked rumours from Mangystau and Turkistan and published the verdicts in three languages.',
};

test('an admin drafts, narrates and publishes the quarterly report', async ({ page, browser, expectConsoleErrors }) => {
  // Publishing before every language has its narrative, and again with nothing changed, are refused on purpose (400).
  expectConsoleErrors(/status of 400.*transparency\.publish/);
  test.setTimeout(150_000); // drafts, publishes, then reads the report in kk and ru and the audit log: 98 s at load ~20
  await signIn(page, 'en', staff('ADMIN'));
  await expect(page).toHaveURL(/\/en\/admin$/);
  await page.getByRole('link', { name: 'Transparency' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Transparency reports' })).toBeVisible();

  // Quarters are chosen by their names ("Q3 2026"), never typed or shown as their codes. The last ended
  // quarter is offered, already in the server's HTML: before the script runs (a slow phone, or no script at
  // all) the select shows it, not the quarter still running, and the script does not change it.
  const suggestion = previousQuarter(new Date()).quarter!;
  const [year, quarter] = [Number(suggestion.slice(0, 4)), Number(suggestion.slice(6))];
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await plain.newPage();
  await noScript.goto('/en/admin/transparency');
  await expect(noScript.getByLabel('Draft a quarter').locator('option:checked')).toHaveText(`Q${quarter} ${year}`);
  await plain.close();
  const quarterField = page.getByLabel('Draft a quarter');
  await expect(quarterField).toHaveValue(suggestion);
  await expect(quarterField.locator('option:checked')).toHaveText(`Q${quarter} ${year}`);
  expect(await quarterField.locator('option').allTextContents()).not.toContainEqual(expect.stringMatching(/\d{4}-Q/));
  // Reports received in the middle of that quarter: 12 on the web and 3 by SMS in Mangystau, 6 by Telegram in Turkistan.
  const midQuarter = new Date(Date.UTC(year, (quarter - 1) * 3 + 1, 15, 6)).toISOString();
  await withDb(async (db) => {
    for (const [region, channel, count] of [['KZ-47', 'WEB', 12], ['KZ-47', 'SMS', 3], ['KZ-61', 'TELEGRAM', 6]] as const) {
      await db.query(
        `INSERT INTO "Report" (id, "clientId", "trackingCode", channel, text, "normalizedText", language, "regionCode", "heardAt", "receivedAt")
         SELECT gen_random_uuid(), gen_random_uuid(), upper(substr(md5(random()::text), 1, 8)), $1::"ReportChannel", 'e2e', 'e2e', 'ru', $2, $3::timestamptz, $3::timestamptz FROM generate_series(1, $4)`,
        [channel, region, midQuarter, count],
      );
    }
  });
  await quarterField.selectOption(suggestion);
  await page.getByRole('button', { name: 'Draft or recompute' }).click();
  const card = page.locator('article', { has: page.getByRole('heading', { level: 2 }) }).first();
  await expect(card.getByText('Draft, not published')).toBeVisible();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Q${quarter} ${year}`);

  // Publishing before the narrative exists in every language is refused.
  page.on('dialog', (dialog) => void dialog.accept());
  await card.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(card.getByText('Write the narrative in Kazakh, Russian and English')).toBeVisible();

  await card.getByLabel('Narrative in Kazakh').fill(NARRATIVE.kk);
  await card.getByLabel('Narrative in Russian').fill(NARRATIVE.ru);
  await card.getByLabel('Narrative in English').fill(NARRATIVE.en);
  await card.getByRole('button', { name: 'Save the narrative' }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
  await card.getByRole('link', { name: 'Preview' }).click();
  await expect(page.getByText('Preview of a draft')).toBeVisible();
  await expect(page.getByText(NARRATIVE.en)).toBeVisible();
  await page.goBack();

  await page.getByRole('button', { name: 'Publish', exact: true }).first().click();
  await expect(page.getByText('Published version 1.')).toBeVisible();
  await expect(page.getByText('Published: version 1')).toBeVisible();
  // Publishing again with nothing changed is refused in words: no second version, announcement or "updated" date.
  await card.getByLabel('What this correction changes').fill('Published again to be sure.');
  await card.getByRole('button', { name: 'Publish a corrected version' }).click();
  await expect(card.getByText('Nothing has changed since the published version')).toBeVisible();
  await expect(card.getByText('Published: version 1')).toBeVisible();
  await screenshotPhoneAndDesktop(page, 'transparency-admin-en');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // Kazakh and Russian name the quarter in words too (headless Chromium has no Kazakh locale data), the
  // draft list, the report's heading and the audit log alike.
  for (const [locale, name] of [['kk', `${year} жылғы ${quarter}-тоқсан`], ['ru', `${quarter}-й квартал ${year} г.`]] as const) {
    await page.goto(`/${locale}/admin/transparency`);
    await expect(page.locator('#draft-quarter option:checked')).toHaveText(name);
    await expect(page.locator('article h2').first()).toHaveText(name);
    await screenshotPhoneAndDesktop(page, `transparency-admin-${locale}`);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await page.goto(`/kk/admin/audit?action=transparency.published`);
  await expect(page.getByText(`${year} жылғы ${quarter}-тоқсан`).first()).toBeVisible();
  await expect(page.getByText(suggestion, { exact: true })).toHaveCount(0);
});

test.describe('the public report without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('reads on a phone in three languages, per region, for any dates, with a PDF', async ({ page, request }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/kk/transparency');
    await expect(page.getByRole('heading', { level: 1, name: 'Ашықтық есебі: Қазақстан' })).toBeVisible();
    await expect(page.getByText(NARRATIVE.kk)).toBeVisible();
    // Dates formatted on the server in Kazakh (headless Chromium has no Kazakh locale data).
    await expect(page.getByText(/Жарияланған күні: \d{4} ж\. \d{1,2} [а-яәғқңөұүһі]+/).first()).toBeVisible();
    await expect(page.locator('svg[role="img"]').first()).toBeVisible();
    // SMS 3 is shown as "< 5"; the smallest other channel is withheld so the total cannot give it back.
    const byChannel = page.locator('section', { has: page.getByRole('heading', { name: 'Келген хабарламалар, арналар бойынша' }) });
    await expect(byChannel.locator('tbody tr', { hasText: 'SMS' }).locator('td')).toHaveText('< 5');
    await expect(byChannel.locator('tbody tr', { hasText: 'Telegram' }).locator('td')).toHaveText('…');
    await expect(byChannel.locator('tfoot td')).toHaveText('21');
    await expect(page.getByRole('heading', { name: 'Қалай есептейміз' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const STATUS_TABLE = { kk: 'Жаңа сыбыстар, мәртебесі мен басымдығы бойынша', ru: 'Новые слухи по статусу и приоритету', en: 'Rumours first reported, by status and priority' } as const;
    for (const locale of LANGUAGES) {
      await page.goto(`/${locale}/transparency`);
      await screenshotPhoneAndDesktop(page, `transparency-${locale}`);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // No table scrolls sideways inside its box either (status × priority did by 38 px in Kazakh, 59 in Russian).
      const scrolledTables = await page.locator('[role=region][tabindex="0"]').evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth).map((box) => box.getAttribute('aria-labelledby')));
      expect(scrolledTables).toEqual([]);
      // Status × priority, stacked on a phone: each count still said with its priority, and still a table to a screen reader.
      const statusTable = page.getByRole('table', { name: STATUS_TABLE[locale] });
      await expect(statusTable.getByRole('columnheader')).toHaveCount(5);
      await expect(statusTable.getByRole('rowheader').first()).toBeVisible();
      await statusTable.screenshot({ path: screenshotPath(`transparency-status-priority-${locale}-phone.png`) });
    }

    // A region, through the plain form.
    await page.goto('/en/transparency');
    await page.getByLabel('Area').selectOption({ label: 'Mangystau Region' });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/region=KZ-47/);
    await expect(page.getByRole('heading', { level: 1, name: 'Transparency report: Mangystau Region' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reports received, by region' })).toHaveCount(0);
    await screenshotPhoneAndDesktop(page, 'transparency-region-en');

    // Any dates: live figures; a reversed range is explained and the dates stay.
    await page.goto('/ru/transparency?from=2026-12-31&to=2026-01-01');
    await expect(page.getByText('Конечная дата не может быть раньше начальной.')).toBeVisible();
    await expect(page.getByLabel('По (включительно)')).toHaveValue('01.01.2026');
    await page.goto('/ru/transparency?from=2020-01-01&to=2030-12-31');
    await expect(page.getByText('Выберите не больше трёх лет.')).toBeVisible();
    await page.goto('/ru/transparency?from=2026-01-01&to=2026-12-31');
    await expect(page.getByText('Текущие данные, подсчитанные только что')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Полученные сообщения по каналам' })).toBeVisible();

    // Days typed through the plain form as Kazakh writes them (not the browser picker's mm/dd/yyyy):
    // the server reads them in the page's language; a day that does not exist is explained beside its field, as typed.
    await page.goto('/kk/transparency');
    await page.getByText('Немесе кез келген күндер (ағымдағы деректер)').click();
    await expect(page.getByLabel('Бастап', { exact: true })).toHaveAttribute('placeholder', 'КК.АА.ЖЖЖЖ');
    await page.getByLabel('Бастап', { exact: true }).fill('31.02.2026');
    await page.getByLabel('Дейін (қоса алғанда)').fill('31.12.2026');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect(page.locator('#transparency-from-error')).toHaveText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 31.03.2026.');
    await expect(page.getByLabel('Бастап', { exact: true })).toHaveValue('31.02.2026');
    await expect(page.getByLabel('Бастап', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Дейін (қоса алғанда)')).toHaveValue('31.12.2026');
    await page.getByLabel('Бастап', { exact: true }).fill('1.1.2026');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect(page.getByText(/Таңдалған күндер бойынша дәл қазір есептелген ағымдағы деректер/)).toBeVisible();
    await expect(page.locator('#transparency-from-error')).toHaveCount(0);
    await expect(page.getByLabel('Бастап', { exact: true })).toHaveValue('01.01.2026');
    // The downloads take the same days as YYYY-MM-DD.
    await expect(page.getByRole('link', { name: /PDF/ })).toHaveAttribute('href', /from=2026-01-01&to=2026-12-31/);
    // The report list says the figures are for the dates below, not a quarter they do not cover; a quarter
    // chosen there now is shown, though the form still carries the dates (no JavaScript to clear them).
    const reportList = page.getByLabel('Есеп', { exact: true });
    await expect(reportList.locator('option:checked')).toHaveText('Төмендегі күндер');
    await screenshotPhoneAndDesktop(page, 'transparency-dates-kk');
    await reportList.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect(page.getByText(NARRATIVE.kk)).toBeVisible();
    await expect(page.getByText(/Таңдалған күндер бойынша дәл қазір есептелген ағымдағы деректер/)).toHaveCount(0);
    await expect(page.getByLabel('Бастап', { exact: true })).toHaveValue('');
    await expect(reportList.locator('option', { hasText: 'Төмендегі күндер' })).toHaveCount(0);

    // The PDF and the tables behind the page.
    await page.goto('/en/transparency');
    const pdfHref = await page.getByRole('link', { name: 'Printable PDF' }).getAttribute('href');
    const pdf = await request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const csvHref = await page.getByRole('link', { name: 'Download this table (CSV)' }).first().getAttribute('href');
    const csv = await request.get(csvHref!);
    expect((await csv.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('row,label,reports');

    // Announced in the feed.
    const feed = await (await request.get('/api/v1/feeds/en/rss.xml')).text();
    expect(feed).toContain('Transparency report');
    expect(feed).toContain('/en/transparency?quarter=');
  });
});
