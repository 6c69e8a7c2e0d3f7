import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFound } from '@/components/QueryError';
import { ActionPage } from '@/features/actions/pages/ActionPage';
import { EditActionPage } from '@/features/actions/pages/EditActionPage';
import { NewActionPage } from '@/features/actions/pages/NewActionPage';
import { SignInPage } from '@/features/auth/pages/SignInPage';
import { NewMilestonePage } from '@/features/milestones/pages/NewMilestonePage';
import { PartnerPage } from '@/features/partners/pages/PartnerPage';
import { PartnersListPage } from '@/features/partners/pages/PartnersListPage';
import { PlanDashboardPage } from '@/features/plans/pages/PlanDashboardPage';
import { PlansListPage } from '@/features/plans/pages/PlansListPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Errors thrown by a page show inside the layout.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <PlansListPage /> },
          { path: 'plans/:slug', element: <PlanDashboardPage /> },
          { path: 'actions/:id', element: <ActionPage /> },
          { path: 'actions/:id/edit', element: <EditActionPage /> },
          { path: 'actions/:id/milestones/new', element: <NewMilestonePage /> },
          { path: 'priorities/:id/actions/new', element: <NewActionPage /> },
          { path: 'partners', element: <PartnersListPage /> },
          { path: 'partners/:id', element: <PartnerPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
