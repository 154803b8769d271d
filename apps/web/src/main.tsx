import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/app-providers';
import { appRoutes } from './app/app-routes';
import { createAppServices } from './app/app-services';
import './app/styles.css';
import './app/transparency.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');

const services = createAppServices();
const router = createBrowserRouter(appRoutes);

createRoot(container).render(
  <StrictMode>
    <AppProviders services={services}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
