import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { getFragmentData, graphql } from '@/__generated__';
import type { EditPartnerForm_PartnerFragment } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { PartnerFormFields } from '@/features/partners/components/PartnerFormFields';
import { EditPartnerFormQuery } from '@/features/partners/graphql/EditPartnerForm.query';
import { UpdatePartnerMutation } from '@/features/partners/graphql/UpdatePartner.mutation';
import {
  PARTNER_FIELDS,
  PARTNER_NAME_CONFLICT,
  partnerSchema,
  type PartnerFormOutput,
  type PartnerFormValues,
} from '@/features/partners/utils/partnerForm';
import type { PartnerSavedState } from '@/features/partners/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';

/** A partner as its form shows it. Adding or changing one returns the same, for the cache. */
export const EditPartnerForm_partner = graphql(`
  fragment EditPartnerForm_partner on Partner {
    id
    name
    kind
    website
    description
    contactEmail
    contactPhone
  }
`);

type Partner = EditPartnerForm_PartnerFragment;

function formValues(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    kind: partner.kind,
    website: partner.website ?? '',
    description: partner.description ?? '',
    contactEmail: partner.contactEmail ?? '',
    contactPhone: partner.contactPhone ?? '',
  };
}

export function EditPartnerForm({ partner }: { partner: Partner }) {
  const [updatePartner, { loading }] = useMutation(UpdatePartnerMutation);
  const partnerHref = `/partners/${partner.id}`;
  const { register, errors, submission } = useFormPage<PartnerFormValues, PartnerFormOutput>({
    resolver: zodResolver(partnerSchema),
    defaultValues: formValues(partner),
    fields: PARTNER_FIELDS,
    conflict: PARTNER_NAME_CONFLICT,
    save: async (values) => {
      // Empty optional boxes are sent as null, which clears them.
      await updatePartner({ variables: { input: { id: partner.id, ...values } } });
      const state: PartnerSavedState = { saved: 'partnerUpdated' };
      return { to: partnerHref, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Change partner: ${partner.name}`}
      backLink={{ to: partnerHref, text: `Back to ${partner.name}` }}
      caption={partner.name}
      heading="Change partner"
      submitText="Save partner"
      saving={loading}
    >
      <PartnerFormFields register={register} errors={errors} />
    </FormPage>
  );
}

function EditPartnerLoader() {
  const { id = '' } = useParams();
  const result = useQuery(EditPartnerFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => (
        <EditPartnerForm
          key={data.partner.id}
          partner={getFragmentData(EditPartnerForm_partner, data.partner)}
        />
      )}
    </QueryResult>
  );
}

export function EditPartnerPage() {
  return (
    <RequireSignIn adminTask="change partners">
      <EditPartnerLoader />
    </RequireSignIn>
  );
}
