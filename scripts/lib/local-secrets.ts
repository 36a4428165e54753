// Secrets a demo needs (session signing, contact encryption, embedded DB password) are generated
// on first start into .data/secrets.json (mode 0600) and never committed. Values from the
// environment always win, so production sets them explicitly.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface LocalSecrets {
  NEXTAUTH_SECRET: string;
  RASPA_ENCRYPTION_KEY: string;
  EMBEDDED_PG_PASSWORD: string;
}

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<LocalSecrets> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
  const secrets: LocalSecrets = {
    NEXTAUTH_SECRET: stored.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url'),
    RASPA_ENCRYPTION_KEY: stored.RASPA_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
    EMBEDDED_PG_PASSWORD: stored.EMBEDDED_PG_PASSWORD ?? randomBytes(18).toString('base64url'),
  };
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  }
  return secrets;
}
