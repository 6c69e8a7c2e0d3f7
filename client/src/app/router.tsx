import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '@/components/Page';
import { NotFound } from '@/components/QueryError';
import { ActionPage } from '@/features/actions/pages/ActionPage';
import { PartnerPage } from '@/features/partners/pages/PartnerPage';
import { PartnersListPage } from '@/features/partners/pages/PartnersListPage';
import { PlanDashboardPage } from '@/features/plans/pages/PlanDashboardPage';
import { PlansListPage } from '@/features/plans/pages/PlansListPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

// Forms (and react-hook-form with zod) load only when someone opens one.
const editAction = async () => ({
  Component: (await import('@/features/actions/pages/EditActionPage')).EditActionPage,
});
const newAction = async () => ({
  Component: (await import('@/features/actions/pages/NewActionPage')).NewActionPage,
});
const newMilestone = async () => ({
  Component: (await import('@/features/milestones/pages/NewMilestonePage')).NewMilestonePage,
});
const signIn = async () => ({ Component: (await import('@/features/auth/pages/SignInPage')).SignInPage });

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
          { path: 'actions/:id/edit', lazy: editAction, hydrateFallbackElement: <Loading /> },
          { path: 'actions/:id/milestones/new', lazy: newMilestone, hydrateFallbackElement: <Loading /> },
          { path: 'priorities/:id/actions/new', lazy: newAction, hydrateFallbackElement: <Loading /> },
          { path: 'partners', element: <PartnersListPage /> },
          { path: 'partners/:id', element: <PartnerPage /> },
          { path: 'sign-in', lazy: signIn, hydrateFallbackElement: <Loading /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
