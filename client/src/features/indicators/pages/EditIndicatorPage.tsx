import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '@/__generated__';
import type { EditIndicatorForm_IndicatorFragment, UpdateIndicatorInput } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { SummaryList } from '@/components/SummaryList';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { IndicatorFormFields, type PlanChoices } from '@/features/indicators/components/IndicatorFormFields';
import { EditIndicatorFormQuery } from '@/features/indicators/graphql/EditIndicatorForm.query';
import { IndicatorDetailQuery } from '@/features/indicators/graphql/IndicatorDetail.query';
import { UpdateIndicatorMutation } from '@/features/indicators/graphql/UpdateIndicator.mutation';
import {
  definitionChanged,
  EDIT_INDICATOR_FIELDS,
  editIndicatorSchema,
  EMPTY_INDICATOR_FORM,
  type EditIndicatorOutput,
  type IndicatorFormValues,
} from '@/features/indicators/utils/indicatorForm';
import { FREQUENCY_LABELS, UNIT_LABELS } from '@/features/indicators/utils/labels';
import type { IndicatorSavedState } from '@/features/indicators/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { personalDataFindings, type PersonalDataFinding } from '@/utils/personalData';
import { isoToDateParts } from '@/utils/dates';

/** An indicator as its form shows it. Saving returns the same, so the form's cache is up to date. */
export const EditIndicatorForm_indicator = graphql(`
  fragment EditIndicatorForm_indicator on Indicator {
    id
    name
    definition
    dataSource
    caveat
    unit
    frequency
    direction
    baselineLabel
    baselineValue
    targetValue
    targetDate
    tolerancePercent
    published
    exampleData
    version
    priorities {
      id
    }
  }
`);

type Indicator = EditIndicatorForm_IndicatorFragment;

const text = (n: number | null) => (n === null ? '' : String(n));

function formValues(indicator: Indicator): IndicatorFormValues {
  return {
    ...EMPTY_INDICATOR_FORM,
    name: indicator.name,
    definition: indicator.definition,
    dataSource: indicator.dataSource,
    caveat: indicator.caveat ?? '',
    direction: indicator.direction,
    baselineLabel: indicator.baselineLabel,
    baselineValue: text(indicator.baselineValue),
    targetValue: text(indicator.targetValue),
    targetDate: isoToDateParts(indicator.targetDate),
    tolerancePercent: text(indicator.tolerancePercent),
    priorityIds: indicator.priorities.map((p) => p.id),
    published: indicator.published,
    exampleData: indicator.exampleData,
  };
}

export function EditIndicatorForm({ indicator, plans }: { indicator: Indicator; plans: PlanChoices }) {
  const [updateIndicator, { loading }] = useMutation(UpdateIndicatorMutation);
  // The privacy guardrail's findings from the last save, and the writer's confirmation.
  const [personalData, setPersonalData] = useState<PersonalDataFinding[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const href = `/indicators/${indicator.id}`;
  const { register, errors, submission, form } = useFormPage<IndicatorFormValues, EditIndicatorOutput>({
    resolver: zodResolver(editIndicatorSchema),
    defaultValues: formValues(indicator),
    fields: EDIT_INDICATOR_FIELDS,
    save: async ({
      definitionChangedOn,
      baselineValue,
      tolerancePercent,
      unit: _u,
      frequency: _f,
      ...values
    }) => {
      const redefined = definitionChanged(indicator.definition, values.definition);
      const input: UpdateIndicatorInput = {
        id: indicator.id,
        expectedVersion: indicator.version,
        ...values,
        baselineValue: baselineValue!,
        tolerancePercent: tolerancePercent!,
        ...(redefined && definitionChangedOn ? { definitionChangedOn } : {}),
        ...(confirmed ? { confirmPersonalData: true } : {}),
      };
      await updateIndicator({
        variables: { input },
        // The page shows the definition's history, which this may add to.
        refetchQueries: [{ query: IndicatorDetailQuery, variables: { id: indicator.id } }],
        awaitRefetchQueries: true,
      }).catch((error: unknown) => {
        setPersonalData(personalDataFindings(error));
        throw error;
      });
      const state: IndicatorSavedState = { saved: 'updated', definitionChanged: redefined };
      return { to: href, state };
    },
  });
  const askDefinitionDate = definitionChanged(indicator.definition, form.watch('definition'));

  return (
    <FormPage
      submission={submission}
      title={`Change ${indicator.name}`}
      backLink={{ to: href, text: 'Back to the indicator' }}
      caption={indicator.name}
      heading="Change indicator"
      intro={
        <>
          <p className="govuk-body">
            A new definition is kept with the date it took effect, and shown on the indicator’s page, so
            readers know when figures stop comparing directly.
          </p>
          <SummaryList
            rows={[
              { key: 'Unit', value: UNIT_LABELS[indicator.unit] },
              { key: 'Reported', value: FREQUENCY_LABELS[indicator.frequency] },
            ]}
          />
          <p className="govuk-body">The unit and how often values are reported cannot be changed.</p>
        </>
      }
      submitText="Save changes"
      saving={loading}
      after={
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <p className="govuk-body">
            <Link className="govuk-link" to={`${href}/archive`}>
              Archive this indicator
            </Link>{' '}
            if it is no longer reported.
          </p>
        </>
      }
    >
      <IndicatorFormFields
        mode="edit"
        register={register}
        errors={errors}
        plans={plans}
        askDefinitionDate={askDefinitionDate}
      />
      <PersonalDataConfirm
        findings={personalData}
        fieldLabels={{ name: 'Name', definition: 'Definition', caveat: 'Caveat' }}
        inputProps={{ checked: confirmed, onChange: (e) => setConfirmed(e.target.checked) }}
      />
    </FormPage>
  );
}

function EditIndicatorLoader() {
  const { id = '' } = useParams();
  const result = useQuery(EditIndicatorFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => {
        const indicator = getFragmentData(EditIndicatorForm_indicator, data.indicator);
        // Remount on a new version, so the form starts from what the server holds.
        return (
          <EditIndicatorForm
            key={`${indicator.id}-${indicator.version}`}
            indicator={indicator}
            plans={data.plans}
          />
        );
      }}
    </QueryResult>
  );
}

export function EditIndicatorPage() {
  return (
    <RequireSignIn adminTask="change indicators">
      <EditIndicatorLoader />
    </RequireSignIn>
  );
}
