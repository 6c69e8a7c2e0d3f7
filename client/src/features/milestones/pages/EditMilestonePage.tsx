import { useForm } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { z } from 'zod';
import type { EditMilestoneFormQuery as EditMilestoneFormData } from '@/__generated__/graphql';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { NotFound, QueryError } from '@/components/QueryError';
import { WarningText } from '@/components/WarningText';
import { ActionDetailQuery } from '@/features/actions/graphql/ActionDetail.query';
import type { SavedState } from '@/features/actions/utils/savedState';
import { useMe } from '@/features/auth/hooks/useMe';
import { signInHref } from '@/features/auth/utils/returnTo';
import { MilestoneFormFields } from '@/features/milestones/components/MilestoneFormFields';
import { EditMilestoneFormQuery } from '@/features/milestones/graphql/EditMilestoneForm.query';
import { UpdateMilestoneMutation } from '@/features/milestones/graphql/UpdateMilestone.mutation';
import {
  MILESTONE_FIELDS,
  milestoneSchema,
  type MilestoneFormValues,
} from '@/features/milestones/utils/milestoneForm';
import { useServerErrors } from '@/hooks/useServerErrors';
import { isoToDateParts } from '@/utils/dates';
import { summaryItems } from '@/utils/formErrors';

const FIELD_NAMES = MILESTONE_FIELDS.map((f) => f.name);

type Action = EditMilestoneFormData['action'];
type Milestone = Action['milestones'][number];

export interface EditMilestoneFormProps {
  action: Pick<Action, 'id' | 'ref' | 'title' | 'canEdit'>;
  milestone: Milestone;
}

function formValues(milestone: Milestone): MilestoneFormValues {
  return {
    title: milestone.title,
    dueDate: isoToDateParts(milestone.dueDate),
    completedOn: isoToDateParts(milestone.completedOn),
    evidence: milestone.evidence ?? '',
  };
}

/** Change a milestone: above all, mark it done with its evidence, or reopen it. */
export function EditMilestoneForm({ action, milestone }: EditMilestoneFormProps) {
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<
    MilestoneFormValues,
    unknown,
    z.output<typeof milestoneSchema>
  >({
    resolver: zodResolver(milestoneSchema),
    defaultValues: formValues(milestone),
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES);
  const [updateMilestone, { loading }] = useMutation(UpdateMilestoneMutation);
  const actionHref = `/actions/${action.id}`;

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    try {
      await updateMilestone({
        // An empty 'Completed on' is sent as null: that reopens the milestone.
        variables: { input: { id: milestone.id, ...values, dueDate: values.dueDate! } },
        // A new due date can move the milestone in the list, and the action's overdue count changes.
        refetchQueries: [{ query: ActionDetailQuery, variables: { id: action.id } }],
        awaitRefetchQueries: true,
      });
    } catch (error) {
      server.show(error);
      return;
    }
    const state: SavedState = { saved: 'milestoneUpdated', milestoneTitle: values.title };
    navigate(actionHref, { state });
  });

  const errors = summaryItems(formState.errors, MILESTONE_FIELDS, server.messages);
  return (
    <Page
      title={`Change milestone: ${milestone.title}`}
      error={errors.length > 0}
      beforeContent={<BackLink to={actionHref}>Back to action {action.ref}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading caption={`Action ${action.ref}: ${action.title}`}>Change milestone</PageHeading>
          {!action.canEdit && (
            <WarningText>
              Your organisation does not lead or support this action, so you may not be able to change its
              milestones.
            </WarningText>
          )}
          <p className="govuk-body">
            To mark the milestone done, enter the date it was completed and what shows it was done.
          </p>
          <form onSubmit={onSubmit} noValidate>
            <MilestoneFormFields
              register={register}
              errors={formState.errors}
              completedOnHint="For example, 27 3 2026. Clear the completed date to reopen it."
            />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Save milestone
              </Button>
              <Link className="govuk-link" to={actionHref}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

export function EditMilestonePage() {
  const { actionId = '', id = '' } = useParams();
  const { pathname } = useLocation();
  const { me, loading: meLoading } = useMe();
  const { data, error, loading } = useQuery(EditMilestoneFormQuery, {
    variables: { actionId },
    fetchPolicy: 'network-only',
    skip: !me,
  });

  if (meLoading && me === undefined) return <Loading what="form" />;
  if (!me) return <Navigate to={signInHref(pathname)} replace />;
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="form" /> : <QueryError error={error} />;

  const milestone = data.action.milestones.find((m) => m.id === id);
  if (!milestone) return <NotFound />;
  return <EditMilestoneForm key={milestone.id} action={data.action} milestone={milestone} />;
}
