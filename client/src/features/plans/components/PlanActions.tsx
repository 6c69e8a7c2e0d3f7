import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Pagination } from '@/components/Pagination';
import { ActionFilters } from '@/features/actions/components/ActionFilters';
import { ActionsTable } from '@/features/actions/components/ActionsTable';
import { ActionsTableQuery } from '@/features/actions/graphql/ActionsTable.query';
import { useActionFilters } from '@/features/actions/hooks/useActionFilters';
import { hasFilters, PAGE_SIZE, toActionsQueryVariables } from '@/features/actions/utils/filters';
import { useMe } from '@/features/auth/hooks/useMe';
import { GENERIC_ERROR } from '@/utils/graphqlErrors';

// The bulk form brings react-hook-form and zod: load it only for those who may use it, so the
// dashboard's initial JS stays within its budget (docs/performance.md).
const BulkUpdateForm = lazy(() =>
  import('@/features/updates/components/BulkUpdateForm').then((m) => ({ default: m.BulkUpdateForm })),
);

/** The plan's actions, filtered by the query string and shown 25 to a page. */
export function PlanActions({
  planSlug,
  partners,
}: {
  planSlug: string;
  partners: { id: string; name: string }[];
}) {
  const { pathname } = useLocation();
  const { me } = useMe();
  // Admins and partner leads may change many actions at once.
  const canBulk = me?.role === 'ADMIN' || me?.role === 'PARTNER_LEAD';
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { values, key, apply, hrefForPage } = useActionFilters();
  const { data, loading, error } = useQuery(ActionsTableQuery, {
    variables: toActionsQueryVariables(planSlug, values),
    fetchPolicy: 'cache-and-network',
  });
  // While new filters load, show that rather than the old results under the new filters.
  const page = data?.actions;

  // After 'Apply filters' or a page link, move focus to the number of results.
  const countRef = useRef<HTMLHeadingElement>(null);
  const focusCount = useRef(false);
  useEffect(() => {
    if (focusCount.current && data && !loading) {
      focusCount.current = false;
      countRef.current?.focus();
    }
  }, [data, loading]);

  const filtered = hasFilters(values);
  const total = page?.totalCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === 0 ? 0 : (values.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, values.page * PAGE_SIZE);

  return (
    <section aria-labelledby="actions-heading">
      <h2 className="govuk-heading-l" id="actions-heading">
        Actions
      </h2>
      <ActionFilters
        key={key}
        values={values}
        partners={partners}
        clearHref={pathname}
        onApply={(next) => {
          focusCount.current = true;
          apply(next);
        }}
      />
      <div>
        {error && !page ? (
          <p className="govuk-body">{GENERIC_ERROR}</p>
        ) : !page ? (
          <p className="govuk-body" role="status">
            Loading actions…
          </p>
        ) : (
          <>
            <h3 className="govuk-heading-m app-heading-focus" ref={countRef} tabIndex={-1} id="actions-count">
              {total} {total === 1 ? 'action' : 'actions'}
              {filtered && (
                <span className="govuk-visually-hidden">
                  {' '}
                  {total === 1 ? 'matches' : 'match'} the filters
                </span>
              )}
            </h3>
            {total === 0 ? (
              <div className="app-empty-state">
                <p className="govuk-body">
                  {filtered ? 'No actions match these filters.' : 'This plan has no actions yet.'}
                </p>
                {filtered && (
                  <p className="govuk-body">
                    Try removing some filters, or clear them all to see every action.
                  </p>
                )}
              </div>
            ) : (
              <>
                {pageCount > 1 && (
                  <p className="govuk-body-s">
                    Showing {first} to {last} of {total}
                  </p>
                )}
                <ActionsTable
                  selection={
                    canBulk
                      ? {
                          selected,
                          onChange: (id, on) =>
                            setSelected((prev) => {
                              const next = new Set(prev);
                              if (on) next.add(id);
                              else next.delete(id);
                              return next;
                            }),
                        }
                      : undefined
                  }
                  actions={page.items}
                  caption={`Actions${filtered ? ' matching the filters' : ''}, page ${values.page} of ${pageCount}`}
                />
                <Pagination
                  page={values.page}
                  pageCount={pageCount}
                  hrefFor={hrefForPage}
                  onNavigate={() => {
                    focusCount.current = true;
                  }}
                />
                {canBulk && (
                  <Suspense fallback={null}>
                    <BulkUpdateForm
                      selectedIds={[...selected]}
                      admin={me?.role === 'ADMIN'}
                      partners={partners}
                      onDone={() => setSelected(new Set())}
                    />
                  </Suspense>
                )}
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
