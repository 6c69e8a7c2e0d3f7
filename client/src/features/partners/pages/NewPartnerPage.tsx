import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Page, PageHeading } from '@/components/Page';
import { RequireAdmin } from '@/features/auth/components/RequireAdmin';
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
import { useServerErrors } from '@/hooks/useServerErrors';
import { summaryItems } from '@/utils/formErrors';

const FIELD_NAMES = PARTNER_FIELDS.map((f) => f.name);

export function NewPartnerForm() {
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<
    PartnerFormValues,
    unknown,
    PartnerFormOutput
  >({
    resolver: zodResolver(partnerSchema),
    defaultValues: EMPTY_PARTNER_FORM,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES, PARTNER_NAME_CONFLICT);
  const [createPartner, { loading }] = useMutation(CreatePartnerMutation);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    let id: string;
    try {
      const result = await createPartner({
        variables: { input: values },
        // The directory (and every partner list in a form) now includes the new partner.
        refetchQueries: [{ query: PartnersListQuery }],
      });
      id = result.data!.createPartner.id;
    } catch (error) {
      server.show(error);
      return;
    }
    const state: PartnerSavedState = { saved: 'partnerCreated' };
    navigate(`/partners/${id}`, { state });
  });

  const errors = summaryItems(formState.errors, PARTNER_FIELDS, server.messages);
  return (
    <Page
      title="Add a partner"
      error={errors.length > 0}
      beforeContent={<BackLink to="/partners">Back to partners</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading>Add a partner</PageHeading>
          <form onSubmit={onSubmit} noValidate>
            <PartnerFormFields register={register} errors={formState.errors} />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Add partner
              </Button>
              <Link className="govuk-link" to="/partners">
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

export function NewPartnerPage() {
  return (
    <RequireAdmin task="add partners">
      <NewPartnerForm />
    </RequireAdmin>
  );
}
