import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@/__generated__';
import type { IndicatorUnit, MeasurementsTable_IndicatorFragment } from '@/__generated__/graphql';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { formatValue } from '@/features/indicators/utils/format';
import { formatDateTime } from '@/utils/dates';
import '@/features/indicators/indicators.css';

export const MeasurementsTable_indicator = graphql(`
  fragment MeasurementsTable_indicator on Indicator {
    id
    name
    unit
    measurements {
      id
      periodStart
      periodLabel
      value
      valueText
      note
      version
      revisions {
        value
        note
        recordedByEmail
        recordedAt
        replacedAt
        replacedByEmail
      }
    }
  }
`);

type Measurement = MeasurementsTable_IndicatorFragment['measurements'][number];

/** A corrected value's earlier values, newest first. The API gives them to signed-in users only. */
function Revisions({ measurement, unit }: { measurement: Measurement; unit: IndicatorUnit }) {
  const { revisions } = measurement;
  return (
    <div className="app-indicator-revisions">
      <Tag colour="purple">Corrected</Tag>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            Earlier {revisions.length === 1 ? 'value' : 'values'}
            <span className="govuk-visually-hidden"> for {measurement.periodLabel}</span>
          </span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list govuk-body-s">
            {revisions.map((r) => (
              <li key={r.replacedAt}>
                <strong>{formatValue(r.value, unit)}</strong>
                {r.note && ` (note: ${r.note})`}, recorded by {r.recordedByEmail} on{' '}
                {formatDateTime(r.recordedAt)}; replaced by {r.replacedByEmail} on{' '}
                {formatDateTime(r.replacedAt)}
              </li>
            ))}
          </ul>
        </div>
      </details>
    </div>
  );
}

/**
 * Every value of the series, newest first: the chart's words, always shown. The Commissioner's
 * team can correct a value from its row.
 */
export function MeasurementsTable({
  indicator,
  canCorrect,
}: {
  indicator: FragmentType<typeof MeasurementsTable_indicator>;
  canCorrect: boolean;
}) {
  const i = getFragmentData(MeasurementsTable_indicator, indicator);
  if (i.measurements.length === 0) return <p className="govuk-body">No values have been recorded yet.</p>;
  const newestFirst = [...i.measurements].reverse();
  return (
    <Table
      caption={`Values of ${i.name}, newest first`}
      captionClassName="govuk-table__caption--s"
      className="app-indicator-values"
      columns={[
        { header: 'Period' },
        { header: 'Value', numeric: true },
        { header: 'Note' },
        ...(canCorrect ? [{ header: <span className="govuk-visually-hidden">Correct</span> }] : []),
      ]}
      rows={newestFirst.map((m) => ({
        key: m.id,
        cells: [
          m.periodLabel,
          m.valueText,
          <>
            {m.note}
            {m.revisions.length > 0 && <Revisions measurement={m} unit={i.unit} />}
          </>,
          ...(canCorrect
            ? [
                <Link className="govuk-link" to={`/indicators/${i.id}/values/${m.id}/edit`}>
                  Correct<span className="govuk-visually-hidden"> the value for {m.periodLabel}</span>
                </Link>,
              ]
            : []),
        ],
      }))}
    />
  );
}
