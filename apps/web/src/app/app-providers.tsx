import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiClientContext } from '../shared/api/api-client-context';
import { RealtimeContext } from '../shared/realtime/realtime-context';
import type { AppServices } from './app-services';

interface AppProvidersProps {
  readonly services: AppServices;
  readonly children: ReactNode;
}

export const AppProviders = ({ services, children }: AppProvidersProps) => (
  <I18nextProvider i18n={services.i18n}>
    <QueryClientProvider client={services.queryClient}>
      <ApiClientContext value={services.apiClient}>
        <RealtimeContext value={services.socket}>{children}</RealtimeContext>
      </ApiClientContext>
    </QueryClientProvider>
  </I18nextProvider>
);
