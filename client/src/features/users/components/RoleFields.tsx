import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { Radios } from '@/components/Checkboxes';
import { Select } from '@/components/Select';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import { ROLE_HINTS, ROLES } from '@/features/users/utils/labels';
import { fieldProps } from '@/utils/fieldProps';

interface RoleValues extends FieldValues {
  role: string;
  partnerId: string;
}

/** What a user may do, and the organisation they work for: inviting someone, and changing their role. */
export function RoleFields<T extends RoleValues>({
  register,
  errors,
  partners,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  partners: { id: string; name: string }[];
}) {
  const field = fieldProps(register, errors);
  return (
    <>
      <Radios
        legend="Role"
        legendSize="s"
        hint="What they can do in the service"
        items={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_HINTS[r] }))}
        {...field.choices('role' as Path<T>)}
      />
      <Select
        label="Organisation"
        hint="The partner they work for. The Commissioner’s team works for the Commissioner’s office."
        options={[
          { value: '', label: 'Select an organisation' },
          ...partners.map((p) => ({ value: p.id, label: p.name })),
        ]}
        {...field.input('partnerId' as Path<T>)}
      />
    </>
  );
}
