import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AgenciesPage } from '../features/agencies/routes/agencies-page';
import { AgencyPage } from '../features/agencies/routes/agency-page';
import { CommitmentPage } from '../features/commitments/routes/commitment-page';
import { CommitmentsPage } from '../features/commitments/routes/commitments-page';
import { HomePage } from '../features/home/routes/home-page';
import { ProposalPage } from '../features/proposals/routes/proposal-page';
import { ProposalsPage } from '../features/proposals/routes/proposals-page';
import { RejectionsPage } from '../features/rejections/routes/rejections-page';
import { RequireSession } from '../features/account/components/require-session';
import { LoginPage } from '../features/account/routes/login-page';
import { PasswordResetPage } from '../features/account/routes/password-reset-page';
import { RegisterPage } from '../features/account/routes/register-page';
import { VerifyPage } from '../features/account/routes/verify-page';
import { MyCosignsPage } from '../features/my-activity/routes/my-cosigns-page';
import { MyProposalsPage } from '../features/my-activity/routes/my-proposals-page';
import { NotificationsPage } from '../features/notifications/routes/notifications-page';
import { AccountDeletedPage } from '../features/privacy/routes/account-deleted-page';
import { MyAccountPage } from '../features/privacy/routes/my-account-page';
import { AppLayout } from './layout/app-layout';
import { PageLoading } from './pages/page-loading';
import { NotFoundPage } from './pages/not-found-page';
import { RouteErrorPage } from './pages/route-error-page';

/**
 * A page whose code is fetched on its first visit, split from the bundle every visitor loads:
 * the statistics (charts), open data, the submission wizard and the staff screens. The pages a
 * citizen lands on (home, lists, a proposal) stay in the main bundle.
 */
const page =
  <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  async (): Promise<Pick<RouteObject, 'Component'>> => ({ Component: pick(await load()) });

/** Every page renders inside the layout; a page that throws shows the error page inside it too. */
export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    // Opening a split page directly: shown until its code arrives.
    HydrateFallback: PageLoading,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'proposals', element: <ProposalsPage /> },
          { path: 'proposals/:id', element: <ProposalPage /> },
          { path: 'rejections', element: <RejectionsPage /> },
          { path: 'commitments', element: <CommitmentsPage /> },
          { path: 'commitments/:id', element: <CommitmentPage /> },
          { path: 'agencies', element: <AgenciesPage /> },
          { path: 'agencies/:id', element: <AgencyPage /> },
          { path: 'stats', lazy: page(() => import('../features/stats/routes/stats-page'), (m) => m.StatsPage) },
          { path: 'open-data', lazy: page(() => import('../features/open-data/routes/open-data-page'), (m) => m.OpenDataPage) },
          { path: 'login', element: <LoginPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'password-reset', element: <PasswordResetPage /> },
          { path: 'account-deleted', element: <AccountDeletedPage /> },
          {
            // Signed-in pages: a visitor is sent to /login?next=… and brought back.
            element: <RequireSession />,
            children: [
              { path: 'verify', element: <VerifyPage /> },
              { path: 'submit', lazy: page(() => import('../features/submission/routes/proposal-wizard-page'), (m) => m.ProposalWizardPage) },
              { path: 'me/proposals', element: <MyProposalsPage /> },
              { path: 'me/proposals/:id/edit', lazy: page(() => import('../features/submission/routes/proposal-wizard-page'), (m) => m.ProposalWizardPage) },
              { path: 'me/cosigns', element: <MyCosignsPage /> },
              { path: 'me/notifications', element: <NotificationsPage /> },
              { path: 'me/account', element: <MyAccountPage /> },
            ],
          },
          { path: 'moderation', lazy: page(() => import('../features/moderation/routes/moderation-page'), (m) => m.ModerationPage) },
          { path: 'admin', lazy: page(() => import('../features/admin/routes/admin-page'), (m) => m.AdminPage) },
          { path: 'agency', lazy: page(() => import('../features/agency/routes/agency-page'), (m) => m.AgencyPage) },
          { path: 'taskforce', lazy: page(() => import('../features/taskforce/routes/taskforce-page'), (m) => m.TaskforcePage) },
          { path: 'taskforce/meetings/:id', lazy: page(() => import('../features/taskforce/routes/meeting-page'), (m) => m.MeetingPage) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
