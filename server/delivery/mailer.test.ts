import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../log';
import { sendMail } from './mailer';

afterEach(() => vi.restoreAllMocks());

describe('mail without an SMTP server', () => {
  it('is written to the log without its recipient', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const result = await sendMail({ to: 'worried.parent@example.kz', subject: 'Подтвердите подписку', text: 'Ссылка: https://raspa.test/x', html: '<p>x</p>' });
    expect(result).toEqual({ ok: true, loggedOnly: true });
    expect(info).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(info.mock.calls[0])).not.toContain('worried.parent');
    expect(JSON.stringify(info.mock.calls[0])).toContain('Подтвердите подписку');
  });
});
