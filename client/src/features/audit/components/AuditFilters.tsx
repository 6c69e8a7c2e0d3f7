import type { FormEventHandler } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { DateInput } from '@/components/DateInput';
import { Select } from '@/components/Select';
import { TextInput } from '@/components/TextInput';
import type { AuditFilterFormValues } from '@/features/audit/utils/filters';
import { AUDIT_OUTCOMES, OUTCOME_LABELS } from '@/features/audit/utils/labels';
import { fieldProps } from '@/utils/fieldProps';

export interface AuditFiltersProps {
  register: UseFormRegister<AuditFilterFormValues>;
  errors: FieldErrors<AuditFilterFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  people: { id: string; name: string; email: string | null }[];
  partners: { id: string; name: string }[];
  /** A person chosen in the address who is not in the list. */
  selectedUserId: string;
}

/** The GOV.UK filter pattern for the audit trail: who, which organisation and record, outcome, dates. */
export function AuditFilters({
  register,
  errors,
  onSubmit,
  people,
  partners,
  selectedUserId,
}: AuditFiltersProps) {
  const field = fieldProps(register, errors);
  const personOptions = people.map((u) => ({
    value: u.id,
    label: u.email ? `${u.name} (${u.email})` : u.name,
  }));
  if (selectedUserId && !people.some((u) => u.id === selectedUserId)) {
    personOptions.unshift({ value: selectedUserId, label: 'The person in the web address' });
  }
  return (
    <div className="app-filter">
      <h2 className="govuk-heading-m">Filter the audit trail</h2>
      <form method="get" onSubmit={onSubmit} noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              label="Person"
              hint="Who did it"
              options={[{ value: '', label: 'Anyone' }, ...personOptions]}
              {...field.input('userId')}
            />
            <Select
              label="Organisation"
              hint="The organisation they did it for"
              options={[
                { value: '', label: 'Any organisation' },
                ...partners.map((p) => ({ value: p.id, label: p.name })),
              ]}
              {...field.input('partnerId')}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput
              label="Record id"
              hint="The id at the end of an action’s, partner’s or user’s web address. An action’s id also finds its milestones."
              spellCheck={false}
              autoComplete="off"
              {...field.input('recordId')}
            />
            <Select
              label="Outcome"
              options={[
                { value: '', label: 'All' },
                ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] })),
              ]}
              {...field.input('outcome')}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <DateInput legend="From" hint="For example, 1 11 2026" {...field.date('from')} />
            <DateInput legend="To" hint="For example, 30 11 2026" {...field.date('to')} />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button type="submit" variant="secondary">
            Apply filters
          </Button>
          <Link className="govuk-link govuk-link--no-visited-state" to="/audit">
            Clear filters
          </Link>
        </div>
      </form>
    </div>
  );
}
