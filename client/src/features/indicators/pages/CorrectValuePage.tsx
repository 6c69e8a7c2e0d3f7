import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '@/__generated__';
import type { ValueForm_IndicatorFragment } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { NotFound } from '@/components/QueryError';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ValueForm_indicator, ValueFormFields } from '@/features/indicators/components/ValueFormFields';
import { IndicatorDetailQuery } from '@/features/indicators/graphql/IndicatorDetail.query';
import { RecordMeasurementMutation } from '@/features/indicators/graphql/RecordMeasurement.mutation';
import { ValueFormQuery } from '@/features/indicators/graphql/ValueForm.query';
import type { IndicatorSavedState } from '@/features/indicators/utils/savedState';
import {
  CORRECT_VALUE_FIELDS,
  correctValueSchema,
  type CorrectValueOutput,
  type ValueFormValues,
} from '@/features/indicators/utils/valueForm';
import { useFormPage } from '@/hooks/useFormPage';
import { EMPTY_DATE } from '@/utils/dates';

type Measurement = ValueForm_IndicatorFragment['measurements'][number];

export function CorrectValueForm({
  indicator,
  measurement,
}: {
  indicator: ValueForm_IndicatorFragment;
  measurement: Measurement;
}) {
  const [recordMeasurement, { loading }] = useMutation(RecordMeasurementMutation);
  const href = `/indicators/${indicator.id}`;
  const { register, errors, submission } = useFormPage<ValueFormValues, CorrectValueOutput>({
    resolver: zodResolver(correctValueSchema),
    defaultValues: {
      periodStart: { ...EMPTY_DATE },
      value: String(measurement.value),
      note: measurement.note ?? '',
    },
    fields: CORRECT_VALUE_FIELDS,
    save: async ({ value, note }) => {
      await recordMeasurement({
        variables: {
          input: {
            indicatorId: indicator.id,
            periodStart: measurement.periodStart,
            value: value!,
            note,
            // The value as read: if someone else corrected it since, the API refuses with CONFLICT.
            expectedVersion: measurement.version,
          },
        },
        refetchQueries: [{ query: IndicatorDetailQuery, variables: { id: indicator.id } }],
        awaitRefetchQueries: true,
      });
      const state: IndicatorSavedState = { saved: 'valueCorrected', periodLabel: measurement.periodLabel };
      return { to: href, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Correct the value for ${measurement.periodLabel}`}
      backLink={{ to: href, text: 'Back to the indicator' }}
      caption={indicator.name}
      heading={`Correct the value for ${measurement.periodLabel}`}
      intro={
        <p className="govuk-body">
          The value now is {measurement.valueText}. It will be kept, with who recorded it and when, and shown
          as an earlier value to people who sign in.
        </p>
      }
      submitText="Save correction"
      saving={loading}
    >
      <ValueFormFields unit={indicator.unit} register={register} errors={errors} />
    </FormPage>
  );
}

function CorrectValueLoader() {
  const { id = '', measurementId = '' } = useParams();
  const result = useQuery(ValueFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => {
        const indicator = getFragmentData(ValueForm_indicator, data.indicator);
        const measurement = indicator.measurements.find((m) => m.id === measurementId);
        if (!measurement) return <NotFound />;
        // Remount on a new version, so the form starts from what the server holds.
        return (
          <CorrectValueForm
            key={`${measurement.id}-${measurement.version}`}
            indicator={indicator}
            measurement={measurement}
          />
        );
      }}
    </QueryResult>
  );
}

export function CorrectValuePage() {
  return (
    <RequireSignIn adminTask="correct values of indicators">
      <CorrectValueLoader />
    </RequireSignIn>
  );
}
