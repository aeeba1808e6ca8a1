import { QueryClient } from '@tanstack/react-query';

/**
 * Results are refreshed by `data.changed` events, not timers. The service is local, so the
 * browser's idea of being online is irrelevant ('always'), and a failed call is shown at once
 * with a "Try again" rather than retried behind the user's back.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
