import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';

export const PlanBaseline_plan = graphql(`
  fragment PlanBaseline_plan on Plan {
    slug
    status
    baselineSlippage
  }
`);

/** The plan's slippage against its agreed baseline, in words, and where its amendments are. */
export function PlanBaseline({
  plan,
  signedIn,
}: {
  plan: FragmentType<typeof PlanBaseline_plan>;
  signedIn: boolean;
}) {
  const p = getFragmentData(PlanBaseline_plan, plan);
  if (p.status === 'DRAFT') return null;
  return (
    <>
      <h3 className="govuk-heading-s">Against the baseline</h3>
      <p className="govuk-body">{p.baselineSlippage ?? 'The plan’s baseline has not been frozen yet.'}</p>
      {signedIn && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/plans/${p.slug}/amendments`}>
            Amendments and plan versions
          </Link>
          : what was agreed at launch, what changed since, when, why and who agreed it.
        </p>
      )}
    </>
  );
}
