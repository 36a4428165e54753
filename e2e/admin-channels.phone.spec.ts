// The Channels page on a 360-px phone: nothing wider than the screen, log rows readable as cards.
import { expect, test } from './test';
import { randomUUID } from 'node:crypto';
import { newGatewaySecret, signIn, staff } from './support';

test('the Channels page fits a 360-px screen', async ({ page, request }) => {
  await signIn(page, 'en', staff('ADMIN'));
  await expect(page).toHaveURL(/\/en\/admin$/);
  const secret = await newGatewaySecret(page);
  await request.post('/api/sms/smssync', {
    data: { from: '+77019990011', message: 'They say the bridge in Atyrau will close for a whole month', message_id: randomUUID(), device_id: 'phone-360', secret },
  });
  await page.goto('/en/admin/channels?direction=INBOUND');
  await expect(page.getByText('They say the bridge in Atyrau will close for a whole month').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
