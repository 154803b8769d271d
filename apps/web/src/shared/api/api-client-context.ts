import { createContext, use } from 'react';
import type { ApiClient } from './api-client';

/** Render as <ApiClientContext value={client}> in the app shell (or a test). */
export const ApiClientContext = createContext<ApiClient | null>(null);

export const useApiClient = (): ApiClient => {
  const client = use(ApiClientContext);
  if (!client) throw new Error('useApiClient needs an <ApiClientContext> above it.');
  return client;
};
