import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { getFragmentData } from '@/__generated__';
import type { UserSummary_UserFragment } from '@/__generated__/graphql';
import type { ButtonProps } from '@/components/Button';
import { FormPage } from '@/components/FormPage';
import { WarningText } from '@/components/WarningText';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { FindUser } from '@/features/users/components/FindUser';
import { UserSummary_user } from '@/features/users/components/UserSummary';
import { DeactivateUserMutation } from '@/features/users/graphql/DeactivateUser.mutation';
import { ReactivateUserMutation } from '@/features/users/graphql/ReactivateUser.mutation';
import { ResendInviteMutation } from '@/features/users/graphql/ResendInvite.mutation';
import type { UserSavedState } from '@/features/users/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';

type User = UserSummary_UserFragment;

// A confirmation has no boxes: only the API's refusals show in its error summary.
const NO_FIELDS = [] as const;

/** The check before changing an account: what will happen, a button that does it, and a way out. */
function AccountConfirm({
  user,
  question,
  intro,
  submitText,
  submitVariant,
  run,
  saving,
  saved,
}: {
  user: User;
  question: string;
  intro: ReactNode;
  submitText: string;
  submitVariant?: ButtonProps['variant'];
  run: () => Promise<unknown>;
  saving: boolean;
  saved: UserSavedState;
}) {
  const userHref = `/users/${user.id}`;
  const { submission } = useFormPage({
    fields: NO_FIELDS,
    save: async () => {
      await run();
      return { to: userHref, state: saved };
    },
  });
  return (
    <FormPage
      submission={submission}
      title={question}
      backLink={{ to: userHref, text: `Back to ${user.name}` }}
      caption={user.name}
      heading={question}
      intro={intro}
      submitText={submitText}
      submitVariant={submitVariant}
      saving={saving}
    />
  );
}

export function DeactivateUserConfirm({ user }: { user: User }) {
  const [deactivate, { loading }] = useMutation(DeactivateUserMutation);
  return (
    <AccountConfirm
      user={user}
      question={`Are you sure you want to deactivate ${user.name}’s account?`}
      intro={
        <>
          <p className="govuk-body">
            They will be signed out at once and will not be able to sign in. Any invitation or password reset
            link sent to them stops working.
          </p>
          <p className="govuk-body">What they did stays in the audit trail.</p>
          <WarningText>You can reactivate the account later.</WarningText>
        </>
      }
      submitText="Deactivate account"
      submitVariant="warning"
      saving={loading}
      run={() => deactivate({ variables: { input: { id: user.id } } })}
      saved={{ saved: 'deactivated' }}
    />
  );
}

export function ReactivateUserConfirm({ user }: { user: User }) {
  const [reactivate, { loading }] = useMutation(ReactivateUserMutation);
  return (
    <AccountConfirm
      user={user}
      question={`Are you sure you want to reactivate ${user.name}’s account?`}
      intro={
        <>
          <p className="govuk-body">They will be able to sign in again with their old password.</p>
          <p className="govuk-body">
            If they had not chosen a password yet, send them a new invitation once the account is active.
          </p>
        </>
      }
      submitText="Reactivate account"
      saving={loading}
      run={() => reactivate({ variables: { input: { id: user.id } } })}
      saved={{ saved: 'reactivated' }}
    />
  );
}

export function ResendInviteConfirm({ user }: { user: User }) {
  const [resend, { loading }] = useMutation(ResendInviteMutation);
  return (
    <AccountConfirm
      user={user}
      question={`Send a new invitation to ${user.name}?`}
      intro={
        <>
          <p className="govuk-body">
            We will email a new invitation to {user.email}. The link in it works for 7 days.
          </p>
          <p className="govuk-body">The link in their earlier invitation will stop working.</p>
        </>
      }
      submitText="Send invitation"
      saving={loading}
      run={() => resend({ variables: { input: { id: user.id } } })}
      saved={{ saved: 'inviteResent', email: user.email ?? '' }}
    />
  );
}

function AccountLoader({ confirm: Confirm }: { confirm: (props: { user: User }) => ReactNode }) {
  const { id = '' } = useParams();
  return (
    <FindUser id={id}>
      {(found) => <Confirm key={found.id} user={getFragmentData(UserSummary_user, found)} />}
    </FindUser>
  );
}

export function DeactivateUserPage() {
  return (
    <RequireSignIn adminTask="manage users">
      <AccountLoader confirm={DeactivateUserConfirm} />
    </RequireSignIn>
  );
}

export function ReactivateUserPage() {
  return (
    <RequireSignIn adminTask="manage users">
      <AccountLoader confirm={ReactivateUserConfirm} />
    </RequireSignIn>
  );
}

export function ResendInvitePage() {
  return (
    <RequireSignIn adminTask="manage users">
      <AccountLoader confirm={ResendInviteConfirm} />
    </RequireSignIn>
  );
}
