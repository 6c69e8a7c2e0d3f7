import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { Select } from '@/components/Select';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import {
  USER_FILTER_KEYS as F,
  userFiltersFromFormData,
  type UserFilterValues,
} from '@/features/users/utils/filters';
import { ROLES, USER_STATUS_LABELS, USER_STATUSES } from '@/features/users/utils/labels';

export interface UserFiltersProps {
  values: UserFilterValues;
  partners: { id: string; name: string }[];
  onApply: (values: UserFilterValues) => void;
}

/**
 * A plain GET form whose field names are the query-string keys. It is remounted when the URL
 * changes, so its boxes always show the filters in use.
 */
export function UserFilters({ values, partners, onApply }: UserFiltersProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(userFiltersFromFormData(new FormData(event.currentTarget)));
  };
  return (
    <div className="app-filter">
      <h2 className="govuk-heading-m">Filter users</h2>
      <form method="get" onSubmit={submit} noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="filter-organisation"
              name={F.partnerId}
              label="Organisation"
              defaultValue={values.partnerId}
              options={[
                { value: '', label: 'Any organisation' },
                ...partners.map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="filter-role"
              name={F.role}
              label="Role"
              defaultValue={values.role}
              options={[
                { value: '', label: 'Any role' },
                ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="filter-status"
              name={F.status}
              label="Status"
              defaultValue={values.status}
              options={[
                { value: '', label: 'Any status' },
                ...USER_STATUSES.map((s) => ({ value: s, label: USER_STATUS_LABELS[s] })),
              ]}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button type="submit" variant="secondary">
            Apply filters
          </Button>
          <Link className="govuk-link govuk-link--no-visited-state" to="/users">
            Clear filters
          </Link>
        </div>
      </form>
    </div>
  );
}
