import { useEffect, useRef, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@apollo/client/react';
import type { AuditFilterOptionsQuery as AuditFilterOptions } from '@/__generated__/graphql';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Page, PageHeading } from '@/components/Page';
import { Pagination } from '@/components/Pagination';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { AuditEventsTable } from '@/features/audit/components/AuditEventsTable';
import { AuditFilters } from '@/features/audit/components/AuditFilters';
import { AuditFilterOptionsQuery } from '@/features/audit/graphql/AuditFilterOptions.query';
import { AuditTrailQuery } from '@/features/audit/graphql/AuditTrail.query';
import { useAuditFilters } from '@/features/audit/hooks/useAuditFilters';
import {
  AUDIT_FILTER_FIELDS,
  AUDIT_PAGE_SIZE,
  auditFilterFormValues,
  auditFilterSchema,
  hasAuditFilters,
  toAuditQueryVariables,
  type AuditFilterFormValues,
  type AuditFilterValues,
} from '@/features/audit/utils/filters';
import { summaryItems } from '@/utils/formErrors';
import { GENERIC_ERROR } from '@/utils/graphqlErrors';

function AuditTrail({ options }: { options: AuditFilterOptions }) {
  const { values, key, apply, hrefForPage } = useAuditFilters();
  const { register, handleSubmit, formState, reset } = useForm<
    AuditFilterFormValues,
    unknown,
    AuditFilterValues
  >({
    resolver: zodResolver(auditFilterSchema),
    defaultValues: auditFilterFormValues(values),
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  // The boxes always show the filters in the address, after a link or the browser's Back too.
  useEffect(() => reset(auditFilterFormValues(values)), [key, values, reset]);

  const { data, error } = useQuery(AuditTrailQuery, {
    variables: toAuditQueryVariables(values),
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.auditEvents;

  // After 'Apply filters' or a page link, move focus to the number of results.
  const countRef = useRef<HTMLHeadingElement>(null);
  const focusCount = useRef(false);
  useEffect(() => {
    if (focusCount.current && page) {
      focusCount.current = false;
      countRef.current?.focus();
    }
  }, [page]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    handleSubmit((next) => {
      focusCount.current = true;
      apply(next);
    })(event);
  const summary = summaryItems(formState.errors, AUDIT_FILTER_FIELDS);
  const partnerNames = new Map(options.partners.map((p) => [p.id, p.name]));

  const filtered = hasAuditFilters(values);
  const total = page?.totalCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const first = total === 0 ? 0 : (values.page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = Math.min(total, values.page * AUDIT_PAGE_SIZE);

  return (
    <Page title="Audit trail" error={summary.length > 0}>
      <ErrorSummary errors={summary} focusKey={formState.submitCount} />
      <PageHeading>Audit trail</PageHeading>
      <p className="govuk-body-l">
        Every attempt to change something in the service, newest first: changes that were made, and attempts
        that were refused or failed.
      </p>
      <p className="govuk-body">Nothing in the audit trail can be changed or deleted.</p>
      <AuditFilters
        register={register}
        errors={formState.errors}
        onSubmit={onSubmit}
        people={options.users.items}
        partners={options.partners}
        selectedUserId={values.userId}
      />
      {error && !page ? (
        <p className="govuk-body">{GENERIC_ERROR}</p>
      ) : !page ? (
        <p className="govuk-body" role="status">
          Loading the audit trail…
        </p>
      ) : (
        <>
          <h2 className="govuk-heading-m app-heading-focus" ref={countRef} tabIndex={-1}>
            {total} {total === 1 ? 'event' : 'events'}
            {filtered && (
              <span className="govuk-visually-hidden"> {total === 1 ? 'matches' : 'match'} the filters</span>
            )}
          </h2>
          {total === 0 ? (
            <p className="govuk-body">
              {filtered ? 'No events match these filters.' : 'Nothing has been recorded yet.'}
            </p>
          ) : (
            <>
              {pageCount > 1 && (
                <p className="govuk-body-s">
                  Showing {first} to {last} of {total}
                </p>
              )}
              <AuditEventsTable
                events={page.items}
                caption={`Audit events${filtered ? ' matching the filters' : ''}, newest first, page ${values.page} of ${pageCount}`}
                captionClassName="govuk-visually-hidden"
                partnerName={(id) => partnerNames.get(id)}
              />
              <Pagination
                page={values.page}
                pageCount={pageCount}
                hrefFor={hrefForPage}
                onNavigate={() => {
                  focusCount.current = true;
                }}
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}

function AuditLoader() {
  const result = useQuery(AuditFilterOptionsQuery);
  return (
    <QueryResult result={result} what="audit trail">
      {(options) => <AuditTrail options={options} />}
    </QueryResult>
  );
}

export function AuditPage() {
  return (
    <RequireSignIn adminTask="see the audit trail">
      <AuditLoader />
    </RequireSignIn>
  );
}
