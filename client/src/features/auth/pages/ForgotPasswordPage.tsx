import { useState } from 'react';
import { Link } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { Page, PageHeading } from '@/components/Page';
import { TextInput } from '@/components/TextInput';
import { PublicFormPage } from '@/features/auth/components/PublicFormPage';
import { RequestPasswordResetMutation } from '@/features/auth/graphql/RequestPasswordReset.mutation';
import { signInEmailField } from '@/features/auth/utils/email';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';
import type { FormField } from '@/utils/formErrors';

const schema = z.object({ email: signInEmailField });
const FIELDS: FormField[] = [{ name: 'email' }];

function CheckYourEmail({ email, onTryAgain }: { email: string; onTryAgain: () => void }) {
  return (
    <Page title="Check your email">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading focusOnMount>Check your email</PageHeading>
          <p className="govuk-body">
            If there is an account for {email}, we have sent it a link to reset the password.
          </p>
          <p className="govuk-body">The link works for 1 hour, and only once.</p>
          <p className="govuk-body">
            If no email arrives within a few minutes, check your spam or junk folder, or{' '}
            <button type="button" className="app-link-button" onClick={onTryAgain}>
              try again
            </button>
            .
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              Back to sign in
            </Link>
          </p>
        </div>
      </div>
    </Page>
  );
}

/** Asks for a password reset link. The answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const { register, errors, submission } = useFormPage<z.input<typeof schema>, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { email: '' },
    fields: FIELDS,
    save: async ({ email }) => {
      await requestReset({ variables: { input: { email } } });
      setSentTo(email);
    },
  });
  const field = fieldProps(register, errors);

  if (sentTo !== null) return <CheckYourEmail email={sentTo} onTryAgain={() => setSentTo(null)} />;
  return (
    <PublicFormPage
      submission={submission}
      title="Reset your password"
      intro={
        <p className="govuk-body">
          Enter the email address you sign in with. We will email you a link to choose a new password.
        </p>
      }
      submitText="Send reset link"
      saving={loading}
      after={
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Back to sign in
          </Link>
        </p>
      }
    >
      <TextInput
        label="Email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        {...field.input('email')}
      />
    </PublicFormPage>
  );
}
