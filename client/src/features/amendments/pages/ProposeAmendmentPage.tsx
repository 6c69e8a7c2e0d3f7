import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useFieldArray } from 'react-hook-form';
import { useMutation, useQuery } from '@apollo/client/react';
import { MERGE_SOURCES, type AmendablePlan } from '@partnership-tracker/domain';
import type { ProposeAmendmentFormQuery as FormData } from '@/__generated__/graphql';
import { Button } from '@/components/Button';
import { Checkboxes } from '@/components/Checkboxes';
import { DateInput } from '@/components/DateInput';
import { FormPage } from '@/components/FormPage';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { QueryResult } from '@/components/QueryResult';
import { Select } from '@/components/Select';
import { TextInput } from '@/components/TextInput';
import { Textarea } from '@/components/Textarea';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { NewActionFields } from '@/features/amendments/components/NewActionFields';
import { SplitParts } from '@/features/amendments/components/SplitParts';
import { ProposeAmendmentFormQuery } from '@/features/amendments/graphql/ProposeAmendmentForm.query';
import { ProposeAmendmentMutation } from '@/features/amendments/graphql/ProposeAmendment.mutation';
import {
  emptyChange,
  FORM_KINDS,
  proposeFields,
  proposeResolver,
  toProposeInput,
  type ProposeOutput,
  type ProposeValues,
} from '@/features/amendments/utils/proposeForm';
import { useFormPage } from '@/hooks/useFormPage';
import { formatDate } from '@/utils/dates';
import { fieldProps } from '@/utils/fieldProps';

type Plan = FormData['plan'];

/** The plan as the domain rules judge a proposal: what the form's query read. */
function amendable(plan: Plan, partners: FormData['partners']): AmendablePlan {
  const actions = plan.priorities.flatMap((p) => p.actions);
  return {
    status: plan.status,
    priorities: plan.priorities.map((p) => ({ id: p.id, archived: false })),
    actions: actions.map((a) => ({ ...a, archived: false })),
    milestones: actions.flatMap((a) => a.milestones.map((m) => ({ ...m, actionId: a.id, archived: false }))),
    partnerIds: partners.map((p) => p.id),
  };
}

