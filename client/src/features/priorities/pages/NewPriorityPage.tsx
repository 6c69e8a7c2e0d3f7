import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { Textarea } from '@/components/Textarea';
import { TextInput } from '@/components/TextInput';
import { RequireAdmin } from '@/features/auth/components/RequireAdmin';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { CreatePriorityMutation } from '@/features/priorities/graphql/CreatePriority.mutation';
import { NewPriorityFormQuery } from '@/features/priorities/graphql/NewPriorityForm.query';
import {
  nextPriorityNumber,
  PRIORITY_FIELDS,
  PRIORITY_NUMBER_CONFLICT,
  prioritySchema,
  type PriorityFormOutput,
  type PriorityFormValues,
} from '@/features/priorities/utils/priorityForm';
import { useServerErrors } from '@/hooks/useServerErrors';
import { fieldError, summaryItems } from '@/utils/formErrors';

const FIELD_NAMES = PRIORITY_FIELDS.map((f) => f.name);

export interface NewPriorityFormProps {
  plan: { id: string; slug: string; title: string; priorities: { number: number }[] };
}

export function NewPriorityForm({ plan }: NewPriorityFormProps) {
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<
    PriorityFormValues,
    unknown,
    PriorityFormOutput
  >({
    resolver: zodResolver(prioritySchema),
    defaultValues: { number: nextPriorityNumber(plan.priorities), title: '', description: '' },
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES, PRIORITY_NUMBER_CONFLICT);
  const [createPriority, { loading }] = useMutation(CreatePriorityMutation);
  const planHref = `/plans/${plan.slug}`;

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    let number: number;
    try {
      const result = await createPriority({ variables: { input: { planId: plan.id, ...values } } });
      number = result.data!.createPriority.number;
    } catch (error) {
      server.show(error);
      return;
    }
    const state: PlanSavedState = { saved: 'priorityCreated', number };
    navigate(planHref, { state });
  });

  const errors = summaryItems(formState.errors, PRIORITY_FIELDS, server.messages);
  const error = (name: string) => fieldError(formState.errors, name);
  return (
    <Page
      title={`Add a priority to ${plan.title}`}
      error={errors.length > 0}
      beforeContent={<BackLink to={planHref}>Back to {plan.title}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading caption={plan.title}>Add a priority</PageHeading>
          <form onSubmit={onSubmit} noValidate>
            <TextInput
              id="number"
              label="Number"
              hint="Its place in the plan, from 1 to 99. Each priority in a plan has its own number."
              inputMode="numeric"
              widthClass="govuk-input--width-2"
              spellCheck={false}
              error={error('number')}
              {...register('number')}
            />
            <TextInput
              id="title"
              label="Title"
              hint="For example, ‘Preventing and tackling rural crime’"
              error={error('title')}
              {...register('title')}
            />
            <Textarea
              id="description"
              label="Description (optional)"
              error={error('description')}
              {...register('description')}
            />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Add priority
              </Button>
              <Link className="govuk-link" to={planHref}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

function NewPriorityLoader() {
  const { slug = '' } = useParams();
  const { data, error, loading } = useQuery(NewPriorityFormQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="form" /> : <QueryError error={error} />;
  return <NewPriorityForm plan={data.plan} />;
}

export function NewPriorityPage() {
  return (
    <RequireAdmin task="add priorities">
      <NewPriorityLoader />
    </RequireAdmin>
  );
}
