import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@/__generated__';
import { Page, PageHeading } from '@/components/Page';

export const CannotUpdate_action = graphql(`
  fragment CannotUpdate_action on Action {
    id
    ref
    title
    canEdit
    leadPartner {
      id
      name
    }
    supportingPartners {
      id
      name
    }
  }
`);

type Partners = { leadPartner: { name: string }; supportingPartners: { name: string }[] };

const inWords = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** Who may work on an action, in a sentence: the same rule as the API's (`canEdit`). */
export function whoCanUpdate({ leadPartner, supportingPartners }: Partners): string {
  const supporters = supportingPartners.map((p) => p.name);
  const partners = supporters.length
    ? `${leadPartner.name} (the lead partner) or ${inWords(supporters)} (supporting ${supporters.length === 1 ? 'partner' : 'partners'})`
    : `${leadPartner.name} (the lead partner)`;
  return `People from ${partners}, and the Commissioner’s team, can update this action.`;
}

/**
 * A form page for an action, or, for someone who may not work on the action, a page that says
 * so and who can: never a form that could only be refused.
 */
export function RequireCanUpdate({
  action: ref,
  task,
  children,
}: {
  action: FragmentType<typeof CannotUpdate_action>;
  /** What the page is for, after "You cannot": "record an update on this action". */
  task: string;
  children: ReactNode;
}) {
  const action = getFragmentData(CannotUpdate_action, ref);
  if (action.canEdit) return children;
  const title = `You cannot ${task}`;
  return (
    <Page title={title}>
      <PageHeading caption={`Action ${action.ref}: ${action.title}`}>{title}</PageHeading>
      <p className="govuk-body">Your organisation does not lead or support this action.</p>
      <p className="govuk-body">{whoCanUpdate(action)}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/actions/${action.id}`}>
          Back to action {action.ref}
        </Link>
      </p>
    </Page>
  );
}
