import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { WarningText } from '@/components/WarningText';
import { IndicatorStatusTag } from '@/features/indicators/components/IndicatorStatusTag';
import { changeShort } from '@/features/indicators/utils/format';
import { trendWords } from '@/features/indicators/utils/labels';
import '@/features/indicators/indicators.css';

export const IndicatorsTable_indicator = graphql(`
  fragment IndicatorsTable_indicator on Indicator {
    id
    name
    published
    exampleData
    targetText
    latest {
      id
      periodLabel
      valueText
    }
    status
    trend
    changeFromBaseline {
      absolute
      percent
      absoluteText
      percentText
    }
  }
`);

/** Says which values are invented, above a table of indicators. */
function ExampleDataWarning({ all }: { all: boolean }) {
  return (
    <WarningText>
      {all
        ? 'These indicators show example data: the values are made up to show how the service works.'
        : 'Indicators marked ‘Example data’ show values made up to show how the service works.'}
    </WarningText>
  );
}

/** Indicators with their latest value, status, trend and change since the baseline, in words. */
export function IndicatorsTable({
  indicators,
  caption,
  captionClassName,
}: {
  indicators: FragmentType<typeof IndicatorsTable_indicator>[];
  caption: ReactNode;
  captionClassName?: string;
}) {
  const rows = indicators.map((i) => getFragmentData(IndicatorsTable_indicator, i));
  const examples = rows.filter((i) => i.exampleData).length;
  const allExamples = examples === rows.length;
  return (
    <>
      {examples > 0 && <ExampleDataWarning all={allExamples} />}
      <Table
        caption={caption}
        captionClassName={captionClassName}
        className="app-indicators-table"
        columns={[
          { header: 'Indicator' },
          { header: 'Latest value' },
          { header: 'Status' },
          { header: 'Trend' },
          { header: 'Change from baseline' },
        ]}
        rows={rows.map((i) => ({
          key: i.id,
          cells: [
            <>
              <Link className="govuk-link" to={`/indicators/${i.id}`}>
                {i.name}
              </Link>
              {!i.published && (
                <>
                  {' '}
                  <Tag colour="grey">Not published</Tag>
                </>
              )}
              {i.exampleData && !allExamples && (
                <>
                  {' '}
                  <Tag colour="orange">Example data</Tag>
                </>
              )}
            </>,
            // A period such as "2026/27 Q2" does not break across lines.
            i.latest
              ? `${i.latest.valueText} (${i.latest.periodLabel.replace(/ /g, '\u00a0')})`
              : 'No values yet',
            <IndicatorStatusTag status={i.status} hasTarget={i.targetText !== null} />,
            trendWords(i.trend),
            i.changeFromBaseline ? changeShort(i.changeFromBaseline) : 'No values yet',
          ],
        }))}
      />
    </>
  );
}
