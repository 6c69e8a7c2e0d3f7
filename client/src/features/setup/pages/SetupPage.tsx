import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { TextInput } from '@/components/TextInput';
import { NewPasswordFields } from '@/features/auth/components/NewPasswordFields';
import { PublicFormPage } from '@/features/auth/components/PublicFormPage';
import { CompleteSetupMutation, SetupStatusQuery } from '@/features/setup/graphql/Setup.query';
import {
  EMPTY_SETUP_FORM,
  SETUP_FIELDS,
  setupSchema,
  type SetupFormOutput,
  type SetupFormValues,
} from '@/features/setup/utils/setupForm';
import { useFormPage } from '@/hooks/useFormPage';
import { formatMomentDate } from '@/utils/dates';
import { fieldProps } from '@/utils/fieldProps';

function LinkNotUsable() {
  return (
    <Page title="This setup link cannot be used">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">This setup link cannot be used</h1>
          <p className="govuk-body">The link has expired, has been used, or the service is already set up.</p>
          <p className="govuk-body">
            If the service has no administrator yet, restart the server: it prints a new link to its log. An
            administrator can also be made with <code>npm run user:create</code> on the server.
          </p>
        </div>
      </div>
    </Page>
  );
}

function SetupForm({ token, expiresAt }: { token: string; expiresAt: string }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [completeSetup, { loading }] = useMutation(CompleteSetupMutation);
  const { register, errors, submission } = useFormPage<SetupFormValues, SetupFormOutput>({
    resolver: zodResolver(setupSchema),
    defaultValues: EMPTY_SETUP_FORM,
    fields: SETUP_FIELDS,
    save: async ({ organisationName, name, email, password }) => {
      await completeSetup({ variables: { input: { token, organisationName, name, email, password } } });
      // Away from this page first: its link is used up now, and the page would say so.
      navigate('/settings', { state: { setUp: true } });
      // Signed in now: everything cached was fetched as the public.
      await client.resetStore();
    },
  });
  const field = fieldProps(register, errors);
  return (
    <PublicFormPage
      submission={submission}
      title="Set up the service"
      intro={
        <>
          <p className="govuk-body">
            This service has no administrator yet. You will be its first: you can then invite your colleagues
            and partners, and fill in your organisation’s settings.
          </p>
          <p className="govuk-body">This link works once, until {formatMomentDate(expiresAt)}.</p>
        </>
      }
      submitText="Set up the service"
      saving={loading}
    >
      <TextInput
        label="Your organisation’s name"
        hint="For example, Office of the Police and Crime Commissioner for Wessex"
        autoComplete="organization"
        {...field.input('organisationName')}
      />
      <TextInput label="Your full name" autoComplete="name" {...field.input('name')} />
      <TextInput
        label="Your email address"
        hint="You will sign in with it"
        type="email"
        spellCheck={false}
        autoComplete="email"
        {...field.input('email')}
      />
      <NewPasswordFields
        register={register}
        errors={errors}
        labels={{ password: 'Password', confirm: 'Confirm password' }}
      />
    </PublicFormPage>
  );
}

/** Where the first-run link from the server's log lands: the first admin sets up the service. */
export function SetupPage() {
  const { token = '' } = useParams();
  const result = useQuery(SetupStatusQuery, { variables: { token }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) =>
        data.setupStatus.usable && data.setupStatus.expiresAt ? (
          <SetupForm token={token} expiresAt={data.setupStatus.expiresAt} />
        ) : (
          <LinkNotUsable />
        )
      }
    </QueryResult>
  );
}
