import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '@/__generated__';
import type { ValueForm_IndicatorFragment } from '@/__generated__/graphql';
import { DateInput } from '@/components/DateInput';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ValueForm_indicator, ValueFormFields } from '@/features/indicators/components/ValueFormFields';
import { IndicatorDetailQuery } from '@/features/indicators/graphql/IndicatorDetail.query';
import { RecordMeasurementMutation } from '@/features/indicators/graphql/RecordMeasurement.mutation';
import { ValueFormQuery } from '@/features/indicators/graphql/ValueForm.query';
import { nextPeriodStart } from '@/features/indicators/utils/format';
import { PERIOD_START_HINTS } from '@/features/indicators/utils/labels';
import type { IndicatorSavedState } from '@/features/indicators/utils/savedState';
import {
  ADD_VALUE_FIELDS,
  addValueSchema,
  EMPTY_VALUE_FORM,
  type AddValueOutput,
  type ValueFormValues,
} from '@/features/indicators/utils/valueForm';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';
import { formatDate } from '@/utils/dates';

// A period that already has a value is refused with CONFLICT: say so by the date.
const PERIOD_TAKEN = { field: 'periodStart' };

export function AddValueForm({ indicator }: { indicator: ValueForm_IndicatorFragment }) {
  const [recordMeasurement, { loading }] = useMutation(RecordMeasurementMutation);
  const href = `/indicators/${indicator.id}`;
  const { register, errors, submission } = useFormPage<ValueFormValues, AddValueOutput>({
    resolver: zodResolver(addValueSchema),
    defaultValues: EMPTY_VALUE_FORM,
    fields: ADD_VALUE_FIELDS,
    conflict: PERIOD_TAKEN,
    save: async ({ periodStart, value, note }) => {
      const { data } = await recordMeasurement({
        variables: { input: { indicatorId: indicator.id, periodStart: periodStart!, value: value!, note } },
        // The latest value, status, trend and change since the baseline all follow from the series.
        refetchQueries: [{ query: IndicatorDetailQuery, variables: { id: indicator.id } }],
        awaitRefetchQueries: true,
      });
      const state: IndicatorSavedState = {
        saved: 'valueAdded',
        periodLabel: data?.recordMeasurement.periodLabel ?? '',
      };
      return { to: href, state };
    },
  });
  const field = fieldProps(register, errors);
  const { latest } = indicator;
  const next = latest ? nextPeriodStart(latest.periodStart, indicator.frequency) : null;

  return (
    <FormPage
      submission={submission}
      title={`Add a value to ${indicator.name}`}
      backLink={{ to: href, text: 'Back to the indicator' }}
      caption={indicator.name}
      heading="Add a value"
      intro={
        <>
          {latest && next && (
            <p className="govuk-body">
              The latest value is {latest.valueText} for {latest.periodLabel}. The next period starts on{' '}
              {formatDate(next)}.
            </p>
          )}
          <p className="govuk-body">
            To change a period that already has a value, correct it from its row instead.
          </p>
        </>
      }
      submitText="Add value"
      saving={loading}
    >
      <DateInput
        legend="Period start date"
        legendSize="s"
        hint={PERIOD_START_HINTS[indicator.frequency]}
        {...field.date('periodStart')}
      />
      <ValueFormFields unit={indicator.unit} register={register} errors={errors} />
    </FormPage>
  );
}

function AddValueLoader() {
  const { id = '' } = useParams();
  const result = useQuery(ValueFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => <AddValueForm indicator={getFragmentData(ValueForm_indicator, data.indicator)} />}
    </QueryResult>
  );
}

export function AddValuePage() {
  return (
    <RequireSignIn adminTask="add values to indicators">
      <AddValueLoader />
    </RequireSignIn>
  );
}
