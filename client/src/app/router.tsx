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
const archiveAction = async () => ({
  Component: (await import('@/features/actions/pages/ArchiveActionPage')).ArchiveActionPage,
});
const newAction = async () => ({
  Component: (await import('@/features/actions/pages/NewActionPage')).NewActionPage,
});
const newMilestone = async () => ({
  Component: (await import('@/features/milestones/pages/NewMilestonePage')).NewMilestonePage,
});
const editMilestone = async () => ({
  Component: (await import('@/features/milestones/pages/EditMilestonePage')).EditMilestonePage,
});
const newPlan = async () => ({ Component: (await import('@/features/plans/pages/NewPlanPage')).NewPlanPage });
const editPlan = async () => ({
  Component: (await import('@/features/plans/pages/EditPlanPage')).EditPlanPage,
});
const newPriority = async () => ({
  Component: (await import('@/features/priorities/pages/NewPriorityPage')).NewPriorityPage,
});
const newPartner = async () => ({
  Component: (await import('@/features/partners/pages/NewPartnerPage')).NewPartnerPage,
});
const editPartner = async () => ({
  Component: (await import('@/features/partners/pages/EditPartnerPage')).EditPartnerPage,
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
          { path: 'plans/new', lazy: newPlan, hydrateFallbackElement: <Loading /> },
          { path: 'plans/:slug', element: <PlanDashboardPage /> },
          { path: 'plans/:slug/edit', lazy: editPlan, hydrateFallbackElement: <Loading /> },
          { path: 'plans/:slug/priorities/new', lazy: newPriority, hydrateFallbackElement: <Loading /> },
          { path: 'actions/:id', element: <ActionPage /> },
          { path: 'actions/:id/edit', lazy: editAction, hydrateFallbackElement: <Loading /> },
          { path: 'actions/:id/archive', lazy: archiveAction, hydrateFallbackElement: <Loading /> },
          { path: 'actions/:id/milestones/new', lazy: newMilestone, hydrateFallbackElement: <Loading /> },
          {
            path: 'actions/:actionId/milestones/:id/edit',
            lazy: editMilestone,
            hydrateFallbackElement: <Loading />,
          },
          { path: 'priorities/:id/actions/new', lazy: newAction, hydrateFallbackElement: <Loading /> },
          { path: 'partners', element: <PartnersListPage /> },
          { path: 'partners/new', lazy: newPartner, hydrateFallbackElement: <Loading /> },
          { path: 'partners/:id', element: <PartnerPage /> },
          { path: 'partners/:id/edit', lazy: editPartner, hydrateFallbackElement: <Loading /> },
          { path: 'sign-in', lazy: signIn, hydrateFallbackElement: <Loading /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
