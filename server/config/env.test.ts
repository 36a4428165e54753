import { afterEach, describe, expect, it, vi } from 'vitest';
import { envSetting, launcherEnvSchema, serverEnvSchema } from './env';

const valid = {
  DATABASE_URL: 'postgresql://raspa@localhost/raspa',
  NEXTAUTH_SECRET: 'x'.repeat(32),
  RASPA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
};

describe('the environment schema', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('defaults the port and the proxy hops, and reads them as numbers', () => {
    expect(serverEnvSchema.parse(valid)).toMatchObject({ PORT: 3000, RASPA_TRUSTED_PROXY_HOPS: 0 });
    expect(serverEnvSchema.parse({ ...valid, PORT: '4100', RASPA_TRUSTED_PROXY_HOPS: '2' })).toMatchObject({ PORT: 4100, RASPA_TRUSTED_PROXY_HOPS: 2 });
  });

  it('names the variable that is wrong', () => {
    const parsed = serverEnvSchema.safeParse({ ...valid, RASPA_TRUSTED_PROXY_HOPS: '-1', PORT: 'eighty' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['PORT', 'RASPA_TRUSTED_PROXY_HOPS']);
  });

  it('reads one setting without the rest, and names it when it is wrong', () => {
    vi.stubEnv('LOG_LEVEL', 'warn');
    expect(envSetting('LOG_LEVEL')).toBe('warn');
    vi.stubEnv('LOG_LEVEL', 'loud');
    expect(() => envSetting('LOG_LEVEL')).toThrow(/LOG_LEVEL/);
  });

  it('lets the launcher start with nothing set: an empty variable is an unset one', () => {
    expect(launcherEnvSchema.parse({ DATABASE_URL: '', NEXTAUTH_SECRET: '' })).toMatchObject({ PORT: 3000, DATABASE_URL: undefined, NEXTAUTH_SECRET: undefined, RASPA_DATA_DIR: '.data' });
  });
});
