import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SummaryList } from '@/components/SummaryList';
import { InsetText } from '@/components/WarningText';

/**
 * An active plan's agreed baseline on an edit page: the fields only an amendment changes, shown
 * read-only, with the way to change them (the domain library's BASELINED_*_FIELDS; the API
 * refuses them with AMENDMENT_REQUIRED).
 */
export function BaselinedFields({
  rows,
  amendHref,
}: {
  rows: { key: string; value: ReactNode }[];
  /** Where an admin proposes the amendment; null for others, who ask the Commissioner's team. */
  amendHref: string | null;
}) {
  return (
    <InsetText>
      <h2 className="govuk-heading-s">Agreed in the plan’s baseline</h2>
      <p className="govuk-body">
        The plan is active, so these change only by an amendment, with its reason, agreed by the
        Commissioner’s team.{' '}
        {amendHref ? (
          <Link className="govuk-link" to={amendHref}>
            Propose an amendment
          </Link>
        ) : (
          'Ask the Commissioner’s team to propose an amendment.'
        )}
      </p>
      <SummaryList noBorder rows={rows} />
    </InsetText>
  );
}
