// The claim lexicon on Admin → Settings, on a 360-px phone in kk, ru and en: an admin adds a stem to
// a new concept of a contrast class, finds it when the class is opened (its words are loaded then,
// not with the page) and removes it again; nothing is wider than the screen.
import { expect, test } from './test';
import { signIn, staff } from './support';
import { LANGUAGES } from '../server/i18n/languages';

// A stem per language that the seeded lexicon does not have (it has бассейн*, so a pool would be found twice).
const STEM = { en: 'океанари*', ru: 'дельфинари*', kk: 'обсерватори*' } as const;

const TEXT = {
  en: { section: 'Claim lexicon', concept: 'Concept', cls: 'Contrast class (new concepts)', term: 'Word, stem* or phrase', add: 'Add', institutions: 'Institutions' },
  ru: { section: 'Словарь утверждений', concept: 'Понятие', cls: 'Класс различий (для новых понятий)', term: 'Слово, основа* или фраза', add: 'Добавить', institutions: 'Учреждения' },
  kk: { section: 'Мәлімдемелер сөздігі', concept: 'Ұғым', cls: 'Айырмашылық класы (жаңа ұғымдар үшін)', term: 'Сөз, түбір* немесе тіркес', add: 'Қосу', institutions: 'Мекемелер' },
} as const;

for (const locale of LANGUAGES) {
  test(`an admin edits the claim lexicon on a 360-px phone (${locale})`, async ({ page }, testInfo) => {
    // Sign-in, the settings page, two edits and a class's words: at a load of 30 on two cores this
    // took 45–60 s, over the default budget, with every step passing.
    test.setTimeout(120_000);
    const text = TEXT[locale];
    await signIn(page, locale, staff('ADMIN'));
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
    await page.goto(`/${locale}/admin/settings`);
    const section = page.getByRole('region', { name: text.section });
    await expect(section).toBeVisible();
    // The page carries the concepts, not their ~6,000 words (a seeded stem is not in its HTML or payload).
    expect(await page.content()).not.toContain('бассейн*');
    const concept = `rare-${locale}-${Date.now().toString(36)}`;
    await section.getByLabel(text.concept, { exact: true }).fill(concept);
    await section.getByLabel(text.cls, { exact: true }).selectOption('institution');
    await section.getByLabel(text.term, { exact: true }).fill(STEM[locale]);
    await section.getByRole('button', { name: text.add }).click();
    await expect(section.getByRole('status')).toContainText(concept);
    // The section as it loads, every class folded (an open class is thousands of words tall).
    await section.screenshot({ path: testInfo.outputPath(`lexicon-${locale}.png`) });
    // Opening a class asks for its words.
    const words = page.waitForResponse((response) => response.url().includes('lexicon.classConcepts'));
    await section.locator('summary', { hasText: text.institutions }).click();
    expect((await words).ok()).toBe(true);
    const added = section.getByRole('heading', { name: concept }).locator('xpath=..');
    await expect(added.getByRole('listitem')).toHaveCount(1);
    await expect(added.getByRole('listitem')).toContainText(STEM[locale]);
    await added.screenshot({ path: testInfo.outputPath(`lexicon-concept-${locale}.png`) });
    await page.screenshot({ path: testInfo.outputPath(`settings-${locale}.png`), fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await section.locator('li', { hasText: STEM[locale] }).getByRole('button').click();
    await expect(section.getByRole('heading', { name: concept })).toHaveCount(0);
  });
}
