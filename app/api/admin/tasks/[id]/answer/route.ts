import { handleFieldAnswer } from '@/server/api/field-answers';
import { apiRoute } from '@/server/api/route';

export const runtime = 'nodejs'; // sharp re-encodes the answer's photos
export const dynamic = 'force-dynamic';

export const POST = apiRoute(handleFieldAnswer);
