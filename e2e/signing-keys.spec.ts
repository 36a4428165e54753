// Admin → Settings: rotating the notice signing key (issue 15). The new key signs from now on; the
// old ones stay published so that codes already printed or forwarded keep verifying.
import { expect, test } from './test';
import { screenshotPath, signIn, staff } from './support';

test('an admin makes a new signing key; the old one is retired but stays published', async ({ page, request }) => {
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await page.goto('/ru/admin/settings');
  const section = page.getByRole('region', { name: 'Ключи подписи сообщений' });
  const before = (await (await request.get('/.well-known/raspa-keys.json')).json()) as { keys: { kid: string }[] };

  await section.getByRole('button', { name: 'Создать новый ключ подписи' }).click();
  await expect(section.getByRole('alertdialog')).toContainText('Уже подписанные сообщения останутся проверяемыми.');
  await section.getByRole('button', { name: 'Да, создать новый ключ' }).click();
  await expect(section.getByRole('status')).toContainText('Готово: новые сообщения подписывает raspa-');
  const keys = section.getByTestId('signing-keys').getByRole('listitem');
  await expect(keys).toHaveCount(before.keys.length + 1);
  await expect(keys.first()).toContainText('текущий');
  if (before.keys.length > 0) await expect(keys.nth(1)).toContainText('выведен из работы');

  const after = (await (await request.get('/.well-known/raspa-keys.json')).json()) as { keys: { kid: string }[] };
  expect(after.keys.map((k) => k.kid)).toEqual(expect.arrayContaining(before.keys.map((k) => k.kid)));
  expect(after.keys).toHaveLength(before.keys.length + 1);
  for (const [size, width] of [['phone', 360], ['desktop', 1280]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await section.screenshot({ path: screenshotPath(`settings-signing-keys-ru-${size}.png`) });
  }
});
