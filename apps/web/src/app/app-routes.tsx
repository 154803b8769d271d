import type { RouteObject } from 'react-router';
import { HomePage } from '../features/home/routes/home-page';
import { ProposalPage } from '../features/proposals/routes/proposal-page';
import { ProposalsPage } from '../features/proposals/routes/proposals-page';
import { RejectionsPage } from '../features/rejections/routes/rejections-page';
import { ModerationPage } from '../features/moderation/routes/moderation-page';
import { AdminPage } from '../features/admin/routes/admin-page';
import { AgencyPage } from '../features/agency/routes/agency-page';
import { TaskforcePage } from '../features/taskforce/routes/taskforce-page';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './pages/not-found-page';
import { RouteErrorPage } from './pages/route-error-page';

/** Every page renders inside the layout; a page that throws shows the error page inside it too. */
export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'proposals', element: <ProposalsPage /> },
          { path: 'proposals/:id', element: <ProposalPage /> },
          { path: 'rejections', element: <RejectionsPage /> },
          { path: 'moderation', element: <ModerationPage /> },
          { path: 'admin', element: <AdminPage /> },
          { path: 'agency', element: <AgencyPage /> },
          { path: 'taskforce', element: <TaskforcePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
