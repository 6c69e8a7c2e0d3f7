import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonLink } from '@/components/Button';
import { Table } from '@/components/Table';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import { PartnerDomainsQuery } from '@/features/sso/graphql/PartnerDomains.query';
import { RemovePartnerDomainMutation } from '@/features/sso/graphql/RemovePartnerDomain.mutation';
import { formatMomentDate } from '@/utils/dates';
import { GENERIC_ERROR } from '@/utils/graphqlErrors';

/**
 * On a partner's page, for admins: the email domains whose people may sign in with their
 * organisation's account, as this partner's staff.
 */
export function EmailDomainsSection({ partner }: { partner: { id: string; name: string } }) {
  const { data, error } = useQuery(PartnerDomainsQuery, {
    variables: { partnerId: partner.id },
    fetchPolicy: 'cache-and-network',
  });
  const [remove, { loading }] = useMutation(RemovePartnerDomainMutation);
  const [status, setStatus] = useState('');
  const domains = data?.partnerDomains;
  const providerName = (id: string | null) =>
    id ? (data?.identityProviders.find((p) => p.id === id)?.name ?? id) : 'Any configured provider';

  const onRemove = async (domain: string) => {
    setStatus('');
    try {
      await remove({
        variables: { domain },
        refetchQueries: [{ query: PartnerDomainsQuery, variables: { partnerId: partner.id } }],
        awaitRefetchQueries: true,
      });
      setStatus(`${domain} removed. People there keep their accounts but can no longer sign in with it.`);
    } catch {
      setStatus(`${domain} could not be removed. ${GENERIC_ERROR}`);
    }
  };

  return (
    <section aria-labelledby="email-domains-heading">
      <h2 className="govuk-heading-m" id="email-domains-heading">
        Email domains for single sign-on
      </h2>
      <p className="govuk-body">
        Staff of {partner.name} with an address at one of these domains can sign in with their organisation’s
        account. The first time, the service makes them an account here.
      </p>
      <ButtonLink to={`/partners/${partner.id}/domains/new`} variant="secondary">
        Add an email domain
      </ButtonLink>
      <p className="govuk-body" role="status">
        {status}
      </p>
      {error && !domains ? (
        <p className="govuk-body">{GENERIC_ERROR}</p>
      ) : !domains ? (
        <p className="govuk-body">Loading email domains…</p>
      ) : domains.length === 0 ? (
        <p className="govuk-body">
          {partner.name} has no email domains, so its staff sign in with a password.
        </p>
      ) : (
        <Table
          caption="Email domains"
          captionClassName="govuk-visually-hidden"
          columns={[
            { header: 'Domain' },
            { header: 'Signs in through' },
            { header: 'New accounts are' },
            { header: 'Added' },
            { header: 'Remove', label: 'Remove' },
          ]}
          rows={domains.map((d) => ({
            key: d.domain,
            cells: [
              d.domain,
              `${providerName(d.providerId)}${d.tenantId ? `, tenant ${d.tenantId}` : ''}`,
              ROLE_LABELS[d.defaultRole],
              `${formatMomentDate(d.verifiedAt)} by ${d.verifiedByEmail}`,
              <Button
                key="remove"
                type="button"
                variant="warning"
                className="govuk-!-margin-bottom-0"
                disabled={loading}
                onClick={() => onRemove(d.domain)}
              >
                Remove<span className="govuk-visually-hidden"> {d.domain}</span>
              </Button>,
            ],
          }))}
        />
      )}
    </section>
  );
}
