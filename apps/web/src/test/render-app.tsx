import type { Locale } from '@open-proposals/domain';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/app-providers';
import { appRoutes } from '../app/app-routes';
import { createAppServices } from '../app/app-services';
import { createRealtimeSocket, type RealtimeSocket } from '../shared/realtime/realtime-socket';

interface RenderAppOptions {
  readonly path?: string;
  readonly locale?: Locale;
  readonly socket?: RealtimeSocket;
}

/** The whole app at `path`, as main.tsx wires it, with no query retries and a socket that never connects. */
export const renderApp = ({ path = '/', locale, socket = createRealtimeSocket({ autoConnect: false }) }: RenderAppOptions = {}) => {
  const services = createAppServices({
    locale,
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    socket,
  });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const view = render(
    <AppProviders services={services}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, services, router };
};
