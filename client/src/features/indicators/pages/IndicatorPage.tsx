import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { IndicatorDetailQuery as IndicatorDetailData } from '@/__generated__/graphql';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ButtonGroup, ButtonLink } from '@/components/Button';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { SummaryList } from '@/components/SummaryList';
import { Tag } from '@/components/Tag';
import { WarningText } from '@/components/WarningText';
import { useMe } from '@/features/auth/hooks/useMe';
import { IndicatorChart } from '@/features/indicators/components/IndicatorChart';
import { IndicatorStatusTag } from '@/features/indicators/components/IndicatorStatusTag';
import { MeasurementsTable } from '@/features/indicators/components/MeasurementsTable';
import { IndicatorDetailQuery } from '@/features/indicators/graphql/IndicatorDetail.query';
import type { ChartSeries } from '@/features/indicators/utils/chart';
import { changeSentence } from '@/features/indicators/utils/format';
import {
  DIRECTION_LABELS,
  FREQUENCY_LABELS,
  trendWords,
  UNIT_LABELS,
} from '@/features/indicators/utils/labels';
import {
  importedHeading,
  readIndicatorSavedState,
  unchangedSentence,
  type IndicatorSavedState,
} from '@/features/indicators/utils/savedState';
import { formatDate } from '@/utils/dates';
import '@/features/indicators/indicators.css';

type Indicator = IndicatorDetailData['indicator'];

// The API's trend looks back over this many periods.
const TREND_WINDOW = 4;

function SavedBanner({ saved }: { saved: IndicatorSavedState }) {
  switch (saved.saved) {
    case 'created':
      return (
        <NotificationBanner type="success" heading="Indicator added">
          <p className="govuk-body">Add its values one at a time, or import them from a CSV file.</p>
        </NotificationBanner>
      );
    case 'updated':
      return (
        <NotificationBanner type="success" heading="Indicator updated">
          {saved.definitionChanged && (
            <p className="govuk-body">The new definition is recorded under ‘Changes to the definition’.</p>
          )}
        </NotificationBanner>
      );
    case 'valueAdded':
      return <NotificationBanner type="success" heading={`Value added for ${saved.periodLabel}`} />;
    case 'valueCorrected':
      return (
        <NotificationBanner type="success" heading={`Value for ${saved.periodLabel} corrected`}>
          <p className="govuk-body">The earlier value is kept with the corrected one.</p>
        </NotificationBanner>
      );
    case 'imported': {
      const unchanged = unchangedSentence(saved.unchanged);
      return (
        <NotificationBanner type="success" heading={importedHeading(saved)}>
          {unchanged && <p className="govuk-body">{unchanged}</p>}
        </NotificationBanner>
      );
    }
  }
}

/** The latest value in large type, with its change since the baseline, status and trend in words. */
function Headline({ indicator }: { indicator: Indicator }) {
  const { latest, changeFromBaseline, targetText, targetDate } = indicator;
  if (!latest) {
    return (
      <p className="govuk-body">
        No values have been recorded yet. The baseline is {indicator.baselineText} ({indicator.baselineLabel}
        ).
      </p>
    );
  }
  const periods = Math.min(TREND_WINDOW, indicator.measurements.length);
  return (
    <div className="app-indicator-headline">
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2">Latest value: {latest.periodLabel}</h2>
      <p className="govuk-heading-xl app-indicator-headline__value">{latest.valueText}</p>
      {changeFromBaseline && (
        <p className="govuk-body-l">{changeSentence(changeFromBaseline, indicator.baselineLabel)}</p>
      )}
      <SummaryList
        noBorder
        rows={[
          {
            key: 'Status',
            value: (
              <>
                <IndicatorStatusTag status={indicator.status} hasTarget={targetText !== null} />
                {targetText &&
                  ` against a target of ${targetText}${targetDate ? ` by ${formatDate(targetDate)}` : ''}`}
              </>
            ),
          },
          {
            key: 'Trend',
            value: indicator.trend
              ? `${trendWords(indicator.trend)} over the last ${periods} periods`
              : trendWords(null),
          },
        ]}
      />
    </div>
  );
}

function chartSeries(indicator: Indicator): ChartSeries {
  return {
    name: indicator.name,
    unit: indicator.unit,
    points: indicator.measurements,
    baseline: { value: indicator.baselineValue, text: indicator.baselineText },
    target:
      indicator.targetValue !== null && indicator.targetText !== null
        ? { value: indicator.targetValue, text: indicator.targetText }
        : null,
    definitionChanges: indicator.definitionChanges,
  };
}

