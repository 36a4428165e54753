import { handleSigningKeys } from '@/server/api/signing-keys';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleSigningKeys);
