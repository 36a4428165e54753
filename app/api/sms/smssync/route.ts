// The SMSSync gateway endpoint; the protocol lives in server/channels/sms/smssync-endpoint.ts.
import { productionApiDeps } from '@/server/api/deps';
import { handleSmssyncRequest } from '@/server/channels/sms/smssync-endpoint';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

function handle(request: Request) {
  const { db, encryptionKey, publicOrigin, log } = productionApiDeps();
  return handleSmssyncRequest(request, { db, encryptionKey, publicOrigin, log });
}

export const GET = handle;
export const POST = handle;
