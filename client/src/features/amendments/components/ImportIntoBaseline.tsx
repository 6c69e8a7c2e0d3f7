import { Link } from 'react-router';
import { isBaselined } from '@partnership-tracker/domain';
import { InsetText } from '@/components/WarningText';

/** On the import page of an active plan: what the file may change directly, and what it proposes. */
export function ImportIntoBaseline({ planSlug, status }: { planSlug: string; status: string }) {
  if (!isBaselined(status)) return null;
  return (
    <InsetText>
      <p className="govuk-body">
        The plan is active, so its agreed baseline changes only by amendment. The file&rsquo;s new actions,
        and its changes to titles, descriptions, start and due dates and milestones&rsquo; due dates, become
        one proposed amendment named after the file, for the Commissioner&rsquo;s team to approve and apply.
        The rest is imported straight away. See the plan&rsquo;s{' '}
        <Link className="govuk-link" to={`/plans/${planSlug}/amendments`}>
          amendments
        </Link>
        .
      </p>
    </InsetText>
  );
}