/** The form, once the plan and the partners are read. */
export function ProposeForm({ plan, partners }: { plan: Plan; partners: FormData['partners'] }) {
  const [params] = useSearchParams();
  const [propose, { loading }] = useMutation(ProposeAmendmentMutation);
  const state = useMemo(() => amendable(plan, partners), [plan, partners]);
  const resolver = useMemo(() => proposeResolver(state), [state]);
  const actions = plan.priorities.flatMap((p) => p.actions);
  const defaultValues: ProposeValues = {
    title: '',
    reason: '',
    cycleId: '',
    changes: [emptyChange(params.get('action') ?? '')],
  };
  // The error summary's list grows with the changes; up to 20 are offered.
  const fields = useMemo(() => proposeFields(20), []);
  const { register, errors, submission, form, personalData } = useFormPage<ProposeValues, ProposeOutput>({
    resolver,
    defaultValues,
    fields,
    save: async (values, confirmed) => {
      const result = await propose({
        variables: { input: { ...toProposeInput(plan.id, values), ...confirmed } },
        refetchQueries: ['PlanAmendments'],
      });
      return { to: `/plans/${plan.slug}/amendments/${result.data!.proposeAmendment.number}`, state: null };
    },
  });
  const changes = useFieldArray({ control: form.control, name: 'changes' });
  const kinds = form.watch('changes').map((c) => c.kind);
  const field = fieldProps(register, errors);
  const choices = { priorities: plan.priorities, partners };
  const actionOptions = [
    { value: '', label: 'Choose an action' },
    ...actions.map((a) => ({
      value: a.id,
      label: `${a.ref} ${a.title}${a.dueDate ? ` (due ${formatDate(a.dueDate)})` : ''}`,
    })),
  ];
  const milestoneOptions = [
    { value: '', label: 'Choose a milestone' },
    ...actions.flatMap((a) =>
      a.milestones.map((m) => ({
        value: m.id,
        label: `${a.ref}: ${m.title} (due ${formatDate(m.dueDate)})`,
      })),
    ),
  ];

  return (
    <FormPage
      submission={submission}
      title={`Propose an amendment: ${plan.title}`}
      backLink={{ to: `/plans/${plan.slug}/amendments`, text: 'Back to amendments' }}
      caption={plan.title}
      heading="Propose an amendment"
      intro={
        <p className="govuk-body">
          The plan is active, so its agreed baseline changes only by amendment. Say what changes and why; once
          approved and applied, it makes a new version of the plan, and the Panel sees it in its next report.
        </p>
      }
      submitText="Propose amendment"
      saving={loading}
    >
      <TextInput
        label="Title"
        labelClassName="govuk-label--s"
        hint="For example, Later date for the hub launch"
        {...field.input('title')}
      />
      <Textarea
        label="Reason"
        labelClassName="govuk-label--s"
        hint="Why the plan changes. The Panel and the public read it."
        {...field.input('reason')}
      />
      <Select
        label="Agreed at a quarterly review (optional)"
        labelClassName="govuk-label--s"
        options={[
          { value: '', label: 'Not at a review' },
          ...plan.reviewCycles.map((c) => ({ value: c.id, label: c.quarter })),
        ]}
        {...field.input('cycleId')}
      />
      {changes.fields.map((item, i) => {
        const at = `changes.${i}` as const;
        const kind = kinds[i];
        const usesAction =
          kind && kind !== 'MOVE_MILESTONE' && kind !== 'ADD_ACTION' && kind !== 'MERGE_ACTIONS';
        return (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={item.id}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Change {i + 1}</legend>
            <Select
              label="What the change does"
              options={[{ value: '', label: 'Choose a change' }, ...FORM_KINDS]}
              {...field.input(`${at}.kind`)}
            />
            {usesAction && (
              <Select
                label={kind === 'SPLIT_ACTION' ? 'Action to split' : 'Action'}
                options={actionOptions}
                {...field.input(`${at}.actionId`)}
              />
            )}
            {kind === 'MOVE_DATES' && (
              <>
                <DateInput legend="New due date" {...field.date(`${at}.dueDate`)} />
                <DateInput
                  legend="New start date (optional)"
                  hint="Leave empty to keep the start date. For example, 1 4 2026"
                  {...field.date(`${at}.startDate`)}
                />
              </>
            )}
            {kind === 'MOVE_MILESTONE' && (
              <>
                <Select label="Milestone" options={milestoneOptions} {...field.input(`${at}.milestoneId`)} />
                <DateInput legend="New due date" {...field.date(`${at}.dueDate`)} />
              </>
            )}
            {kind === 'CHANGE_SCOPE' && (
              <>
                <TextInput
                  label="New title (optional)"
                  hint="Leave empty to keep the title"
                  {...field.input(`${at}.title`)}
                />
                <Textarea
                  label="New description (optional)"
                  hint="Leave empty to keep the description"
                  {...field.input(`${at}.description`)}
                />
              </>
            )}
            {kind === 'CHANGE_WEIGHT' && (
              <TextInput
                label="New weight"
                hint="A whole number from 1 to 10: the action’s share of its priority’s progress"
                widthClass="govuk-input--width-3"
                inputMode="numeric"
                {...field.input(`${at}.weight`)}
              />
            )}
            {kind === 'ADD_ACTION' && (
              <NewActionFields
                at={`${at}.newActions.0`}
                legend="The new action"
                weightHint="A whole number from 1 to 10. Leave empty for 1"
                field={field}
                choices={choices}
              />
            )}
            {kind === 'SPLIT_ACTION' && (
              <SplitParts index={i} control={form.control} errors={errors} field={field} choices={choices} />
            )}
            {kind === 'MERGE_ACTIONS' && (
              <>
                <Checkboxes
                  legend="Actions to merge"
                  legendSize="s"
                  hint={`Choose from ${MERGE_SOURCES.min} to ${MERGE_SOURCES.max}. They are retired and replaced by the merged action.`}
                  items={actions.map((a) => ({ value: a.id, label: `${a.ref} ${a.title}` }))}
                  small
                  {...field.choices(`${at}.actionIds`)}
                />
                <NewActionFields
                  at={`${at}.newActions.0`}
                  legend="The merged action"
                  weightHint="A whole number from 1 to 10. Leave empty to take the weight of the first action chosen"
                  field={field}
                  choices={choices}
                />
              </>
            )}
            {changes.fields.length > 1 && (
              <Button type="button" variant="secondary" onClick={() => changes.remove(i)}>
                Remove change {i + 1}
              </Button>
            )}
          </fieldset>
        );
      })}
      {changes.fields.length < 20 && (
        <Button type="button" variant="secondary" onClick={() => changes.append(emptyChange())}>
          Add another change
        </Button>
      )}
      <PersonalDataConfirm {...personalData} fieldLabels={{ title: 'Title', reason: 'Reason' }} />
    </FormPage>
  );
}

function ProposeAmendment() {
  const { slug = '' } = useParams();
  const result = useQuery(ProposeAmendmentFormQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => <ProposeForm plan={data.plan} partners={data.partners} />}
    </QueryResult>
  );
}

export function ProposeAmendmentPage() {
  return (
    <RequireSignIn adminTask="propose amendments">
      <ProposeAmendment />
    </RequireSignIn>
  );
}
