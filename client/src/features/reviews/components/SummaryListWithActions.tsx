import { Link } from 'react-router';
import type { SummaryRow } from '@/components/SummaryList';

export interface SummaryRowWithAction extends SummaryRow {
  /** A 'Change' link; `what` finishes its hidden text, for screen readers: 'Change meeting date'. */
  change?: { to: string; what: string };
}

/**
 * The GOV.UK summary list with a 'Change' link on some rows. Rows without one get the
 * no-actions modifier, so their borders line up with the others.
 */
export function SummaryListWithActions({ rows }: { rows: SummaryRowWithAction[] }) {
  const anyActions = rows.some((r) => r.change);
  return (
    <dl className="govuk-summary-list">
      {rows.map((row, i) => (
        <div
          className={`govuk-summary-list__row${anyActions && !row.change ? ' govuk-summary-list__row--no-actions' : ''}`}
          key={i}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.change && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.change.to}>
                Change<span className="govuk-visually-hidden"> {row.change.what}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
