import { useForm } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { z } from 'zod';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { WarningText } from '@/components/WarningText';
import { ActionDetailQuery } from '@/features/actions/graphql/ActionDetail.query';
import type { SavedState } from '@/features/actions/utils/savedState';
import { useMe } from '@/features/auth/hooks/useMe';
import { signInHref } from '@/features/auth/utils/returnTo';
import { MilestoneFormFields } from '@/features/milestones/components/MilestoneFormFields';
import { CreateMilestoneMutation } from '@/features/milestones/graphql/CreateMilestone.mutation';
import { NewMilestoneFormQuery } from '@/features/milestones/graphql/NewMilestoneForm.query';
import {
  EMPTY_MILESTONE_FORM,
  MILESTONE_FIELDS,
  milestoneSchema,
  type MilestoneFormValues,
} from '@/features/milestones/utils/milestoneForm';
import { useServerErrors } from '@/hooks/useServerErrors';
import { summaryItems } from '@/utils/formErrors';

const FIELD_NAMES = MILESTONE_FIELDS.map((f) => f.name);

export interface MilestoneFormProps {
  action: { id: string; ref: string; title: string; canEdit: boolean };
}

export function NewMilestoneForm({ action }: MilestoneFormProps) {
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<
    MilestoneFormValues,
    unknown,
    z.output<typeof milestoneSchema>
  >({
    resolver: zodResolver(milestoneSchema),
    defaultValues: EMPTY_MILESTONE_FORM,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES);
  const [createMilestone, { loading }] = useMutation(CreateMilestoneMutation);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    try {
      await createMilestone({
        variables: { input: { actionId: action.id, ...values, dueDate: values.dueDate! } },
        // The action page lists milestones by due date: fetch the list again rather than guess the order.
        refetchQueries: [{ query: ActionDetailQuery, variables: { id: action.id } }],
        awaitRefetchQueries: true,
      });
    } catch (error) {
      server.show(error);
      return;
    }
    const state: SavedState = { saved: 'milestone', milestoneTitle: values.title };
    navigate(`/actions/${action.id}`, { state });
  });

  const errors = summaryItems(formState.errors, MILESTONE_FIELDS, server.messages);
  return (
    <Page
      title={`Add a milestone to action ${action.ref}`}
      error={errors.length > 0}
      beforeContent={<BackLink to={`/actions/${action.id}`}>Back to action {action.ref}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading caption={`Action ${action.ref}: ${action.title}`}>Add a milestone</PageHeading>
          {!action.canEdit && (
            <WarningText>
              Your organisation does not lead or support this action, so you may not be able to add a
              milestone.
            </WarningText>
          )}
          <form onSubmit={onSubmit} noValidate>
            <MilestoneFormFields
              register={register}
              errors={formState.errors}
              completedOnHint="Leave empty if the milestone is not done yet. For example, 27 3 2026"
            />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Add milestone
              </Button>
              <Link className="govuk-link" to={`/actions/${action.id}`}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

export function NewMilestonePage() {
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const { me, loading: meLoading } = useMe();
  const { data, error, loading } = useQuery(NewMilestoneFormQuery, { variables: { id }, skip: !me });

  if (meLoading && me === undefined) return <Loading what="form" />;
  if (!me) return <Navigate to={signInHref(pathname)} replace />;
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="form" /> : <QueryError error={error} />;
  return <NewMilestoneForm action={data.action} />;
}
