import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { Checkboxes } from '@/components/Checkboxes';
import { Select } from '@/components/Select';
import { TextInput } from '@/components/TextInput';
import {
  FILTER_FIELD_NAMES as F,
  filtersFromFormData,
  type ActionFilterValues,
} from '@/features/actions/utils/filters';
import { ACTION_STATUSES, RAG_LABELS, RAGS, STATUS_LABELS } from '@/features/actions/utils/labels';

export interface ActionFiltersProps {
  values: ActionFilterValues;
  partners: { id: string; name: string }[];
  clearHref: string;
  onApply: (values: ActionFilterValues) => void;
}

/**
 * The GOV.UK filter pattern: a plain GET form whose field names are the query-string keys.
 * It is remounted when the URL changes, so its boxes always show the filters in use.
 */
export function ActionFilters({ values, partners, clearHref, onApply }: ActionFiltersProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filtersFromFormData(new FormData(event.currentTarget)));
  };
  return (
    <div className="app-filter">
      <h3 className="govuk-heading-m">Filter actions</h3>
      <form method="get" onSubmit={submit} noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <TextInput
              id="filter-text"
              name={F.text}
              label="Search"
              hint="Reference, or words in the title or description"
              defaultValue={values.text}
              type="search"
              spellCheck={false}
            />
            <Select
              id="filter-partner"
              name={F.partnerId}
              label="Partner"
              hint="Actions it leads or supports"
              defaultValue={values.partnerId}
              options={[
                { value: '', label: 'All partners' },
                ...partners.map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Checkboxes
              idPrefix="filter-rag"
              name={F.rag}
              legend="RAG status"
              legendSize="s"
              small
              items={RAGS.map((rag) => ({
                value: rag,
                label: RAG_LABELS[rag],
                inputProps: { defaultChecked: values.rag.includes(rag) },
              }))}
            />
            <Checkboxes
              idPrefix="filter-overdue"
              name={F.overdue}
              legend="Due date"
              legendSize="s"
              small
              items={[
                { value: 'yes', label: 'Overdue only', inputProps: { defaultChecked: values.overdue } },
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Checkboxes
              idPrefix="filter-status"
              name={F.status}
              legend="Status"
              legendSize="s"
              small
              items={ACTION_STATUSES.map((status) => ({
                value: status,
                label: STATUS_LABELS[status],
                inputProps: { defaultChecked: values.status.includes(status) },
              }))}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button type="submit" variant="secondary">
            Apply filters
          </Button>
          <Link className="govuk-link govuk-link--no-visited-state" to={clearHref}>
            Clear filters
          </Link>
        </div>
      </form>
    </div>
  );
}
