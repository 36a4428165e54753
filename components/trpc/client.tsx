'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';
import superjson from 'superjson';
import type { AppRouter } from '@/server/trpc/app-router';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let exitClient: ReturnType<typeof createTRPCClient<AppRouter>> | null = null;

/**
 * For the small writes a closing page sends on its way out (letting go of a rumour's lock): the
 * browser cancels an ordinary request with the page, a keepalive one it finishes (bodies of at most
 * 64 KB, hence not the default client).
 */
export function pageExitClient() {
  exitClient ??= createTRPCClient<AppRouter>({
    links: [httpLink({ url: '/api/trpc', transformer: superjson, fetch: (url, init) => fetch(url, { ...init, keepalive: true }) })],
  });
  return exitClient;
}

export function TrpcReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } }));
  const [trpcClient] = useState(() =>
    // Queries are posted as well: what a moderator types into a search is in no address (server and proxy logs, history).
    createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/api/trpc', transformer: superjson, methodOverride: 'POST' })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
