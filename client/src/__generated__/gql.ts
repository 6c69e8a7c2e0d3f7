/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    progress\n    dueDate\n    overdue\n    leadPartner {\n      id\n      name\n    }\n  }\n": typeof types.ActionsTable_ActionFragmentDoc,
    "\n  query ActionDetail($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      description\n      status\n      rag\n      progress\n      startDate\n      dueDate\n      area\n      overdue\n      canEdit\n      version\n      updatedAt\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n      ...MilestonesTable_action\n    }\n  }\n": typeof types.ActionDetailDocument,
    "\n  query ActionsTable($filter: ActionFilter!, $page: PageInput!) {\n    actions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items {\n        id\n        ...ActionsTable_action\n      }\n    }\n  }\n": typeof types.ActionsTableDocument,
    "\n  mutation ArchiveAction($input: ArchiveInput!) {\n    archiveAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ArchiveActionDocument,
    "\n  query ArchiveActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.ArchiveActionFormDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  query EditActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      ...EditActionForm_action\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.EditActionFormDocument,
    "\n  query NewActionForm {\n    plans {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.NewActionFormDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...EditActionForm_action\n      overdue\n      updatedAt\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateActionDocument,
    "\n  fragment EditActionForm_action on Action {\n    id\n    ref\n    title\n    description\n    status\n    rag\n    progress\n    startDate\n    dueDate\n    weight\n    area\n    canEdit\n    version\n    leadPartner {\n      id\n    }\n    supportingPartners {\n      id\n    }\n  }\n": typeof types.EditActionForm_ActionFragmentDoc,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment MilestonesTable_milestone on Milestone {\n    id\n    title\n    dueDate\n    completedOn\n    evidence\n    overdue\n  }\n": typeof types.MilestonesTable_MilestoneFragmentDoc,
    "\n  fragment MilestonesTable_action on Action {\n    id\n    canEdit\n    milestones {\n      id\n      ...MilestonesTable_milestone\n    }\n  }\n": typeof types.MilestonesTable_ActionFragmentDoc,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n": typeof types.CreateMilestoneDocument,
    "\n  query EditMilestoneForm($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      ref\n      title\n      canEdit\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        evidence\n      }\n    }\n  }\n": typeof types.EditMilestoneFormDocument,
    "\n  query NewMilestoneForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n    }\n  }\n": typeof types.NewMilestoneFormDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  fragment PartnerActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    dueDate\n    plan {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.PartnerActionsTable_ActionFragmentDoc,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  query EditPartnerForm($id: ID!) {\n    partner(id: $id) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": typeof types.EditPartnerFormDocument,
    "\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n": typeof types.PartnerDetailDocument,
    "\n  query PartnersList {\n    partners {\n      id\n      name\n      kind\n      website\n    }\n  }\n": typeof types.PartnersListDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  fragment EditPartnerForm_partner on Partner {\n    id\n    name\n    kind\n    website\n    description\n    contactEmail\n    contactPhone\n  }\n": typeof types.EditPartnerForm_PartnerFragmentDoc,
    "\n  fragment PlanSummary_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    progress\n    actionCount\n  }\n": typeof types.PlanSummary_PlanFragmentDoc,
    "\n  fragment PrioritySection_priority on Priority {\n    id\n    number\n    title\n    description\n    progress\n    overdueActionCount\n    actions {\n      id\n    }\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n  }\n": typeof types.PrioritySection_PriorityFragmentDoc,
    "\n  fragment RagCountsList_counts on RagCounts {\n    red\n    amber\n    green\n  }\n": typeof types.RagCountsList_CountsFragmentDoc,
    "\n  fragment StatusCountsList_counts on StatusCounts {\n    notStarted\n    inProgress\n    completed\n    deferred\n    cancelled\n  }\n": typeof types.StatusCountsList_CountsFragmentDoc,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  query EditPlanForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      ...EditPlanForm_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.EditPlanFormDocument,
    "\n  query NewPlanForm {\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.NewPlanFormDocument,
    "\n  query PlanDashboard($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      startDate\n      endDate\n      progress\n      actionCount\n      overdueActionCount\n      owner {\n        id\n        name\n      }\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n      overdueMilestones {\n        id\n      }\n      priorities {\n        id\n        ...PrioritySection_priority\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.PlanDashboardDocument,
    "\n  query PlansList {\n    plans {\n      id\n      ...PlanSummary_plan\n    }\n  }\n": typeof types.PlansListDocument,
    "\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...EditPlanForm_plan\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  fragment EditPlanForm_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    owner {\n      id\n    }\n  }\n": typeof types.EditPlanForm_PlanFragmentDoc,
    "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n      number\n      title\n      description\n    }\n  }\n": typeof types.CreatePriorityDocument,
    "\n  query NewPriorityForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n      }\n    }\n  }\n": typeof types.NewPriorityFormDocument,
};
const documents: Documents = {
    "\n  fragment ActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    progress\n    dueDate\n    overdue\n    leadPartner {\n      id\n      name\n    }\n  }\n": types.ActionsTable_ActionFragmentDoc,
    "\n  query ActionDetail($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      description\n      status\n      rag\n      progress\n      startDate\n      dueDate\n      area\n      overdue\n      canEdit\n      version\n      updatedAt\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n      ...MilestonesTable_action\n    }\n  }\n": types.ActionDetailDocument,
    "\n  query ActionsTable($filter: ActionFilter!, $page: PageInput!) {\n    actions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items {\n        id\n        ...ActionsTable_action\n      }\n    }\n  }\n": types.ActionsTableDocument,
    "\n  mutation ArchiveAction($input: ArchiveInput!) {\n    archiveAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.ArchiveActionDocument,
    "\n  query ArchiveActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.ArchiveActionFormDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n": types.CreateActionDocument,
    "\n  query EditActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      ...EditActionForm_action\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.EditActionFormDocument,
    "\n  query NewActionForm {\n    plans {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.NewActionFormDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...EditActionForm_action\n      overdue\n      updatedAt\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateActionDocument,
    "\n  fragment EditActionForm_action on Action {\n    id\n    ref\n    title\n    description\n    status\n    rag\n    progress\n    startDate\n    dueDate\n    weight\n    area\n    canEdit\n    version\n    leadPartner {\n      id\n    }\n    supportingPartners {\n      id\n    }\n  }\n": types.EditActionForm_ActionFragmentDoc,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment MilestonesTable_milestone on Milestone {\n    id\n    title\n    dueDate\n    completedOn\n    evidence\n    overdue\n  }\n": types.MilestonesTable_MilestoneFragmentDoc,
    "\n  fragment MilestonesTable_action on Action {\n    id\n    canEdit\n    milestones {\n      id\n      ...MilestonesTable_milestone\n    }\n  }\n": types.MilestonesTable_ActionFragmentDoc,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n": types.CreateMilestoneDocument,
    "\n  query EditMilestoneForm($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      ref\n      title\n      canEdit\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        evidence\n      }\n    }\n  }\n": types.EditMilestoneFormDocument,
    "\n  query NewMilestoneForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n    }\n  }\n": types.NewMilestoneFormDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  fragment PartnerActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    dueDate\n    plan {\n      id\n      slug\n      title\n    }\n  }\n": types.PartnerActionsTable_ActionFragmentDoc,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  query EditPartnerForm($id: ID!) {\n    partner(id: $id) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": types.EditPartnerFormDocument,
    "\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n": types.PartnerDetailDocument,
    "\n  query PartnersList {\n    partners {\n      id\n      name\n      kind\n      website\n    }\n  }\n": types.PartnersListDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  fragment EditPartnerForm_partner on Partner {\n    id\n    name\n    kind\n    website\n    description\n    contactEmail\n    contactPhone\n  }\n": types.EditPartnerForm_PartnerFragmentDoc,
    "\n  fragment PlanSummary_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    progress\n    actionCount\n  }\n": types.PlanSummary_PlanFragmentDoc,
    "\n  fragment PrioritySection_priority on Priority {\n    id\n    number\n    title\n    description\n    progress\n    overdueActionCount\n    actions {\n      id\n    }\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n  }\n": types.PrioritySection_PriorityFragmentDoc,
    "\n  fragment RagCountsList_counts on RagCounts {\n    red\n    amber\n    green\n  }\n": types.RagCountsList_CountsFragmentDoc,
    "\n  fragment StatusCountsList_counts on StatusCounts {\n    notStarted\n    inProgress\n    completed\n    deferred\n    cancelled\n  }\n": types.StatusCountsList_CountsFragmentDoc,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": types.CreatePlanDocument,
    "\n  query EditPlanForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      ...EditPlanForm_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.EditPlanFormDocument,
    "\n  query NewPlanForm {\n    partners {\n      id\n      name\n    }\n  }\n": types.NewPlanFormDocument,
    "\n  query PlanDashboard($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      startDate\n      endDate\n      progress\n      actionCount\n      overdueActionCount\n      owner {\n        id\n        name\n      }\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n      overdueMilestones {\n        id\n      }\n      priorities {\n        id\n        ...PrioritySection_priority\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.PlanDashboardDocument,
    "\n  query PlansList {\n    plans {\n      id\n      ...PlanSummary_plan\n    }\n  }\n": types.PlansListDocument,
    "\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...EditPlanForm_plan\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  fragment EditPlanForm_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    owner {\n      id\n    }\n  }\n": types.EditPlanForm_PlanFragmentDoc,
    "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n      number\n      title\n      description\n    }\n  }\n": types.CreatePriorityDocument,
    "\n  query NewPriorityForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n      }\n    }\n  }\n": types.NewPriorityFormDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    progress\n    dueDate\n    overdue\n    leadPartner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    progress\n    dueDate\n    overdue\n    leadPartner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionDetail($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      description\n      status\n      rag\n      progress\n      startDate\n      dueDate\n      area\n      overdue\n      canEdit\n      version\n      updatedAt\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n      ...MilestonesTable_action\n    }\n  }\n"): (typeof documents)["\n  query ActionDetail($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      description\n      status\n      rag\n      progress\n      startDate\n      dueDate\n      area\n      overdue\n      canEdit\n      version\n      updatedAt\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n      ...MilestonesTable_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsTable($filter: ActionFilter!, $page: PageInput!) {\n    actions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items {\n        id\n        ...ActionsTable_action\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionsTable($filter: ActionFilter!, $page: PageInput!) {\n    actions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items {\n        id\n        ...ActionsTable_action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAction($input: ArchiveInput!) {\n    archiveAction(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveAction($input: ArchiveInput!) {\n    archiveAction(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArchiveActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      ...EditActionForm_action\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EditActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      ...EditActionForm_action\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewActionForm {\n    plans {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewActionForm {\n    plans {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...EditActionForm_action\n      overdue\n      updatedAt\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...EditActionForm_action\n      overdue\n      updatedAt\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditActionForm_action on Action {\n    id\n    ref\n    title\n    description\n    status\n    rag\n    progress\n    startDate\n    dueDate\n    weight\n    area\n    canEdit\n    version\n    leadPartner {\n      id\n    }\n    supportingPartners {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditActionForm_action on Action {\n    id\n    ref\n    title\n    description\n    status\n    rag\n    progress\n    startDate\n    dueDate\n    weight\n    area\n    canEdit\n    version\n    leadPartner {\n      id\n    }\n    supportingPartners {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestonesTable_milestone on Milestone {\n    id\n    title\n    dueDate\n    completedOn\n    evidence\n    overdue\n  }\n"): (typeof documents)["\n  fragment MilestonesTable_milestone on Milestone {\n    id\n    title\n    dueDate\n    completedOn\n    evidence\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestonesTable_action on Action {\n    id\n    canEdit\n    milestones {\n      id\n      ...MilestonesTable_milestone\n    }\n  }\n"): (typeof documents)["\n  fragment MilestonesTable_action on Action {\n    id\n    canEdit\n    milestones {\n      id\n      ...MilestonesTable_milestone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditMilestoneForm($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      ref\n      title\n      canEdit\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        evidence\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditMilestoneForm($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      ref\n      title\n      canEdit\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        evidence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewMilestoneForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  query NewMilestoneForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    dueDate\n    plan {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    dueDate\n    plan {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditPartnerForm($id: ID!) {\n    partner(id: $id) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n"): (typeof documents)["\n  query EditPartnerForm($id: ID!) {\n    partner(id: $id) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersList {\n    partners {\n      id\n      name\n      kind\n      website\n    }\n  }\n"): (typeof documents)["\n  query PartnersList {\n    partners {\n      id\n      name\n      kind\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditPartnerForm_partner on Partner {\n    id\n    name\n    kind\n    website\n    description\n    contactEmail\n    contactPhone\n  }\n"): (typeof documents)["\n  fragment EditPartnerForm_partner on Partner {\n    id\n    name\n    kind\n    website\n    description\n    contactEmail\n    contactPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanSummary_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    progress\n    actionCount\n  }\n"): (typeof documents)["\n  fragment PlanSummary_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    progress\n    actionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrioritySection_priority on Priority {\n    id\n    number\n    title\n    description\n    progress\n    overdueActionCount\n    actions {\n      id\n    }\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n  }\n"): (typeof documents)["\n  fragment PrioritySection_priority on Priority {\n    id\n    number\n    title\n    description\n    progress\n    overdueActionCount\n    actions {\n      id\n    }\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RagCountsList_counts on RagCounts {\n    red\n    amber\n    green\n  }\n"): (typeof documents)["\n  fragment RagCountsList_counts on RagCounts {\n    red\n    amber\n    green\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusCountsList_counts on StatusCounts {\n    notStarted\n    inProgress\n    completed\n    deferred\n    cancelled\n  }\n"): (typeof documents)["\n  fragment StatusCountsList_counts on StatusCounts {\n    notStarted\n    inProgress\n    completed\n    deferred\n    cancelled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditPlanForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      ...EditPlanForm_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EditPlanForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      ...EditPlanForm_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewPlanForm {\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewPlanForm {\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDashboard($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      startDate\n      endDate\n      progress\n      actionCount\n      overdueActionCount\n      owner {\n        id\n        name\n      }\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n      overdueMilestones {\n        id\n      }\n      priorities {\n        id\n        ...PrioritySection_priority\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlanDashboard($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      startDate\n      endDate\n      progress\n      actionCount\n      overdueActionCount\n      owner {\n        id\n        name\n      }\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n      overdueMilestones {\n        id\n      }\n      priorities {\n        id\n        ...PrioritySection_priority\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansList {\n    plans {\n      id\n      ...PlanSummary_plan\n    }\n  }\n"): (typeof documents)["\n  query PlansList {\n    plans {\n      id\n      ...PlanSummary_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...EditPlanForm_plan\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...EditPlanForm_plan\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditPlanForm_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    owner {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditPlanForm_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    owner {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n      number\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n      number\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewPriorityForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewPriorityForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;