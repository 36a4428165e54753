// For integration tests: the SMSSync phone (smssync-phone.ts) wired to the endpoint handler in-process.
import { handleSmssyncRequest } from '../api/smssync';
import { serverEnv } from '../config/env';
import type { Db } from '../db/client';
import type { Logger } from '../log';
import { testApiDeps } from './api-deps';
import { ENDPOINT, SmssyncPhone, TEST_ORIGIN, type SentSms } from './smssync-phone';

export { ENDPOINT, TEST_ORIGIN, type SentSms };

const silentLog = { info: () => {}, warn: () => {}, error: () => {} } as unknown as Logger;

export function smssyncDeps(db: Db, encryptionKey = serverEnv().RASPA_ENCRYPTION_KEY) {
  return testApiDeps({ db }, { encryptionKey, publicOrigin: TEST_ORIGIN, log: silentLog });
}

/** The phone, talking to the endpoint handler in-process. */
export class FakeGatewayPhone extends SmssyncPhone {
  constructor(db: Db, secret: string, deviceId?: string, number?: string) {
    super((request) => handleSmssyncRequest(request, smssyncDeps(db)), secret, deviceId, number);
  }
}
