// GET /.well-known/raspa-keys.json: every public key Raspa has signed notices with (a JWK set, the
// retired ones too, so old codes and bundles still verify). Partners and the offline PWA cache it.
import { listPublicSigningKeys } from '../signing/signing-keys';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { withPublicCors } from './notices-public';

export function handleSigningKeys(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    const keys = await listPublicSigningKeys(deps.db);
    return withPublicCors(Response.json({ keys }, { headers: { 'cache-control': 'public, max-age=3600, s-maxage=3600' } }));
  });
}
