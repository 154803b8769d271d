import type { Locale } from '@open-proposals/domain';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { createApiClient, type ApiClient } from '../shared/api/api-client';
import { createQueryClient } from '../shared/api/query-client';
import { toLocale } from '../shared/i18n/use-locale';
import { createRealtimeSocket, type RealtimeSocket } from '../shared/realtime/realtime-socket';
import { createI18n } from './i18n/create-i18n';
import { readPreferredLocale } from './i18n/language-preference';

/** The long-lived objects the app shell hands to every feature, created once per page load. */
export interface AppServices {
  readonly i18n: i18n;
  readonly queryClient: QueryClient;
  readonly apiClient: ApiClient;
  readonly socket: RealtimeSocket;
}

export interface AppServiceOverrides {
  readonly locale?: Locale;
  readonly queryClient?: QueryClient;
  readonly socket?: RealtimeSocket;
}

export const createAppServices = (overrides: AppServiceOverrides = {}): AppServices => {
  const i18n = createI18n(overrides.locale ?? readPreferredLocale());
  return {
    i18n,
    queryClient: overrides.queryClient ?? createQueryClient(),
    apiClient: createApiClient({ getLocale: () => toLocale(i18n.resolvedLanguage ?? i18n.language) }),
    socket: overrides.socket ?? createRealtimeSocket(),
  };
};
