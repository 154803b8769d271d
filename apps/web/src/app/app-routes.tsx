import type { RouteObject } from 'react-router';
import { AgenciesPage } from '../features/agencies/routes/agencies-page';
import { AgencyPage } from '../features/agencies/routes/agency-page';
import { CommitmentPage } from '../features/commitments/routes/commitment-page';
import { CommitmentsPage } from '../features/commitments/routes/commitments-page';
import { HomePage } from '../features/home/routes/home-page';
import { OpenDataPage } from '../features/open-data/routes/open-data-page';
import { ProposalPage } from '../features/proposals/routes/proposal-page';
import { ProposalsPage } from '../features/proposals/routes/proposals-page';
import { RejectionsPage } from '../features/rejections/routes/rejections-page';
import { StatsPage } from '../features/stats/routes/stats-page';
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
import { ProposalWizardPage } from '../features/submission/routes/proposal-wizard-page';
import { ModerationPage } from '../features/moderation/routes/moderation-page';
import { AdminPage } from '../features/admin/routes/admin-page';
import { AgencyPage as AgencyOfficerPage } from '../features/agency/routes/agency-page';
import { MeetingPage } from '../features/taskforce/routes/meeting-page';
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
          { path: 'commitments', element: <CommitmentsPage /> },
          { path: 'commitments/:id', element: <CommitmentPage /> },
          { path: 'agencies', element: <AgenciesPage /> },
          { path: 'agencies/:id', element: <AgencyPage /> },
          { path: 'stats', element: <StatsPage /> },
          { path: 'open-data', element: <OpenDataPage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'password-reset', element: <PasswordResetPage /> },
          { path: 'account-deleted', element: <AccountDeletedPage /> },
          {
            // Signed-in pages: a visitor is sent to /login?next=… and brought back.
            element: <RequireSession />,
            children: [
              { path: 'verify', element: <VerifyPage /> },
              { path: 'submit', element: <ProposalWizardPage /> },
              { path: 'me/proposals', element: <MyProposalsPage /> },
              { path: 'me/proposals/:id/edit', element: <ProposalWizardPage /> },
              { path: 'me/cosigns', element: <MyCosignsPage /> },
              { path: 'me/notifications', element: <NotificationsPage /> },
              { path: 'me/account', element: <MyAccountPage /> },
            ],
          },
          { path: 'moderation', element: <ModerationPage /> },
          { path: 'admin', element: <AdminPage /> },
          { path: 'agency', element: <AgencyOfficerPage /> },
          { path: 'taskforce', element: <TaskforcePage /> },
          { path: 'taskforce/meetings/:id', element: <MeetingPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
