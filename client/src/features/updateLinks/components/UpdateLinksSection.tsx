import { useQuery } from '@apollo/client/react';
import { ButtonLink } from '@/components/Button';
import { UpdateLinksTable } from '@/features/updateLinks/components/UpdateLinksTable';
import { UpdateLinksQuery } from '@/features/updateLinks/graphql/UpdateLinks.query';
import { GENERIC_ERROR } from '@/utils/graphqlErrors';

/** On a partner's page, for admins and its leads: the links that let its contacts update actions. */
export function UpdateLinksSection({ partner }: { partner: { id: string; name: string } }) {
  const { data, error } = useQuery(UpdateLinksQuery, {
    variables: { partnerId: partner.id },
    fetchPolicy: 'cache-and-network',
  });
  const links = data?.updateLinks;
  return (
    <section aria-labelledby="update-links-heading">
      <h2 className="govuk-heading-m" id="update-links-heading">
        Update links
      </h2>
      <p className="govuk-body">
        An update link lets a contact at {partner.name} update its actions without an account: their status,
        RAG status, progress and description, and their milestones. A link works until it expires or is
        withdrawn.
      </p>
      <ButtonLink to={`/partners/${partner.id}/links/new`} variant="secondary">
        Issue an update link
      </ButtonLink>
      {error && !links ? (
        <p className="govuk-body">{GENERIC_ERROR}</p>
      ) : !links ? (
        <p className="govuk-body" role="status">
          Loading update links…
        </p>
      ) : links.length === 0 ? (
        <p className="govuk-body">No update links have been issued for {partner.name}.</p>
      ) : (
        <UpdateLinksTable partner={partner} links={links} />
      )}
    </section>
  );
}
