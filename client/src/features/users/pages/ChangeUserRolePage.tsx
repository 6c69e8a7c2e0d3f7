import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '@/__generated__';
import type { UserSummary_UserFragment } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { FindUser } from '@/features/users/components/FindUser';
import { RoleFields } from '@/features/users/components/RoleFields';
import { UserSummary_user } from '@/features/users/components/UserSummary';
import { ChangeUserRoleMutation } from '@/features/users/graphql/ChangeUserRole.mutation';
import { UserFormQuery } from '@/features/users/graphql/UserForm.query';
import type { UserSavedState } from '@/features/users/utils/savedState';
import {
  CHANGE_ROLE_FIELDS,
  changeRoleSchema,
  type ChangeRoleFormOutput,
  type ChangeRoleFormValues,
} from '@/features/users/utils/userForms';
import { useFormPage } from '@/hooks/useFormPage';

export function ChangeUserRoleForm({
  user,
  partners,
}: {
  user: UserSummary_UserFragment;
  partners: { id: string; name: string }[];
}) {
  const [changeRole, { loading }] = useMutation(ChangeUserRoleMutation);
  const userHref = `/users/${user.id}`;
  const { register, errors, submission } = useFormPage<ChangeRoleFormValues, ChangeRoleFormOutput>({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: { role: user.role, partnerId: user.partner.id },
    fields: CHANGE_ROLE_FIELDS,
    save: async (values) => {
      await changeRole({ variables: { input: { id: user.id, ...values } } });
      const state: UserSavedState = { saved: 'roleChanged' };
      return { to: userHref, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Change role: ${user.name}`}
      backLink={{ to: userHref, text: `Back to ${user.name}` }}
      caption={user.name}
      heading="Change role"
      intro={<p className="govuk-body">The change applies the next time they load a page.</p>}
      submitText="Save role"
      saving={loading}
    >
      <RoleFields register={register} errors={errors} partners={partners} />
    </FormPage>
  );
}

function ChangeUserRoleLoader() {
  const { id = '' } = useParams();
  const result = useQuery(UserFormQuery);
  return (
    <FindUser id={id}>
      {(found) => (
        <QueryResult result={result}>
          {(data) => (
            <ChangeUserRoleForm
              key={found.id}
              user={getFragmentData(UserSummary_user, found)}
              partners={data.partners}
            />
          )}
        </QueryResult>
      )}
    </FindUser>
  );
}

export function ChangeUserRolePage() {
  return (
    <RequireSignIn adminTask="manage users">
      <ChangeUserRoleLoader />
    </RequireSignIn>
  );
}