function About({ indicator }: { indicator: Indicator }) {
  const { targetText, targetDate, priorities } = indicator;
  return (
    <SummaryList
      rows={[
        { key: 'Definition', value: <span className="app-pre-line">{indicator.definition}</span> },
        { key: 'Data source', value: indicator.dataSource },
        { key: 'Caveat', value: indicator.caveat ?? 'None' },
        { key: 'Unit', value: UNIT_LABELS[indicator.unit] },
        { key: 'Direction', value: DIRECTION_LABELS[indicator.direction] },
        { key: 'Baseline', value: `${indicator.baselineText} (${indicator.baselineLabel})` },
        {
          key: 'Target',
          value: targetText
            ? `${targetText}${targetDate ? ` by ${formatDate(targetDate)}` : ''}`
            : 'No target',
        },
        ...(targetText
          ? [
              {
                key: 'Near target',
                value: `Within ${indicator.tolerancePercent}% of the target`,
              },
            ]
          : []),
        { key: 'Reported', value: FREQUENCY_LABELS[indicator.frequency] },
        {
          key: 'Measures',
          value:
            priorities.length === 0 ? (
              'No priorities linked'
            ) : (
              <ul className="govuk-list">
                {priorities.map((p) => (
                  <li key={p.id}>
                    <Link className="govuk-link" to={`/plans/${p.plan.slug}#priority-${p.number}`}>
                      Priority {p.number}: {p.title}
                    </Link>{' '}
                    <span className="govuk-hint govuk-!-display-inline">({p.plan.title})</span>
                  </li>
                ))}
              </ul>
            ),
        },
        {
          key: 'Published',
          value: indicator.published ? 'Yes: anyone can see it' : 'No: only signed-in users can see it',
        },
      ]}
    />
  );
}

function DefinitionChanges({ changes }: { changes: Indicator['definitionChanges'] }) {
  if (changes.length === 0) {
    return <p className="govuk-body">The definition has not changed since the indicator was added.</p>;
  }
  return (
    <>
      <p className="govuk-body">
        Values before a change were counted the old way, so they may not compare directly with later ones.
      </p>
      {changes.map((c) => (
        <SummaryList
          key={c.id}
          rows={[
            { key: 'Changed on', value: formatDate(c.changedOn) },
            { key: 'Definition before', value: <span className="app-pre-line">{c.previousDefinition}</span> },
            { key: 'Definition from then', value: <span className="app-pre-line">{c.newDefinition}</span> },
          ]}
        />
      ))}
    </>
  );
}

export function IndicatorPage() {
  const { id = '' } = useParams();
  const { state } = useLocation();
  const saved = readIndicatorSavedState(state);
  const { me } = useMe();
  const { data, error, loading } = useQuery(IndicatorDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const indicator = data?.indicator;

  if (error && !indicator) return <QueryError error={error} />;
  if (!indicator) return loading ? <Loading what="indicator" /> : <QueryError error={error} />;

  const admin = me?.role === 'ADMIN';
  const href = `/indicators/${indicator.id}`;
  return (
    <Page
      title={indicator.name}
      beforeContent={<Breadcrumbs items={[{ text: 'Indicators', to: '/indicators' }]} />}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {saved && <SavedBanner saved={saved} />}
          <PageHeading caption="Indicator">{indicator.name}</PageHeading>
          {!indicator.published && (
            <p className="govuk-body">
              <Tag colour="grey">Not published</Tag> Only signed-in users can see this indicator.
            </p>
          )}
          {indicator.exampleData && (
            <WarningText>
              Example data: the values of this indicator are made up to show how the service works. They are
              not real figures.
            </WarningText>
          )}
          {admin && (
            <ButtonGroup>
              <ButtonLink to={`${href}/values/new`}>Add a value</ButtonLink>
              <ButtonLink to={`${href}/import`} variant="secondary">
                Import values from CSV
              </ButtonLink>
              <ButtonLink to={`${href}/edit`} variant="secondary">
                Change indicator
              </ButtonLink>
            </ButtonGroup>
          )}
          <Headline indicator={indicator} />
        </div>
      </div>

      <h2 className="govuk-heading-l">Values over time</h2>
      <IndicatorChart series={chartSeries(indicator)} baselineLabel={indicator.baselineLabel} />
      <MeasurementsTable indicator={indicator} canCorrect={admin} />

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-l">About this indicator</h2>
          <About indicator={indicator} />
          <h2 className="govuk-heading-l">Changes to the definition</h2>
          <DefinitionChanges changes={indicator.definitionChanges} />
        </div>
      </div>
    </Page>
  );
}
