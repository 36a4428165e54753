import { handleTaskAnswer, handleTaskAnswerCorrection } from '@/server/api/verification-answers';
import { apiRoute } from '@/server/api/route';

export const runtime = 'nodejs'; // sharp re-encodes uploaded photos
export const dynamic = 'force-dynamic';

export const POST = apiRoute(handleTaskAnswer);
export const PUT = apiRoute(handleTaskAnswerCorrection);
