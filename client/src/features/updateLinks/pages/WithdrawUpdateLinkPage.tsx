import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormPage } from '@/components/FormPage';
import { NotFound } from '@/components/QueryError';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import type { PartnerSavedState } from '@/features/partners/utils/savedState';
import { RevokeUpdateLinkMutation } from '@/features/updateLinks/graphql/RevokeUpdateLink.mutation';
import { WithdrawUpdateLinkFormQuery } from '@/features/updateLinks/graphql/WithdrawUpdateLinkForm.query';
import { useFormPage } from '@/hooks/useFormPage';
import { formatDateTime } from '@/utils/dates';

// A confirmation has no boxes: only the API's refusals show in its error summary.
const NO_FIELDS = [] as const;

export function WithdrawUpdateLinkConfirm({
  partner,
  link,
}: {
  partner: { id: string; name: string };
  link: { id: string; email: string; expiresAt: string };
}) {
  const [revoke, { loading }] = useMutation(RevokeUpdateLinkMutation);
  const partnerHref = `/partners/${partner.id}`;
  const { submission } = useFormPage({
    fields: NO_FIELDS,
    save: async () => {
      await revoke({ variables: { input: { id: link.id } } });
      const state: PartnerSavedState = { saved: 'linkWithdrawn', email: link.email };
      return { to: partnerHref, state };
    },
  });
  const question = `Are you sure you want to withdraw the link for ${link.email}?`;
  return (
    <FormPage
      submission={submission}
      title={question}
      backLink={{ to: partnerHref, text: `Back to ${partner.name}` }}
      caption={`Update links for ${partner.name}`}
      heading={question}
      intro={
        <>
          <p className="govuk-body">
            The link stops working at once: whoever has it can no longer update {partner.name}’s actions.
            Otherwise it would work until {formatDateTime(link.expiresAt)}.
          </p>
          <p className="govuk-body">
            You cannot undo this. If they still need to update actions, issue them a new link.
          </p>
        </>
      }
      submitText="Withdraw link"
      submitVariant="warning"
      saving={loading}
    />
  );
}

function WithdrawUpdateLinkLoader() {
  const { id = '', linkId = '' } = useParams();
  const result = useQuery(WithdrawUpdateLinkFormQuery, {
    variables: { partnerId: id },
    fetchPolicy: 'network-only',
  });
  return (
    <QueryResult result={result} what="page">
      {(data) => {
        const link = data.updateLinks.find((l) => l.id === linkId);
        if (!link) return <NotFound />;
        return <WithdrawUpdateLinkConfirm partner={data.partner} link={link} />;
      }}
    </QueryResult>
  );
}

export function WithdrawUpdateLinkPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn adminTask="withdraw its update links" leadsOf={id}>
      <WithdrawUpdateLinkLoader />
    </RequireSignIn>
  );
}
