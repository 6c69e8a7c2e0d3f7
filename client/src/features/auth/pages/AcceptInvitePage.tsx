import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Page } from '@/components/Page';
import { ConfirmationPanel } from '@/components/Panel';
import { NewPasswordFields } from '@/features/auth/components/NewPasswordFields';
import { PublicFormPage } from '@/features/auth/components/PublicFormPage';
import { AcceptInviteMutation } from '@/features/auth/graphql/AcceptInvite.mutation';
import {
  EMPTY_PASSWORD_FORM,
  newPasswordSchema,
  PASSWORD_FIELDS,
  type PasswordFormOutput,
  type PasswordFormValues,
} from '@/features/auth/utils/passwordForm';
import { useFormPage } from '@/hooks/useFormPage';

const schema = newPasswordSchema('Password');

function PasswordCreated() {
  return (
    <Page title="Password created">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title="Password created">Your account is ready</ConfirmationPanel>
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              Sign in
            </Link>{' '}
            with your email address and your new password.
          </p>
        </div>
      </div>
    </Page>
  );
}

/** Where the link in an invitation email lands: the new user chooses their password. */
export function AcceptInvitePage() {
  const { token = '' } = useParams();
  const [done, setDone] = useState(false);
  const [acceptInvite, { loading }] = useMutation(AcceptInviteMutation);
  const { register, errors, submission } = useFormPage<PasswordFormValues, PasswordFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: EMPTY_PASSWORD_FORM,
    fields: PASSWORD_FIELDS,
    save: async ({ password }) => {
      // A used or expired link is refused as bad input about the token: shown in the summary.
      await acceptInvite({ variables: { input: { token, password } } });
      setDone(true);
    },
  });

  if (done) return <PasswordCreated />;
  return (
    <PublicFormPage
      submission={submission}
      title="Create your password"
      intro={
        <p className="govuk-body">
          You have been invited to Partnership Tracker. Choose a password: you will sign in with your email
          address and this password. A few unrelated words together make a password that is long and easy to
          remember.
        </p>
      }
      submitText="Create password"
      saving={loading}
    >
      <NewPasswordFields
        register={register}
        errors={errors}
        labels={{ password: 'Password', confirm: 'Confirm password' }}
      />
    </PublicFormPage>
  );
}
