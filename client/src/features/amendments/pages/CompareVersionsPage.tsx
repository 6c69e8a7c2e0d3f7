import type { FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { Select } from '@/components/Select';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { VersionActionCell } from '@/features/amendments/components/VersionActionCells';
import { VersionComparisonQuery } from '@/features/amendments/graphql/VersionComparison.query';

const CHANGE_WORDS: Record<string, [string, 'green' | 'red' | 'yellow' | 'grey']> = {
  ADDED: ['Added', 'green'],
  RETIRED: ['Retired', 'red'],
  CHANGED: ['Changed', 'yellow'],
  SAME: ['No change', 'grey'],
};

/** Two versions of a plan side by side, as the quarter comparison shows two quarters. */
function Compare() {
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const from = Number(params.get('from') ?? 0);
  const to = Number(params.get('to') ?? 0);
  const same = from > 0 && from === to;
  const compare = from > 0 && to > 0 && !same;
  const { data, previousData, error } = useQuery(VersionComparisonQuery, {
    variables: { slug, from: from || 1, to: to || 1, compare },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (!shown) return error ? <QueryError error={error} /> : <Loading what="comparison" />;
  const plan = shown.plan;
  const comparison = data?.plan.versionComparison;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setParams({ from: String(form.get('from') ?? ''), to: String(form.get('to') ?? '') });
  };
  const options = plan.versions.map((v) => ({
    value: String(v.number),
    label:
      v.amendmentNumber === null
        ? `Version ${v.number} (baseline)`
        : `Version ${v.number} (A${v.amendmentNumber})`,
  }));
  const changed = comparison?.rows.filter((r) => r.change !== 'SAME') ?? [];

  return (
    <Page
      title={`Compare versions: ${plan.title}`}
      error={same}
      beforeContent={
        <Breadcrumbs
          items={[
            { text: 'Plans', to: '/' },
            { text: plan.title, to: `/plans/${plan.slug}` },
            { text: 'Amendments and versions', to: `/plans/${plan.slug}/amendments` },
          ]}
        />
      }
    >
      {same && <ErrorSummary errors={[{ text: 'Choose two different versions', target: 'to' }]} />}
      <PageHeading caption={plan.title}>Compare versions</PageHeading>
      <form onSubmit={submit} noValidate key={`${from}-${to}`}>
        <Select id="from" name="from" label="From" defaultValue={String(from || '')} options={options} />
        <Select
          id="to"
          name="to"
          label="To"
          defaultValue={String(to || '')}
          options={options}
          error={same ? 'Choose two different versions' : undefined}
        />
        <Button type="submit" variant="secondary">
          Compare versions
        </Button>
      </form>
      {comparison && (
        <>
          <h2 className="govuk-heading-l">
            Version {comparison.from} and version {comparison.to}
          </h2>
          <p className="govuk-body">
            {changed.length === 0
              ? 'No action differs between the two versions.'
              : `${changed.length} ${changed.length === 1 ? 'action differs' : 'actions differ'}: ${changed
                  .map((r) => `${r.ref} ${CHANGE_WORDS[r.change]![0].toLowerCase()}`)
                  .join(', ')}.`}
          </p>
          <Table
            caption={`Each action in version ${comparison.from} and version ${comparison.to}`}
            narrow="scroll"
            columns={[
              { header: 'Ref' },
              { header: 'Change' },
              { header: `Version ${comparison.from}` },
              { header: `Version ${comparison.to}` },
            ]}
            rows={comparison.rows.map((r) => {
              const [words, colour] = CHANGE_WORDS[r.change] ?? [r.change, 'grey'];
              return {
                key: r.ref,
                cells: [
                  r.ref,
                  <>
                    <Tag colour={colour}>{words}</Tag>
                    {r.changedFields.length > 0 && (
                      <span className="govuk-body-s govuk-!-display-block">{r.changedFields.join(', ')}</span>
                    )}
                    {r.reshaped && <span className="govuk-body-s govuk-!-display-block">{r.reshaped}</span>}
                  </>,
                  <VersionActionCell action={r.from} />,
                  <VersionActionCell action={r.to} />,
                ],
              };
            })}
          />
        </>
      )}
    </Page>
  );
}

export function CompareVersionsPage() {
  return (
    <RequireSignIn>
      <Compare />
    </RequireSignIn>
  );
}
