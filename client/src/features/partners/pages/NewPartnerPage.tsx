import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { FormPage } from '@/components/FormPage';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { PartnerFormFields } from '@/features/partners/components/PartnerFormFields';
import { CreatePartnerMutation } from '@/features/partners/graphql/CreatePartner.mutation';
import { PartnersListQuery } from '@/features/partners/graphql/PartnersList.query';
import {
  EMPTY_PARTNER_FORM,
  PARTNER_FIELDS,
  PARTNER_NAME_CONFLICT,
  partnerSchema,
  type PartnerFormOutput,
  type PartnerFormValues,
} from '@/features/partners/utils/partnerForm';
import type { PartnerSavedState } from '@/features/partners/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';

export function NewPartnerForm() {
  const [createPartner, { loading }] = useMutation(CreatePartnerMutation);
  const { register, errors, submission } = useFormPage<PartnerFormValues, PartnerFormOutput>({
    resolver: zodResolver(partnerSchema),
    defaultValues: EMPTY_PARTNER_FORM,
    fields: PARTNER_FIELDS,
    conflict: PARTNER_NAME_CONFLICT,
    save: async (values) => {
      const result = await createPartner({
        variables: { input: values },
        // The directory (and every partner list in a form) now includes the new partner.
        refetchQueries: [{ query: PartnersListQuery }],
      });
      const state: PartnerSavedState = { saved: 'partnerCreated' };
      return { to: `/partners/${result.data!.createPartner.id}`, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title="Add a partner"
      backLink={{ to: '/partners', text: 'Back to partners' }}
      heading="Add a partner"
      submitText="Add partner"
      saving={loading}
    >
      <PartnerFormFields register={register} errors={errors} />
    </FormPage>
  );
}

export function NewPartnerPage() {
  return (
    <RequireSignIn adminTask="add partners">
      <NewPartnerForm />
    </RequireSignIn>
  );
}
