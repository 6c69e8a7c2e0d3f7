import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { TextInput } from '@/components/TextInput';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { RoleFields } from '@/features/users/components/RoleFields';
import { InviteUserMutation } from '@/features/users/graphql/InviteUser.mutation';
import { UserFormQuery } from '@/features/users/graphql/UserForm.query';
import type { UserSavedState } from '@/features/users/utils/savedState';
import {
  EMAIL_CONFLICT,
  EMPTY_INVITE_FORM,
  INVITE_USER_FIELDS,
  inviteUserSchema,
  type InviteUserFormOutput,
  type InviteUserFormValues,
} from '@/features/users/utils/userForms';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';

export function InviteUserForm({ partners }: { partners: { id: string; name: string }[] }) {
  const [inviteUser, { loading }] = useMutation(InviteUserMutation);
  const { register, errors, submission } = useFormPage<InviteUserFormValues, InviteUserFormOutput>({
    resolver: zodResolver(inviteUserSchema),
    defaultValues: EMPTY_INVITE_FORM,
    fields: INVITE_USER_FIELDS,
    conflict: EMAIL_CONFLICT,
    save: async (values) => {
      await inviteUser({ variables: { input: values } });
      const state: UserSavedState = { saved: 'invited', email: values.email };
      return { to: '/users', state };
    },
  });
  const field = fieldProps(register, errors);

  return (
    <FormPage
      submission={submission}
      title="Invite a user"
      backLink={{ to: '/users', text: 'Back to users' }}
      heading="Invite a user"
      intro={
        <p className="govuk-body">
          We will email them a link to choose a password. The link works for 7 days.
        </p>
      }
      submitText="Send invitation"
      saving={loading}
    >
      <TextInput
        label="Email address"
        hint="Their work email address. They sign in with it."
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...field.input('email')}
      />
      <TextInput label="Full name" autoComplete="off" spellCheck={false} {...field.input('name')} />
      <RoleFields register={register} errors={errors} partners={partners} />
    </FormPage>
  );
}

function InviteUserLoader() {
  const result = useQuery(UserFormQuery);
  return <QueryResult result={result}>{(data) => <InviteUserForm partners={data.partners} />}</QueryResult>;
}

export function InviteUserPage() {
  return (
    <RequireSignIn adminTask="manage users">
      <InviteUserLoader />
    </RequireSignIn>
  );
}
