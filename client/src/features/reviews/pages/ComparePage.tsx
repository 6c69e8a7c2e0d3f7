import type { FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { Select } from '@/components/Select';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ComparisonTables } from '@/features/reviews/components/ComparisonTables';
import { QuarterComparisonQuery } from '@/features/reviews/graphql/QuarterComparison.query';
import '@/features/reviews/reviews.css';

/** The live data, in the 'To' box and the address: `to` left empty. */
const LIVE = '';

function Compare() {
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? LIVE;
  const same = from !== '' && from === to;
  const compare = from !== '' && !same;
  const { data, previousData, error, loading } = useQuery(QuarterComparisonQuery, {
    variables: { slug, from, to: to || null, compare },
    fetchPolicy: 'cache-and-network',
  });
  // While a new comparison loads, keep the page (and its form) as it was.
  const shown = data ?? previousData;
  if (!shown) return error ? <QueryError error={error} /> : <Loading what="comparison" />;
  const plan = shown.plan;
  const comparison = data?.plan.comparison;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setParams({ from: String(form.get('from') ?? ''), to: String(form.get('to') ?? '') });
  };
  const quarters = plan.snapshots.map((s) => ({ value: s.quarter, label: s.quarter }));

  return (
    <Page
      title={`Compare quarters: ${plan.title}`}
      error={same}
      beforeContent={
        <Breadcrumbs
          items={[
            { text: 'Plans', to: '/' },
            { text: plan.title, to: `/plans/${plan.slug}` },
            { text: 'Quarterly reviews', to: `/plans/${plan.slug}/reviews` },
          ]}
        />
      }
    >
      <ErrorSummary errors={same ? [{ text: 'Choose two different quarters', target: 'to' }] : []} />
      <PageHeading caption={plan.title}>Compare quarters</PageHeading>
      {quarters.length === 0 ? (
        <p className="govuk-body">
          No quarter has been closed yet. Once a review closes, its quarter can be compared with later ones
          and with the live data.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Choose a frozen quarter, and a later one or the live data, to see what moved between them.
          </p>
          <form method="get" onSubmit={submit} noValidate className="app-filter" key={params.toString()}>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-third">
                <Select
                  id="from"
                  name="from"
                  label="From"
                  defaultValue={from || (plan.snapshots[0]?.quarter ?? '')}
                  options={quarters}
                />
              </div>
              <div className="govuk-grid-column-one-third">
                <Select
                  id="to"
                  name="to"
                  label="To"
                  defaultValue={to}
                  error={same ? 'Choose two different quarters' : undefined}
                  options={[{ value: LIVE, label: 'Live now' }, ...quarters]}
                />
              </div>
            </div>
            <Button type="submit">Compare</Button>
          </form>
          {compare &&
            (error ? (
              <p className="govuk-body" role="alert">
                {from} or {to || 'the live data'} cannot be compared: check both are frozen quarters of this
                plan.
              </p>
            ) : comparison ? (
              <ComparisonTables comparison={comparison} />
            ) : (
              <p className="govuk-body" role="status">
                {loading ? 'Loading the comparison…' : ''}
              </p>
            ))}
          {!compare && !same && (
            <p className="govuk-body">
              Or go back to the{' '}
              <Link className="govuk-link" to={`/plans/${plan.slug}/reviews`}>
                quarterly reviews
              </Link>
              .
            </p>
          )}
        </>
      )}
    </Page>
  );
}

export function ComparePage() {
  return (
    <RequireSignIn>
      <Compare />
    </RequireSignIn>
  );
}
