import { useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { NotFound } from '@/components/QueryError';
import { Select } from '@/components/Select';
import { TextInput } from '@/components/TextInput';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import { AddPartnerDomainMutation } from '@/features/sso/graphql/AddPartnerDomain.mutation';
import { PartnerDomainsQuery } from '@/features/sso/graphql/PartnerDomains.query';
import {
  DOMAIN_FIELDS,
  domainSchema,
  EMPTY_DOMAIN_FORM,
  type DomainFormOutput,
  type DomainFormValues,
} from '@/features/sso/utils/domainForm';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';

type Partner = { id: string; name: string };

function AddEmailDomainForm({
  partner,
  providers,
}: {
  partner: Partner;
  providers: { id: string; name: string }[];
}) {
  const navigate = useNavigate();
  const [add, { loading }] = useMutation(AddPartnerDomainMutation);
  const partnerHref = `/partners/${partner.id}`;
  const { register, errors, submission } = useFormPage<DomainFormValues, DomainFormOutput>({
    resolver: zodResolver(domainSchema),
    defaultValues: EMPTY_DOMAIN_FORM,
    fields: DOMAIN_FIELDS,
    save: async (values) => {
      await add({
        variables: { input: { partnerId: partner.id, ...values } },
        refetchQueries: [{ query: PartnerDomainsQuery, variables: { partnerId: partner.id } }],
      });
      navigate(partnerHref);
    },
  });
  const field = fieldProps(register, errors);
  return (
    <FormPage
      submission={submission}
      title="Add an email domain"
      backLink={{ to: partnerHref, text: `Back to ${partner.name}` }}
      caption={partner.name}
      heading="Add an email domain"
      intro={
        <p className="govuk-body">
          Anyone the sign-in provider vouches for at this domain will be able to sign in as staff of{' '}
          {partner.name}. Add a domain only when you know it belongs to {partner.name}.
        </p>
      }
      submitText="Add domain"
      saving={loading}
    >
      <TextInput
        label="Email domain"
        hint="The part of their email addresses after the @, like derbyshire.police.uk"
        spellCheck={false}
        autoComplete="off"
        {...field.input('domain')}
      />
      <Select
        label="Sign-in provider"
        hint="Choose one if this organisation’s staff must sign in through it"
        options={[
          { value: '', label: 'Any configured provider' },
          ...providers.map((p) => ({ value: p.id, label: p.name })),
        ]}
        {...field.input('providerId')}
      />
      <TextInput
        label="Tenant id (optional)"
        hint="For Microsoft Entra ID: the organisation’s directory (tenant) id, so only its accounts are accepted"
        spellCheck={false}
        autoComplete="off"
        {...field.input('tenantId')}
      />
      <Select
        label="New accounts are"
        hint="The role someone gets the first time they sign in. You can change it afterwards."
        options={(['PARTNER_EDITOR', 'PARTNER_LEAD', 'PANEL_VIEWER'] as const).map((role) => ({
          value: role,
          label: ROLE_LABELS[role],
        }))}
        {...field.input('defaultRole')}
      />
    </FormPage>
  );
}

function Loader() {
  const { id = '' } = useParams();
  const result = useQuery(PartnerDomainsQuery, { variables: { partnerId: id } });
  return (
    <QueryResult result={result}>
      {(data) =>
        data.partner ? (
          <AddEmailDomainForm partner={data.partner} providers={data.identityProviders} />
        ) : (
          <NotFound />
        )
      }
    </QueryResult>
  );
}

export function AddEmailDomainPage() {
  return (
    <RequireSignIn adminTask="add its email domains">
      <Loader />
    </RequireSignIn>
  );
}
