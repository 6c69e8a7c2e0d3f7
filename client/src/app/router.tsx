import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { Loading } from '@/components/Page';
import { NotFound } from '@/components/QueryError';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

// Each page's code loads when someone opens it, so what every visit loads first is the layout,
// the router and the Apollo client (docs/performance.md). Navigations are transitions, so the
// page before stays on screen until the next one's code is there; a first visit shows
// 'Loading the page…' inside the layout. The routes are declared for react-router's declarative
// mode: its data router (loaders, actions, fetchers) is code no page uses, about 17 KB gzip
// that every visit would load first.
function lazyComponent<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
) {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  return {
    element: (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    ),
  };
}

function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  path: string,
  load: () => Promise<M>,
  name: K,
): RouteObject {
  return { path, ...lazyComponent(load, name) };
}

/** The public pages are the server's; /public without its slash reaches the app: send it on. */
function ToPublicPages() {
  useEffect(() => window.location.replace('/public/'), []);
  return <Loading />;
}

/** A plan's amendments and versions (features/amendments). */
const amendmentRoutes = (): RouteObject[] => {
  const page = () => import('@/features/amendments/pages/AmendmentsPage');
  return [
    lazyPage('plans/:slug/amendments', page, 'AmendmentsPage'),
    lazyPage(
      'plans/:slug/amendments/new',
      () => import('@/features/amendments/pages/ProposeAmendmentPage'),
      'ProposeAmendmentPage',
    ),
    lazyPage(
      'plans/:slug/amendments/:number',
      () => import('@/features/amendments/pages/AmendmentPage'),
      'AmendmentPage',
    ),
    lazyPage(
      'plans/:slug/versions/compare',
      () => import('@/features/amendments/pages/CompareVersionsPage'),
      'CompareVersionsPage',
    ),
    lazyPage(
      'plans/:slug/versions/:number',
      () => import('@/features/amendments/pages/VersionPage'),
      'VersionPage',
    ),
  ];
};

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Errors thrown by a page show inside the layout.
        element: <RouteError />,
        children: [
          {
            index: true,
            ...lazyComponent(() => import('@/features/plans/pages/PlansListPage'), 'PlansListPage'),
          },
          lazyPage('plans/new', () => import('@/features/plans/pages/NewPlanPage'), 'NewPlanPage'),
          lazyPage(
            'plans/:slug',
            () => import('@/features/plans/pages/PlanDashboardPage'),
            'PlanDashboardPage',
          ),
          lazyPage('plans/:slug/edit', () => import('@/features/plans/pages/EditPlanPage'), 'EditPlanPage'),
          lazyPage(
            'plans/:slug/rules',
            () => import('@/features/plans/pages/PlanRulesPage'),
            'PlanRulesPage',
          ),
          lazyPage(
            'plans/:slug/import',
            () => import('@/features/imports/pages/PlanImportPage'),
            'PlanImportPage',
          ),
          lazyPage(
            'plans/:slug/priorities/new',
            () => import('@/features/priorities/pages/NewPriorityPage'),
            'NewPriorityPage',
          ),
          lazyPage(
            'plans/:slug/reviews',
            () => import('@/features/reviews/pages/PlanReviewsPage'),
            'PlanReviewsPage',
          ),
          lazyPage(
            'plans/:slug/reports',
            () => import('@/features/reports/pages/ReportsPage'),
            'ReportsPage',
          ),
          ...amendmentRoutes(),
          lazyPage(
            'plans/:slug/compare',
            () => import('@/features/reviews/pages/ComparePage'),
            'ComparePage',
          ),
          lazyPage(
            'plans/:slug/quarters/:year/:q',
            () => import('@/features/reviews/pages/QuarterSnapshotPage'),
            'QuarterSnapshotPage',
          ),
          lazyPage(
            'reviews/:id',
            () => import('@/features/reviews/pages/ReviewCyclePage'),
            'ReviewCyclePage',
          ),
          lazyPage(
            'reviews/:id/edit',
            () => import('@/features/reviews/pages/ChangeReviewDatesPage'),
            'ChangeReviewDatesPage',
          ),
          lazyPage(
            'reviews/:id/close',
            () => import('@/features/reviews/pages/CloseReviewPage'),
            'CloseReviewPage',
          ),
          lazyPage('reviews/:id/agenda', () => import('@/features/reviews/pages/AgendaPage'), 'AgendaPage'),
          lazyPage(
            'reviews/:id/meeting',
            () => import('@/features/reviews/pages/MeetingPage'),
            'MeetingPage',
          ),
          lazyPage(
            'reviews/:id/actions/:actionId',
            () => import('@/features/reviews/pages/ReviewThreadPage'),
            'ReviewThreadPage',
          ),
          lazyPage(
            'reviews/:id/questions/new',
            () => import('@/features/reviews/pages/QuestionPages'),
            'NewQuestionPage',
          ),
          lazyPage(
            'reviews/:id/questions/:questionId/edit',
            () => import('@/features/reviews/pages/QuestionPages'),
            'EditQuestionPage',
          ),
          lazyPage('actions/:id', () => import('@/features/actions/pages/ActionPage'), 'ActionPage'),
          lazyPage(
            'actions/:id/contributions/new',
            () => import('@/features/alignment/pages/AddContributionPage'),
            'AddContributionPage',
          ),
          lazyPage(
            'actions/:id/contributions/:contributionId/edit',
            () => import('@/features/alignment/pages/EditContributionPage'),
            'EditContributionPage',
          ),
          lazyPage('priorities/:id', () => import('@/features/alignment/pages/PriorityPage'), 'PriorityPage'),
          lazyPage(
            'actions/:id/edit',
            () => import('@/features/actions/pages/EditActionPage'),
            'EditActionPage',
          ),
          lazyPage(
            'actions/:id/update',
            () => import('@/features/updates/pages/RecordUpdatePage'),
            'RecordUpdatePage',
          ),
          lazyPage('my-actions', () => import('@/features/updates/pages/MyActionsPage'), 'MyActionsPage'),
          lazyPage(
            'actions/:id/archive',
            () => import('@/features/actions/pages/ArchiveActionPage'),
            'ArchiveActionPage',
          ),
          lazyPage(
            'actions/:id/milestones/new',
            () => import('@/features/milestones/pages/NewMilestonePage'),
            'NewMilestonePage',
          ),
          lazyPage(
            'actions/:actionId/milestones/:id/edit',
            () => import('@/features/milestones/pages/EditMilestonePage'),
            'EditMilestonePage',
          ),
          lazyPage(
            'priorities/:id/actions/new',
            () => import('@/features/actions/pages/NewActionPage'),
            'NewActionPage',
          ),
          lazyPage(
            'indicators',
            () => import('@/features/indicators/pages/IndicatorsListPage'),
            'IndicatorsListPage',
          ),
          lazyPage(
            'indicators/new',
            () => import('@/features/indicators/pages/NewIndicatorPage'),
            'NewIndicatorPage',
          ),
          lazyPage(
            'indicators/:id',
            () => import('@/features/indicators/pages/IndicatorPage'),
            'IndicatorPage',
          ),
          lazyPage(
            'indicators/:id/edit',
            () => import('@/features/indicators/pages/EditIndicatorPage'),
            'EditIndicatorPage',
          ),
          lazyPage(
            'indicators/:id/archive',
            () => import('@/features/indicators/pages/ArchiveIndicatorPage'),
            'ArchiveIndicatorPage',
          ),
          lazyPage(
            'indicators/:id/values/new',
            () => import('@/features/indicators/pages/AddValuePage'),
            'AddValuePage',
          ),
          lazyPage(
            'indicators/:id/values/:measurementId/edit',
            () => import('@/features/indicators/pages/CorrectValuePage'),
            'CorrectValuePage',
          ),
          lazyPage(
            'indicators/:id/import',
            () => import('@/features/indicators/pages/ImportValuesPage'),
            'ImportValuesPage',
          ),
          lazyPage(
            'partners',
            () => import('@/features/partners/pages/PartnersListPage'),
            'PartnersListPage',
          ),
          lazyPage(
            'partners/new',
            () => import('@/features/partners/pages/NewPartnerPage'),
            'NewPartnerPage',
          ),
          lazyPage('partners/:id', () => import('@/features/partners/pages/PartnerPage'), 'PartnerPage'),
          lazyPage(
            'partners/:id/edit',
            () => import('@/features/partners/pages/EditPartnerPage'),
            'EditPartnerPage',
          ),
          lazyPage(
            'partners/:id/links/new',
            () => import('@/features/updateLinks/pages/IssueUpdateLinkPage'),
            'IssueUpdateLinkPage',
          ),
          lazyPage(
            'partners/:id/links/:linkId/withdraw',
            () => import('@/features/updateLinks/pages/WithdrawUpdateLinkPage'),
            'WithdrawUpdateLinkPage',
          ),
          lazyPage(
            'update/:token',
            () => import('@/features/updateLinks/pages/UpdateLinkLandingPage'),
            'UpdateLinkLandingPage',
          ),
          lazyPage('audit', () => import('@/features/audit/pages/AuditPage'), 'AuditPage'),
          lazyPage(
            'settings',
            () => import('@/features/organisation/pages/OrganisationSettingsPage'),
            'OrganisationSettingsPage',
          ),
          lazyPage(
            'settings/sign-in',
            () => import('@/features/sso/pages/SignInProvidersPage'),
            'SignInProvidersPage',
          ),
          lazyPage(
            'partners/:id/domains/new',
            () => import('@/features/sso/pages/AddEmailDomainPage'),
            'AddEmailDomainPage',
          ),
          lazyPage('users', () => import('@/features/users/pages/UsersListPage'), 'UsersListPage'),
          lazyPage('users/invite', () => import('@/features/users/pages/InviteUserPage'), 'InviteUserPage'),
          lazyPage('users/:id', () => import('@/features/users/pages/UserPage'), 'UserPage'),
          lazyPage(
            'users/:id/role',
            () => import('@/features/users/pages/ChangeUserRolePage'),
            'ChangeUserRolePage',
          ),
          lazyPage(
            'users/:id/deactivate',
            () => import('@/features/users/pages/UserAccountPages'),
            'DeactivateUserPage',
          ),
          lazyPage(
            'users/:id/reactivate',
            () => import('@/features/users/pages/UserAccountPages'),
            'ReactivateUserPage',
          ),
          lazyPage(
            'users/:id/invitation',
            () => import('@/features/users/pages/UserAccountPages'),
            'ResendInvitePage',
          ),
          lazyPage('sign-in', () => import('@/features/auth/pages/SignInPage'), 'SignInPage'),
          lazyPage(
            'forgot-password',
            () => import('@/features/auth/pages/ForgotPasswordPage'),
            'ForgotPasswordPage',
          ),
          lazyPage('setup/:token', () => import('@/features/setup/pages/SetupPage'), 'SetupPage'),
          lazyPage(
            'accept-invite/:token',
            () => import('@/features/auth/pages/AcceptInvitePage'),
            'AcceptInvitePage',
          ),
          lazyPage(
            'reset-password/:token',
            () => import('@/features/auth/pages/ResetPasswordPage'),
            'ResetPasswordPage',
          ),
          { path: 'public', element: <ToPublicPages /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

/** The page for the current address, inside the layout. */
export function AppRoutes() {
  return useRoutes(routes);
}
