import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { IndicatorFormFields, type PlanChoices } from '@/features/indicators/components/IndicatorFormFields';
import { CreateIndicatorMutation } from '@/features/indicators/graphql/CreateIndicator.mutation';
import { IndicatorFormQuery } from '@/features/indicators/graphql/IndicatorForm.query';
import {
  CREATE_INDICATOR_FIELDS,
  createIndicatorSchema,
  EMPTY_INDICATOR_FORM,
  type CreateIndicatorOutput,
  type IndicatorFormValues,
} from '@/features/indicators/utils/indicatorForm';
import type { IndicatorSavedState } from '@/features/indicators/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { personalDataFindings, type PersonalDataFinding } from '@/utils/personalData';

export function NewIndicatorForm({ plans }: { plans: PlanChoices }) {
  const [createIndicator, { loading }] = useMutation(CreateIndicatorMutation);
  // The privacy guardrail's findings from the last save, and the writer's confirmation.
  const [personalData, setPersonalData] = useState<PersonalDataFinding[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const { register, errors, submission } = useFormPage<IndicatorFormValues, CreateIndicatorOutput>({
    resolver: zodResolver(createIndicatorSchema),
    defaultValues: EMPTY_INDICATOR_FORM,
    fields: CREATE_INDICATOR_FIELDS,
    save: async ({ definitionChangedOn: _notNew, baselineValue, tolerancePercent, ...values }) => {
      const { data } = await createIndicator({
        variables: {
          input: {
            ...values,
            baselineValue: baselineValue!,
            tolerancePercent: tolerancePercent!,
            ...(confirmed ? { confirmPersonalData: true } : {}),
          },
        },
      }).catch((error: unknown) => {
        setPersonalData(personalDataFindings(error));
        throw error;
      });
      const state: IndicatorSavedState = { saved: 'created' };
      return { to: `/indicators/${data!.createIndicator.id}`, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title="Add an indicator"
      backLink={{ to: '/indicators', text: 'Back to indicators' }}
      heading="Add an indicator"
      intro={
        <p className="govuk-body">
          An indicator is a measure with a baseline and, usually, a target. After adding it, add its values
          for each period.
        </p>
      }
      submitText="Add indicator"
      saving={loading}
    >
      <IndicatorFormFields mode="create" register={register} errors={errors} plans={plans} />
      <PersonalDataConfirm
        findings={personalData}
        fieldLabels={{ name: 'Name', definition: 'Definition', caveat: 'Caveat' }}
        inputProps={{ checked: confirmed, onChange: (e) => setConfirmed(e.target.checked) }}
      />
    </FormPage>
  );
}

function NewIndicatorLoader() {
  const result = useQuery(IndicatorFormQuery, { fetchPolicy: 'network-only' });
  return <QueryResult result={result}>{(data) => <NewIndicatorForm plans={data.plans} />}</QueryResult>;
}

export function NewIndicatorPage() {
  return (
    <RequireSignIn adminTask="add indicators">
      <NewIndicatorLoader />
    </RequireSignIn>
  );
}
