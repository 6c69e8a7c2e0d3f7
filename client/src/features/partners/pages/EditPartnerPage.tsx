import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { EditPartnerFormQuery as EditPartnerFormData } from '@/__generated__/graphql';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { RequireAdmin } from '@/features/auth/components/RequireAdmin';
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
import { useServerErrors } from '@/hooks/useServerErrors';
import { summaryItems } from '@/utils/formErrors';

const FIELD_NAMES = PARTNER_FIELDS.map((f) => f.name);

type Partner = EditPartnerFormData['partner'];

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
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<
    PartnerFormValues,
    unknown,
    PartnerFormOutput
  >({
    resolver: zodResolver(partnerSchema),
    defaultValues: formValues(partner),
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES, PARTNER_NAME_CONFLICT);
  const [updatePartner, { loading }] = useMutation(UpdatePartnerMutation);
  const partnerHref = `/partners/${partner.id}`;

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    try {
      // Empty optional boxes are sent as null, which clears them.
      await updatePartner({ variables: { input: { id: partner.id, ...values } } });
    } catch (error) {
      server.show(error);
      return;
    }
    const state: PartnerSavedState = { saved: 'partnerUpdated' };
    navigate(partnerHref, { state });
  });

  const errors = summaryItems(formState.errors, PARTNER_FIELDS, server.messages);
  return (
    <Page
      title={`Change partner: ${partner.name}`}
      error={errors.length > 0}
      beforeContent={<BackLink to={partnerHref}>Back to {partner.name}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading caption={partner.name}>Change partner</PageHeading>
          <form onSubmit={onSubmit} noValidate>
            <PartnerFormFields register={register} errors={formState.errors} />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Save partner
              </Button>
              <Link className="govuk-link" to={partnerHref}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

function EditPartnerLoader() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(EditPartnerFormQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="form" /> : <QueryError error={error} />;
  return <EditPartnerForm key={data.partner.id} partner={data.partner} />;
}

export function EditPartnerPage() {
  return (
    <RequireAdmin task="change partners">
      <EditPartnerLoader />
    </RequireAdmin>
  );
}
