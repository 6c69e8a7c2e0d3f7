import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Page } from '@/components/Page';
import { ConfirmationPanel } from '@/components/Panel';
import { NewPasswordFields } from '@/features/auth/components/NewPasswordFields';
import { PublicFormPage } from '@/features/auth/components/PublicFormPage';
import { ResetPasswordMutation } from '@/features/auth/graphql/ResetPassword.mutation';
import {
  EMPTY_PASSWORD_FORM,
  newPasswordSchema,
  PASSWORD_FIELDS,
  type PasswordFormOutput,
  type PasswordFormValues,
} from '@/features/auth/utils/passwordForm';
import { useFormPage } from '@/hooks/useFormPage';

const schema = newPasswordSchema('New password');

function PasswordChanged() {
  return (
    <Page title="Password changed">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title="Password changed" />
          <p className="govuk-body">You have been signed out on every device, to keep your account safe.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              Sign in
            </Link>{' '}
            with your new password.
          </p>
        </div>
      </div>
    </Page>
  );
}

/** Where the link in a password reset email lands. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const client = useApolloClient();
  const [done, setDone] = useState(false);
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const { register, errors, submission } = useFormPage<PasswordFormValues, PasswordFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: EMPTY_PASSWORD_FORM,
    fields: PASSWORD_FIELDS,
    save: async ({ password }) => {
      await resetPassword({ variables: { input: { token, password } } });
      setDone(true);
      // Every session of the account has ended, this browser's too if it was signed in.
      await client.resetStore();
    },
  });

  if (done) return <PasswordChanged />;
  return (
    <PublicFormPage
      submission={submission}
      title="Choose a new password"
      intro={
        <p className="govuk-body">
          A few unrelated words together make a password that is long and easy to remember. Changing it signs
          you out on every device.
        </p>
      }
      submitText="Change password"
      saving={loading}
    >
      <NewPasswordFields
        register={register}
        errors={errors}
        labels={{ password: 'New password', confirm: 'Confirm new password' }}
      />
    </PublicFormPage>
  );
}
