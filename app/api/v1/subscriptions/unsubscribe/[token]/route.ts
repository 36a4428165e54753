import { handleUnsubscribeGet, handleUnsubscribePost } from '@/server/subscriptions/routes';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return handleUnsubscribePost(request, (await params).token);
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return handleUnsubscribeGet(request, (await params).token);
}
