import { useForm, type Resolver } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { NewActionFormQuery as NewActionFormData } from '@/__generated__/graphql';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { NotFound, QueryError } from '@/components/QueryError';
import { ActionFormFields } from '@/features/actions/components/ActionFormFields';
import { CreateActionMutation } from '@/features/actions/graphql/CreateAction.mutation';
import { NewActionFormQuery } from '@/features/actions/graphql/NewActionForm.query';
import {
  actionFormFields,
  createActionSchema,
  EMPTY_ACTION_FORM,
  type ActionFormValues,
  type CreateActionOutput,
} from '@/features/actions/utils/actionForm';
import type { SavedState } from '@/features/actions/utils/savedState';
import { useMe } from '@/features/auth/hooks/useMe';
import { signInHref } from '@/features/auth/utils/returnTo';
import { useServerErrors } from '@/hooks/useServerErrors';
import { summaryItems } from '@/utils/formErrors';

const FIELDS = actionFormFields('create');
const FIELD_NAMES = FIELDS.map((f) => f.name);

type PlanWithPriority = NewActionFormData['plans'][number];
type Priority = PlanWithPriority['priorities'][number];

function NewActionForm({
  plan,
  priority,
  partners,
}: {
  plan: PlanWithPriority;
  priority: Priority;
  partners: NewActionFormData['partners'];
}) {
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<
    ActionFormValues,
    unknown,
    CreateActionOutput
  >({
    resolver: zodResolver(createActionSchema) as unknown as Resolver<
      ActionFormValues,
      unknown,
      CreateActionOutput
    >,
    defaultValues: EMPTY_ACTION_FORM,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES);
  const [createAction, { loading }] = useMutation(CreateActionMutation);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    let id: string;
    try {
      const result = await createAction({
        variables: {
          input: {
            priorityId: priority.id,
            ...values,
            supportingPartnerIds: values.supportingPartnerIds.filter((p) => p !== values.leadPartnerId),
          },
        },
        // The dashboard's counts and lists now include the new action.
        refetchQueries: ['PlanDashboard', 'ActionsTable'],
      });
      id = result.data!.createAction.id;
    } catch (error) {
      server.show(error);
      return;
    }
    const state: SavedState = { saved: 'created' };
    navigate(`/actions/${id}`, { state });
  });

  const errors = summaryItems(formState.errors, FIELDS, server.messages);
  return (
    <Page
      title={`Add an action to priority ${priority.number}`}
      error={errors.length > 0}
      beforeContent={<BackLink to={`/plans/${plan.slug}`}>Back to {plan.title}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading caption={`${plan.title}, priority ${priority.number}: ${priority.title}`}>
            Add an action to priority {priority.number}
          </PageHeading>
          <form onSubmit={onSubmit} noValidate>
            <ActionFormFields
              mode="create"
              register={register}
              errors={formState.errors}
              partners={partners}
            />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Add action
              </Button>
              <Link className="govuk-link" to={`/plans/${plan.slug}`}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

export function NewActionPage() {
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const { me, loading: meLoading } = useMe();
  const { data, error, loading } = useQuery(NewActionFormQuery, { skip: !me, fetchPolicy: 'network-only' });

  if (meLoading && me === undefined) return <Loading what="form" />;
  if (!me) return <Navigate to={signInHref(pathname)} replace />;
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="form" /> : <QueryError error={error} />;

  const plan = data.plans.find((p) => p.priorities.some((pr) => pr.id === id));
  const priority = plan?.priorities.find((pr) => pr.id === id);
  if (!plan || !priority) return <NotFound />;
  return <NewActionForm plan={plan} priority={priority} partners={data.partners} />;
}
