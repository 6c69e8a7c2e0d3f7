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
    "\n  fragment ActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    progress\n    dueDate\n    overdue\n    canEdit\n    leadPartner {\n      id\n      name\n    }\n  }\n": typeof types.ActionsTable_ActionFragmentDoc,
    "\n  fragment CannotUpdate_action on Action {\n    id\n    ref\n    title\n    canEdit\n    leadPartner {\n      id\n      name\n    }\n    supportingPartners {\n      id\n      name\n    }\n  }\n": typeof types.CannotUpdate_ActionFragmentDoc,
    "\n  query ActionDetail($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      description\n      published\n      publicSummary\n      status\n      rag\n      ragReason\n      stale\n      progress\n      startDate\n      dueDate\n      area\n      overdue\n      canEdit\n      version\n      updatedAt\n      createdAt\n      latestUpdate {\n        id\n        createdAt\n      }\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n      ...MilestonesTable_action\n      ...ProgressUpdates_action\n      ...EvidenceFiles_action\n      history {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n    # To name the partners in the history's changes.\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.ActionDetailDocument,
    "\n  query ActionsTable($filter: ActionFilter!, $page: PageInput!) {\n    actions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items {\n        id\n        ...ActionsTable_action\n      }\n    }\n  }\n": typeof types.ActionsTableDocument,
    "\n  mutation ArchiveAction($input: ArchiveInput!) {\n    archiveAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ArchiveActionDocument,
    "\n  query ArchiveActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.ArchiveActionFormDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  query EditActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      ...EditActionForm_action\n      ...CannotUpdate_action\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.EditActionFormDocument,
    "\n  query NewActionForm {\n    plans {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.NewActionFormDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...EditActionForm_action\n      overdue\n      updatedAt\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateActionDocument,
    "\n  fragment EditActionForm_action on Action {\n    id\n    ref\n    title\n    description\n    status\n    rag\n    progress\n    startDate\n    dueDate\n    weight\n    area\n    published\n    publicSummary\n    canEdit\n    version\n    leadPartner {\n      id\n    }\n    supportingPartners {\n      id\n    }\n  }\n": typeof types.EditActionForm_ActionFragmentDoc,
    "\n  fragment ContributingActionsTable_contribution on Contribution {\n    id\n    outcome\n    how\n    priority {\n      id\n      number\n      title\n    }\n    action {\n      id\n      ref\n      title\n      status\n      rag\n      progress\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.ContributingActionsTable_ContributionFragmentDoc,
    "\n  fragment ContributionRollupSummary_rollup on ContributionRollup {\n    progress\n    actionCount\n    overdueActionCount\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n  }\n": typeof types.ContributionRollupSummary_RollupFragmentDoc,
    "\n  query ActionContributions($id: ID!) {\n    action(id: $id) {\n      id\n      canEdit\n      contributesTo {\n        id\n        status\n        outcome\n        how\n        priority {\n          id\n          number\n          title\n          plan {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActionContributionsDocument,
    "\n  mutation AddContribution($input: AddContributionInput!) {\n    addContribution(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AddContributionDocument,
    "\n  query AddContributionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n      plan {\n        id\n        title\n      }\n    }\n    plans {\n      id\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.AddContributionFormDocument,
    "\n  mutation ArchiveContribution($input: ArchiveInput!) {\n    archiveContribution(input: $input) {\n      id\n    }\n  }\n": typeof types.ArchiveContributionDocument,
    "\n  mutation DecideContribution($input: DecideContributionInput!) {\n    decideContribution(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecideContributionDocument,
    "\n  query DeliveredThrough($slug: String!) {\n    plan(slug: $slug) {\n      id\n      deliveredThrough {\n        plan {\n          id\n          slug\n          title\n        }\n        contributions {\n          ...ContributingActionsTable_contribution\n        }\n        rollup {\n          ...ContributionRollupSummary_rollup\n        }\n      }\n    }\n  }\n": typeof types.DeliveredThroughDocument,
    "\n  query PriorityPage($id: ID!) {\n    priority(id: $id) {\n      id\n      number\n      title\n      description\n      progress\n      plan {\n        id\n        slug\n        title\n      }\n      actions {\n        id\n        ref\n        title\n        status\n        rag\n        progress\n      }\n      contributions {\n        ...ContributingActionsTable_contribution\n      }\n      contributionRollup {\n        ...ContributionRollupSummary_rollup\n      }\n    }\n  }\n": typeof types.PriorityPageDocument,
    "\n  mutation UpdateContribution($input: UpdateContributionInput!) {\n    updateContribution(input: $input) {\n      id\n      outcome\n      how\n    }\n  }\n": typeof types.UpdateContributionDocument,
    "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    at\n    actorEmail\n    actorRole\n    actorPartner {\n      id\n      name\n    }\n    operation\n    recordType\n    recordId\n    recordTitle\n    actionId\n    action {\n      id\n      ref\n      title\n    }\n    changes\n    outcome\n    errorCode\n    message\n  }\n": typeof types.AuditEventsTable_EventFragmentDoc,
    "\n  query AuditFilterOptions {\n    users(page: { limit: 100 }) {\n      items {\n        id\n        name\n        email\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.AuditFilterOptionsDocument,
    "\n  query AuditTrail($filter: AuditFilter, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      hasNextPage\n      items {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input)\n  }\n": typeof types.AcceptInviteDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query LandingPlans {\n    plans {\n      id\n      slug\n      status\n      snapshots {\n        cycleId\n        quarter\n      }\n    }\n  }\n": typeof types.LandingPlansDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      providers {\n        id\n        name\n      }\n      passwordSignIn\n      accessContact\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    endSession {\n      signedOut\n      providerSignOutUrl\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  fragment EvidenceFiles_action on Action {\n    id\n    evidenceFiles {\n      id\n      fileName\n      kind\n      sizeBytes\n      sha256\n      addedByEmail\n      addedByOrganisation\n      createdAt\n      milestoneId\n      updateId\n      published\n      archivedAt\n      archiveReason\n      canArchive\n      downloadUrl\n    }\n    milestones {\n      id\n      title\n    }\n    updates {\n      id\n      createdAt\n    }\n  }\n": typeof types.EvidenceFiles_ActionFragmentDoc,
    "\n  mutation ArchiveEvidenceFile($input: ArchiveEvidenceFileInput!) {\n    archiveEvidenceFile(input: $input) {\n      id\n      archivedAt\n      archiveReason\n      published\n    }\n  }\n": typeof types.ArchiveEvidenceFileDocument,
    "\n  mutation PublishEvidenceFile($input: PublishEvidenceFileInput!) {\n    publishEvidenceFile(input: $input) {\n      id\n      published\n      publishedAt\n    }\n  }\n": typeof types.PublishEvidenceFileDocument,
    "\n  mutation ApplyPlanImport($input: ApplyPlanImportInput!) {\n    applyPlanImport(input: $input) {\n      id\n      status\n      progress\n      stage\n    }\n  }\n": typeof types.ApplyPlanImportDocument,
    "\n  query ImportPlan($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.ImportPlanDocument,
    "\n  query ImportRun($id: ID!) {\n    importRun(id: $id) {\n      id\n      fileName\n      status\n      progress\n      stage\n      rowCount\n      error\n      problems {\n        row\n        column\n        message\n      }\n      unknownPartners {\n        name\n        rows\n      }\n      changes {\n        personalData {\n          row\n          column\n          kind\n          text\n        }\n        created {\n          row\n          ref\n          title\n          actionId\n          published\n          fields {\n            field\n            before\n            after\n          }\n          milestones {\n            title\n            change\n            before\n            after\n          }\n        }\n        updated {\n          row\n          ref\n          title\n          actionId\n          published\n          fields {\n            field\n            before\n            after\n          }\n          milestones {\n            title\n            change\n            before\n            after\n          }\n        }\n        unchanged {\n          row\n          ref\n          title\n          actionId\n          published\n        }\n        notInFile {\n          row\n          ref\n          title\n          actionId\n          published\n        }\n        prioritiesCreated {\n          number\n          title\n        }\n        partnersCreated {\n          name\n          kind\n        }\n        examples\n      }\n    }\n  }\n": typeof types.ImportRunDocument,
    "\n  query PlanImports($planId: ID!) {\n    planImports(planId: $planId) {\n      id\n      fileName\n      status\n      createdAt\n      requestedByEmail\n    }\n  }\n": typeof types.PlanImportsDocument,
    "\n  fragment IndicatorsTable_indicator on Indicator {\n    id\n    name\n    published\n    exampleData\n    targetText\n    latest {\n      id\n      periodLabel\n      valueText\n    }\n    status\n    trend\n    changeFromBaseline {\n      absolute\n      percent\n      absoluteText\n      percentText\n    }\n  }\n": typeof types.IndicatorsTable_IndicatorFragmentDoc,
    "\n  fragment MeasurementsTable_indicator on Indicator {\n    id\n    name\n    unit\n    measurements {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n      revisions {\n        value\n        note\n        recordedByEmail\n        recordedAt\n        replacedAt\n        replacedByEmail\n      }\n    }\n  }\n": typeof types.MeasurementsTable_IndicatorFragmentDoc,
    "\n  fragment PlanIndicators_plan on Plan {\n    id\n    indicators {\n      id\n      ...IndicatorsTable_indicator\n    }\n  }\n": typeof types.PlanIndicators_PlanFragmentDoc,
    "\n  fragment PriorityIndicators_priority on Priority {\n    id\n    number\n    indicators {\n      id\n      name\n      status\n      targetText\n      latest {\n        id\n        periodLabel\n        valueText\n      }\n    }\n  }\n": typeof types.PriorityIndicators_PriorityFragmentDoc,
    "\n  fragment ValueForm_indicator on Indicator {\n    id\n    name\n    unit\n    frequency\n    latest {\n      id\n      periodStart\n      periodLabel\n      valueText\n    }\n    measurements {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n    }\n  }\n": typeof types.ValueForm_IndicatorFragmentDoc,
    "\n  mutation ArchiveIndicator($input: ArchiveInput!) {\n    archiveIndicator(input: $input) {\n      id\n    }\n  }\n": typeof types.ArchiveIndicatorDocument,
    "\n  query ArchiveIndicatorForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ArchiveIndicatorFormDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  query EditIndicatorForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      ...EditIndicatorForm_indicator\n    }\n    plans {\n      id\n      title\n      status\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.EditIndicatorFormDocument,
    "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      created\n      corrected\n      unchanged\n    }\n  }\n": typeof types.ImportMeasurementsDocument,
    "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      id\n      name\n      definition\n      dataSource\n      caveat\n      unit\n      direction\n      baselineLabel\n      baselineValue\n      baselineText\n      targetValue\n      targetText\n      targetDate\n      tolerancePercent\n      frequency\n      published\n      exampleData\n      version\n      priorities {\n        id\n        number\n        title\n        plan {\n          id\n          slug\n          title\n        }\n      }\n      latest {\n        id\n        periodLabel\n        periodStart\n        valueText\n      }\n      changeFromBaseline {\n        absolute\n        percent\n        absoluteText\n        percentText\n      }\n      status\n      trend\n      definitionChanges {\n        id\n        changedOn\n        previousDefinition\n        newDefinition\n      }\n      measurements {\n        id\n        periodStart\n        periodLabel\n        value\n        valueText\n      }\n      ...MeasurementsTable_indicator\n    }\n  }\n": typeof types.IndicatorDetailDocument,
    "\n  query IndicatorForm {\n    plans {\n      id\n      title\n      status\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.IndicatorFormDocument,
    "\n  query IndicatorsList {\n    indicators {\n      id\n      ...IndicatorsTable_indicator\n    }\n  }\n": typeof types.IndicatorsListDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n    }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      ...EditIndicatorForm_indicator\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  query ValueForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      ...ValueForm_indicator\n    }\n  }\n": typeof types.ValueFormDocument,
    "\n  fragment EditIndicatorForm_indicator on Indicator {\n    id\n    name\n    definition\n    dataSource\n    caveat\n    unit\n    frequency\n    direction\n    baselineLabel\n    baselineValue\n    targetValue\n    targetDate\n    tolerancePercent\n    published\n    exampleData\n    version\n    priorities {\n      id\n    }\n  }\n": typeof types.EditIndicatorForm_IndicatorFragmentDoc,
    "\n  fragment MilestonesTable_milestone on Milestone {\n    id\n    title\n    dueDate\n    completedOn\n    evidence\n    overdue\n  }\n": typeof types.MilestonesTable_MilestoneFragmentDoc,
    "\n  fragment MilestonesTable_action on Action {\n    id\n    canEdit\n    milestones {\n      id\n      ...MilestonesTable_milestone\n    }\n  }\n": typeof types.MilestonesTable_ActionFragmentDoc,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n": typeof types.CreateMilestoneDocument,
    "\n  query EditMilestoneForm($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      ref\n      title\n      canEdit\n      ...CannotUpdate_action\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        evidence\n      }\n    }\n    evidenceUploadLimit\n  }\n": typeof types.EditMilestoneFormDocument,
    "\n  query NewMilestoneForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n      ...CannotUpdate_action\n    }\n  }\n": typeof types.NewMilestoneFormDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  fragment OrganisationSettingsFields on OrganisationSettingsModel {\n    version\n    serviceName\n    organisationName\n    logoUrl\n    contactEmail\n    contactPhone\n    postalAddress\n    dataControllerName\n    dpoName\n    dpoEmail\n    publicUrl\n    mailFromName\n    mailFromAddress\n    accessibilityCompliance\n    accessibilityNonAccessible\n    accessibilityTesting\n    accessibilityTestedOn\n    accessibilityPreparedOn\n    accessibilityReviewedOn\n    privacyPurposes\n    privacyLawfulBasis\n    privacyRecipients\n    fromEnvironment\n    missing {\n      accessibility\n      privacy\n    }\n  }\n": typeof types.OrganisationSettingsFieldsFragmentDoc,
    "\n  query OrganisationSettings {\n    organisationSettings {\n      ...OrganisationSettingsFields\n    }\n  }\n": typeof types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n": typeof types.UpdateOrganisationSettingsDocument,
    "\n  query Site {\n    site {\n      serviceName\n      organisationName\n      logoUrl\n    }\n  }\n": typeof types.SiteDocument,
    "\n  fragment PartnerActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    dueDate\n    plan {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.PartnerActionsTable_ActionFragmentDoc,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  query EditPartnerForm($id: ID!) {\n    partner(id: $id) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": typeof types.EditPartnerFormDocument,
    "\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n": typeof types.PartnerDetailDocument,
    "\n  query PartnersList {\n    partners {\n      id\n      name\n      kind\n      website\n    }\n  }\n": typeof types.PartnersListDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  fragment EditPartnerForm_partner on Partner {\n    id\n    name\n    kind\n    website\n    description\n    contactEmail\n    contactPhone\n  }\n": typeof types.EditPartnerForm_PartnerFragmentDoc,
    "\n  fragment PlanSummary_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    progress\n    actionCount\n  }\n": typeof types.PlanSummary_PlanFragmentDoc,
    "\n  fragment PrioritySection_priority on Priority {\n    id\n    number\n    title\n    description\n    progress\n    overdueActionCount\n    actions {\n      id\n    }\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n    ...PriorityIndicators_priority\n  }\n": typeof types.PrioritySection_PriorityFragmentDoc,
    "\n  fragment RagCountsList_counts on RagCounts {\n    red\n    amber\n    green\n  }\n": typeof types.RagCountsList_CountsFragmentDoc,
    "\n  fragment StatusCountsList_counts on StatusCounts {\n    notStarted\n    inProgress\n    completed\n    deferred\n    cancelled\n  }\n": typeof types.StatusCountsList_CountsFragmentDoc,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  query EditPlanForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      ...EditPlanForm_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.EditPlanFormDocument,
    "\n  query NewPlanForm {\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.NewPlanFormDocument,
    "\n  query PlanDashboard($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      startDate\n      endDate\n      progress\n      actionCount\n      overdueActionCount\n      owner {\n        id\n        name\n      }\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n      overdueMilestones {\n        id\n      }\n      priorities {\n        id\n        ...PrioritySection_priority\n      }\n      ...PlanIndicators_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.PlanDashboardDocument,
    "\n  query PlanRulesForm($slug: String!) {\n    plan(slug: $slug) {\n      ...PlanRulesForm_plan\n    }\n  }\n": typeof types.PlanRulesFormDocument,
    "\n  query PlansList {\n    plans {\n      id\n      ...PlanSummary_plan\n    }\n  }\n": typeof types.PlansListDocument,
    "\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...EditPlanForm_plan\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation UpdatePlanRules($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...PlanRulesForm_plan\n    }\n  }\n": typeof types.UpdatePlanRulesDocument,
    "\n  fragment EditPlanForm_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    contactEmail\n    contactUrl\n    owner {\n      id\n    }\n  }\n": typeof types.EditPlanForm_PlanFragmentDoc,
    "\n  fragment PlanRulesForm_plan on Plan {\n    id\n    slug\n    title\n    ragRedLateDays\n    ragAmberBehindPoints\n    staleAfterDays\n    reminderDaysBefore\n  }\n": typeof types.PlanRulesForm_PlanFragmentDoc,
    "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n      number\n      title\n      description\n    }\n  }\n": typeof types.CreatePriorityDocument,
    "\n  query NewPriorityForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n      }\n    }\n  }\n": typeof types.NewPriorityFormDocument,
    "\n  fragment PastReports_run on ReportRun {\n    id\n    title\n    draft\n    cycleId\n    status\n    requestedByName\n    createdAt\n    files {\n      id\n      format\n      fileName\n      sizeBytes\n      downloadUrl\n    }\n  }\n": typeof types.PastReports_RunFragmentDoc,
    "\n  fragment ReportProgress_run on ReportRun {\n    id\n    title\n    status\n    progress\n    stage\n    error\n    files {\n      id\n      format\n      fileName\n      sizeBytes\n      downloadUrl\n    }\n  }\n": typeof types.ReportProgress_RunFragmentDoc,
    "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      id\n      ...ReportProgress_run\n    }\n  }\n": typeof types.GenerateReportDocument,
    "\n  query PlanReports($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      reviewCycles {\n        id\n        quarter\n        status\n      }\n    }\n  }\n": typeof types.PlanReportsDocument,
    "\n  query ReportRun($id: ID!) {\n    reportRun(id: $id) {\n      id\n      title\n      status\n      ...ReportProgress_run\n    }\n  }\n": typeof types.ReportRunDocument,
    "\n  query ReportRuns($planId: ID!) {\n    reportRuns(planId: $planId) {\n      id\n      ...PastReports_run\n    }\n  }\n": typeof types.ReportRunsDocument,
    "\n  fragment AgendaTable_item on AgendaItem {\n    position\n    reasons\n    action {\n      id\n      ref\n      title\n      leadPartnerName\n      rag\n      ragReason\n      latestCommentary\n      decision\n      escalatedTo\n    }\n  }\n": typeof types.AgendaTable_ItemFragmentDoc,
    "\n  fragment ComparisonTables_comparison on QuarterComparison {\n    from\n    to\n    plan {\n      from\n      to\n      change\n    }\n    priorities {\n      number\n      title\n      from\n      to\n      change\n    }\n    actions {\n      ref\n      title\n      from\n      to\n      change\n    }\n    ragMovements {\n      from\n      to\n      count\n      actions {\n        ref\n        title\n      }\n    }\n    completed {\n      ref\n      title\n    }\n    added {\n      ref\n      title\n    }\n    removed {\n      ref\n      title\n    }\n    deferred {\n      ref\n      title\n    }\n    slippedMilestones {\n      milestoneId\n      title\n      fromDue\n      toDue\n      days\n      action {\n        ref\n        title\n      }\n    }\n  }\n": typeof types.ComparisonTables_ComparisonFragmentDoc,
    "\n  fragment FollowUpsTable_followUp on FollowUp {\n    id\n    description\n    dueOn\n    status\n    version\n    owner {\n      id\n      name\n    }\n    action {\n      id\n      ref\n      title\n    }\n    cycle {\n      id\n      quarter\n    }\n  }\n": typeof types.FollowUpsTable_FollowUpFragmentDoc,
    "\n  fragment MeetingItem_item on AgendaItem {\n    position\n    reasons\n    action {\n      id\n      ref\n      title\n      leadPartnerName\n      status\n      rag\n      ragReason\n      progress\n      latestCommentary\n      latestUpdateAt\n      decision\n      escalatedTo\n      openChallenge\n      entries {\n        at\n        kind\n        decision\n        escalatedTo\n        body\n        authorName\n      }\n      followUps {\n        id\n        description\n        dueOn\n        ownerName\n        status\n      }\n    }\n  }\n": typeof types.MeetingItem_ItemFragmentDoc,
    "\n  fragment QuestionsSection_question on PublicQuestion {\n    id\n    question\n    askedBy\n    receivedOn\n    answer\n    answeredBy\n    published\n    publishedAt\n    actions {\n      id\n      ref\n    }\n  }\n": typeof types.QuestionsSection_QuestionFragmentDoc,
    "\n  fragment ReviewEntries_entry on ReviewEntry {\n    id\n    kind\n    decision\n    escalatedTo\n    body\n    authorName\n    createdAt\n  }\n": typeof types.ReviewEntries_EntryFragmentDoc,
    "\n  fragment SnapshotActionsTable_action on SnapshotAction {\n    id\n    ref\n    title\n    leadPartnerName\n    status\n    rag\n    ragReason\n    progress\n    latestCommentary\n    latestUpdateAt\n    updatedThisQuarter\n    decision\n    escalatedTo\n    openChallenge\n  }\n": typeof types.SnapshotActionsTable_ActionFragmentDoc,
    "\n  fragment SnapshotView_snapshot on PlanSnapshot {\n    quarter\n    live\n    asAt\n    takenAt\n    takenByEmail\n    rollup {\n      progress\n      actionCount\n      overdueActionCount\n      overdueMilestoneCount\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n    }\n    priorities {\n      number\n      title\n      progress\n      actionCount\n      overdueActionCount\n      overdueMilestoneCount\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n    }\n    actions {\n      priorityNumber\n      ...SnapshotActionsTable_action\n    }\n    indicators {\n      id\n      name\n      latestPeriod\n      latestText\n      baselineLabel\n      changeText\n      changePercentText\n      targetText\n      status\n      trend\n      exampleData\n    }\n  }\n": typeof types.SnapshotView_SnapshotFragmentDoc,
    "\n  mutation AddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n      ...FollowUpsTable_followUp\n    }\n  }\n": typeof types.AddFollowUpDocument,
    "\n  query CloseReviewForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      version\n      canMoveTo\n      plan {\n        id\n        slug\n        title\n      }\n      closingCheck {\n        actionCount\n        actionsWithoutUpdate\n        openChallenges\n        refsWithoutUpdate\n      }\n    }\n  }\n": typeof types.CloseReviewFormDocument,
    "\n  mutation CreatePublicQuestion($input: CreatePublicQuestionInput!) {\n    createPublicQuestion(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreatePublicQuestionDocument,
    "\n  mutation CreateReviewCycle($input: CreateReviewCycleInput!) {\n    createReviewCycle(input: $input) {\n      id\n      quarter\n      status\n      opensOn\n      deadline\n      meetingOn\n      version\n    }\n  }\n": typeof types.CreateReviewCycleDocument,
    "\n  mutation MoveReviewCycle($input: MoveReviewCycleInput!) {\n    moveReviewCycle(input: $input) {\n      id\n      status\n      version\n      canMoveTo\n      closedAt\n      closedByEmail\n      closedBy\n    }\n  }\n": typeof types.MoveReviewCycleDocument,
    "\n  query MyReviewTasks {\n    myReviewTasks {\n      challenges {\n        actionId\n        cycleId\n        cycle {\n          id\n          quarter\n          plan {\n            id\n            title\n          }\n        }\n        action {\n          id\n          ref\n          title\n        }\n        entries {\n          id\n          kind\n          decision\n          body\n          authorName\n          createdAt\n        }\n      }\n      followUps {\n        id\n        ...FollowUpsTable_followUp\n      }\n    }\n  }\n": typeof types.MyReviewTasksDocument,
    "\n  subscription PlanEvents($planId: ID!) {\n    planEvents(planId: $planId) {\n      kind\n      planId\n      actionId\n      cycleId\n      at\n      actorName\n    }\n  }\n": typeof types.PlanEventsDocument,
    "\n  query PlanReviews($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      startDate\n      endDate\n      reviewCycles {\n        id\n        quarter\n        status\n        opensOn\n        deadline\n        meetingOn\n      }\n      snapshots {\n        cycleId\n        quarter\n        takenAt\n      }\n    }\n  }\n": typeof types.PlanReviewsDocument,
    "\n  query QuarterComparison($slug: String!, $from: String!, $to: String, $compare: Boolean!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      snapshots {\n        cycleId\n        quarter\n        takenAt\n      }\n      comparison(from: $from, to: $to) @include(if: $compare) {\n        ...ComparisonTables_comparison\n      }\n    }\n  }\n": typeof types.QuarterComparisonDocument,
    "\n  query QuarterSnapshot($slug: String!, $quarter: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      snapshots {\n        cycleId\n        quarter\n      }\n      snapshot(quarter: $quarter) {\n        ...SnapshotView_snapshot\n      }\n    }\n  }\n": typeof types.QuarterSnapshotDocument,
    "\n  query QuestionForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      plan {\n        id\n        slug\n        title\n        priorities {\n          id\n          number\n          actions {\n            id\n            ref\n            title\n          }\n        }\n      }\n      questions {\n        id\n        question\n        askedBy\n        receivedOn\n        answer\n        answeredBy\n        published\n        version\n        actions {\n          id\n        }\n      }\n    }\n  }\n": typeof types.QuestionFormDocument,
    "\n  mutation RecordReviewDecision($input: RecordReviewDecisionInput!) {\n    recordReviewDecision(input: $input) {\n      actionId\n      cycleId\n      decision\n      openChallenge\n    }\n  }\n": typeof types.RecordReviewDecisionDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      id\n    }\n  }\n": typeof types.ReorderAgendaDocument,
    "\n  mutation RespondToReview($input: RespondToReviewInput!) {\n    respondToReview(input: $input) {\n      actionId\n      cycleId\n      openChallenge\n    }\n  }\n": typeof types.RespondToReviewDocument,
    "\n  query ReviewAgenda($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n        ...AgendaTable_item\n      }\n    }\n  }\n": typeof types.ReviewAgendaDocument,
    "\n  query ReviewCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      opensOn\n      deadline\n      meetingOn\n      version\n      canMoveTo\n      closedAt\n      closedByEmail\n      closedBy\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n      }\n      picture {\n        ...SnapshotView_snapshot\n      }\n      questions {\n        id\n        ...QuestionsSection_question\n      }\n    }\n  }\n": typeof types.ReviewCycleDocument,
    "\n  query ReviewDatesForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      version\n      opensOn\n      deadline\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.ReviewDatesFormDocument,
    "\n  query ReviewMeeting($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n        ...MeetingItem_item\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.ReviewMeetingDocument,
    "\n  query ReviewThread($id: ID!, $actionId: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      plan {\n        id\n        slug\n        title\n      }\n      picture {\n        actions {\n          id\n          ref\n          title\n          leadPartnerName\n          status\n          rag\n          ragReason\n          progress\n          latestCommentary\n          latestUpdateAt\n          updatedThisQuarter\n        }\n      }\n      threads {\n        actionId\n        decision\n        escalatedTo\n        openChallenge\n        entries {\n          id\n          ...ReviewEntries_entry\n        }\n        followUps {\n          id\n          ...FollowUpsTable_followUp\n        }\n      }\n    }\n    action(id: $actionId) {\n      id\n      ref\n      title\n      status\n      canEdit\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.ReviewThreadDocument,
    "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.UpdateFollowUpDocument,
    "\n  mutation UpdatePublicQuestion($input: UpdatePublicQuestionInput!) {\n    updatePublicQuestion(input: $input) {\n      id\n      question\n      askedBy\n      receivedOn\n      answer\n      answeredBy\n      published\n      publishedAt\n      version\n      actions {\n        id\n      }\n    }\n  }\n": typeof types.UpdatePublicQuestionDocument,
    "\n  mutation UpdateReviewCycle($input: UpdateReviewCycleInput!) {\n    updateReviewCycle(input: $input) {\n      id\n      opensOn\n      deadline\n      meetingOn\n      version\n    }\n  }\n": typeof types.UpdateReviewCycleDocument,
    "\n  query SetupStatus($token: String!) {\n    setupStatus(token: $token) {\n      usable\n      expiresAt\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": typeof types.CompleteSetupDocument,
    "\n  mutation AddPartnerDomain($input: AddPartnerDomainInput!) {\n    addPartnerDomain(input: $input) {\n      domain\n    }\n  }\n": typeof types.AddPartnerDomainDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      name\n      issuer\n      redirectUri\n      enabled\n      activeSessions\n      changedAt\n      changedByEmail\n    }\n  }\n": typeof types.IdentityProvidersDocument,
    "\n  query PartnerDomains($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n    }\n    partnerDomains(partnerId: $partnerId) {\n      domain\n      providerId\n      tenantId\n      defaultRole\n      verifiedAt\n      verifiedByEmail\n    }\n    identityProviders {\n      id\n      name\n    }\n  }\n": typeof types.PartnerDomainsDocument,
    "\n  mutation RemovePartnerDomain($domain: ID!) {\n    removePartnerDomain(domain: $domain) {\n      domain\n    }\n  }\n": typeof types.RemovePartnerDomainDocument,
    "\n  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {\n    setIdentityProviderEnabled(input: $input) {\n      id\n      enabled\n      activeSessions\n      changedAt\n      changedByEmail\n    }\n  }\n": typeof types.SetIdentityProviderEnabledDocument,
    "\n  fragment UpdateLinksTable_link on UpdateLink {\n    id\n    email\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n": typeof types.UpdateLinksTable_LinkFragmentDoc,
    "\n  mutation IssueUpdateLink($input: IssueUpdateLinkInput!) {\n    issueUpdateLink(input: $input) {\n      path\n      link {\n        id\n        expiresAt\n        ...UpdateLinksTable_link\n      }\n    }\n  }\n": typeof types.IssueUpdateLinkDocument,
    "\n  query IssueUpdateLinkForm($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.IssueUpdateLinkFormDocument,
    "\n  query MyUpdateLink {\n    myUpdateLink {\n      email\n      expiresAt\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyUpdateLinkDocument,
    "\n  mutation OpenUpdateLink($input: OpenUpdateLinkInput!) {\n    openUpdateLink(input: $input) {\n      email\n      expiresAt\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OpenUpdateLinkDocument,
    "\n  mutation RevokeUpdateLink($input: RevokeUpdateLinkInput!) {\n    revokeUpdateLink(input: $input) {\n      id\n      ...UpdateLinksTable_link\n    }\n  }\n": typeof types.RevokeUpdateLinkDocument,
    "\n  query UpdateLinkPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n": typeof types.UpdateLinkPartnerDocument,
    "\n  query UpdateLinks($partnerId: ID!) {\n    updateLinks(partnerId: $partnerId) {\n      id\n      ...UpdateLinksTable_link\n    }\n  }\n": typeof types.UpdateLinksDocument,
    "\n  query WithdrawUpdateLinkForm($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n    }\n    updateLinks(partnerId: $partnerId) {\n      id\n      email\n      expiresAt\n      active\n    }\n  }\n": typeof types.WithdrawUpdateLinkFormDocument,
    "\n  fragment MyActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    plan {\n      id\n      slug\n      title\n    }\n    latestUpdate {\n      id\n      createdAt\n    }\n  }\n": typeof types.MyActionsTable_ActionFragmentDoc,
    "\n  fragment ProgressUpdates_action on Action {\n    id\n    updates {\n      id\n      createdAt\n      authorEmail\n      status\n      rag\n      ragReason\n      progress\n      commentary\n      outcome\n      milestoneCompletions\n    }\n  }\n": typeof types.ProgressUpdates_ActionFragmentDoc,
    "\n  mutation BulkUpdateActions($input: BulkUpdateActionsInput!) {\n    bulkUpdateActions(input: $input) {\n      id\n      ragReason\n      version\n      updatedAt\n      ...ActionsTable_action\n    }\n  }\n": typeof types.BulkUpdateActionsDocument,
    "\n  query MyActions {\n    myActions {\n      quarter\n      partner {\n        id\n        name\n      }\n      overdueMilestones {\n        id\n        ...MyActionsTable_action\n      }\n      needsUpdate {\n        id\n        ...MyActionsTable_action\n      }\n      upToDate {\n        id\n        ...MyActionsTable_action\n      }\n    }\n  }\n": typeof types.MyActionsDocument,
    "\n  mutation RecordUpdate($input: RecordUpdateInput!) {\n    recordUpdate(input: $input) {\n      id\n      action {\n        id\n        status\n        rag\n        ragReason\n        suggestedRag\n        progress\n        version\n        stale\n        updatedAt\n        ...ProgressUpdates_action\n        ...MilestonesTable_action\n      }\n    }\n  }\n": typeof types.RecordUpdateDocument,
    "\n  query RecordUpdateForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      status\n      rag\n      ragReason\n      suggestedRag\n      progress\n      startDate\n      dueDate\n      version\n      canEdit\n      ...CannotUpdate_action\n      latestUpdate {\n        id\n        version\n        commentary\n      }\n      plan {\n        id\n        title\n        ragRedLateDays\n        ragAmberBehindPoints\n      }\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        overdue\n      }\n    }\n    evidenceUploadLimit\n  }\n": typeof types.RecordUpdateFormDocument,
    "\n  fragment UserSummary_user on User {\n    id\n    name\n    email\n    role\n    status\n    active\n    lastSignInAt\n    signInMethods\n    invitedAt\n    createdAt\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.UserSummary_UserFragmentDoc,
    "\n  fragment UsersTable_user on User {\n    id\n    name\n    email\n    role\n    status\n    lastSignInAt\n    signInMethods\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.UsersTable_UserFragmentDoc,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResendInvite($input: UserIdInput!) {\n    resendInvite(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": typeof types.ResendInviteDocument,
    "\n  query UserDetail($offset: Int!) {\n    users(page: { limit: 100, offset: $offset }) {\n      hasNextPage\n      items {\n        id\n        ...UserSummary_user\n      }\n    }\n  }\n": typeof types.UserDetailDocument,
    "\n  query UserForm {\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.UserFormDocument,
    "\n  query UsersList($filter: UserFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        ...UsersTable_user\n      }\n    }\n  }\n": typeof types.UsersListDocument,
};
const documents: Documents = {
    "\n  fragment ActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    progress\n    dueDate\n    overdue\n    canEdit\n    leadPartner {\n      id\n      name\n    }\n  }\n": types.ActionsTable_ActionFragmentDoc,
    "\n  fragment CannotUpdate_action on Action {\n    id\n    ref\n    title\n    canEdit\n    leadPartner {\n      id\n      name\n    }\n    supportingPartners {\n      id\n      name\n    }\n  }\n": types.CannotUpdate_ActionFragmentDoc,
    "\n  query ActionDetail($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      description\n      published\n      publicSummary\n      status\n      rag\n      ragReason\n      stale\n      progress\n      startDate\n      dueDate\n      area\n      overdue\n      canEdit\n      version\n      updatedAt\n      createdAt\n      latestUpdate {\n        id\n        createdAt\n      }\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n      ...MilestonesTable_action\n      ...ProgressUpdates_action\n      ...EvidenceFiles_action\n      history {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n    # To name the partners in the history's changes.\n    partners {\n      id\n      name\n    }\n  }\n": types.ActionDetailDocument,
    "\n  query ActionsTable($filter: ActionFilter!, $page: PageInput!) {\n    actions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items {\n        id\n        ...ActionsTable_action\n      }\n    }\n  }\n": types.ActionsTableDocument,
    "\n  mutation ArchiveAction($input: ArchiveInput!) {\n    archiveAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.ArchiveActionDocument,
    "\n  query ArchiveActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.ArchiveActionFormDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      ref\n      title\n    }\n  }\n": types.CreateActionDocument,
    "\n  query EditActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      ...EditActionForm_action\n      ...CannotUpdate_action\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.EditActionFormDocument,
    "\n  query NewActionForm {\n    plans {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.NewActionFormDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...EditActionForm_action\n      overdue\n      updatedAt\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateActionDocument,
    "\n  fragment EditActionForm_action on Action {\n    id\n    ref\n    title\n    description\n    status\n    rag\n    progress\n    startDate\n    dueDate\n    weight\n    area\n    published\n    publicSummary\n    canEdit\n    version\n    leadPartner {\n      id\n    }\n    supportingPartners {\n      id\n    }\n  }\n": types.EditActionForm_ActionFragmentDoc,
    "\n  fragment ContributingActionsTable_contribution on Contribution {\n    id\n    outcome\n    how\n    priority {\n      id\n      number\n      title\n    }\n    action {\n      id\n      ref\n      title\n      status\n      rag\n      progress\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.ContributingActionsTable_ContributionFragmentDoc,
    "\n  fragment ContributionRollupSummary_rollup on ContributionRollup {\n    progress\n    actionCount\n    overdueActionCount\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n  }\n": types.ContributionRollupSummary_RollupFragmentDoc,
    "\n  query ActionContributions($id: ID!) {\n    action(id: $id) {\n      id\n      canEdit\n      contributesTo {\n        id\n        status\n        outcome\n        how\n        priority {\n          id\n          number\n          title\n          plan {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ActionContributionsDocument,
    "\n  mutation AddContribution($input: AddContributionInput!) {\n    addContribution(input: $input) {\n      id\n      status\n    }\n  }\n": types.AddContributionDocument,
    "\n  query AddContributionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n      plan {\n        id\n        title\n      }\n    }\n    plans {\n      id\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.AddContributionFormDocument,
    "\n  mutation ArchiveContribution($input: ArchiveInput!) {\n    archiveContribution(input: $input) {\n      id\n    }\n  }\n": types.ArchiveContributionDocument,
    "\n  mutation DecideContribution($input: DecideContributionInput!) {\n    decideContribution(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecideContributionDocument,
    "\n  query DeliveredThrough($slug: String!) {\n    plan(slug: $slug) {\n      id\n      deliveredThrough {\n        plan {\n          id\n          slug\n          title\n        }\n        contributions {\n          ...ContributingActionsTable_contribution\n        }\n        rollup {\n          ...ContributionRollupSummary_rollup\n        }\n      }\n    }\n  }\n": types.DeliveredThroughDocument,
    "\n  query PriorityPage($id: ID!) {\n    priority(id: $id) {\n      id\n      number\n      title\n      description\n      progress\n      plan {\n        id\n        slug\n        title\n      }\n      actions {\n        id\n        ref\n        title\n        status\n        rag\n        progress\n      }\n      contributions {\n        ...ContributingActionsTable_contribution\n      }\n      contributionRollup {\n        ...ContributionRollupSummary_rollup\n      }\n    }\n  }\n": types.PriorityPageDocument,
    "\n  mutation UpdateContribution($input: UpdateContributionInput!) {\n    updateContribution(input: $input) {\n      id\n      outcome\n      how\n    }\n  }\n": types.UpdateContributionDocument,
    "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    at\n    actorEmail\n    actorRole\n    actorPartner {\n      id\n      name\n    }\n    operation\n    recordType\n    recordId\n    recordTitle\n    actionId\n    action {\n      id\n      ref\n      title\n    }\n    changes\n    outcome\n    errorCode\n    message\n  }\n": types.AuditEventsTable_EventFragmentDoc,
    "\n  query AuditFilterOptions {\n    users(page: { limit: 100 }) {\n      items {\n        id\n        name\n        email\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.AuditFilterOptionsDocument,
    "\n  query AuditTrail($filter: AuditFilter, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      hasNextPage\n      items {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input)\n  }\n": types.AcceptInviteDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query LandingPlans {\n    plans {\n      id\n      slug\n      status\n      snapshots {\n        cycleId\n        quarter\n      }\n    }\n  }\n": types.LandingPlansDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      providers {\n        id\n        name\n      }\n      passwordSignIn\n      accessContact\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    endSession {\n      signedOut\n      providerSignOutUrl\n    }\n  }\n": types.SignOutDocument,
    "\n  fragment EvidenceFiles_action on Action {\n    id\n    evidenceFiles {\n      id\n      fileName\n      kind\n      sizeBytes\n      sha256\n      addedByEmail\n      addedByOrganisation\n      createdAt\n      milestoneId\n      updateId\n      published\n      archivedAt\n      archiveReason\n      canArchive\n      downloadUrl\n    }\n    milestones {\n      id\n      title\n    }\n    updates {\n      id\n      createdAt\n    }\n  }\n": types.EvidenceFiles_ActionFragmentDoc,
    "\n  mutation ArchiveEvidenceFile($input: ArchiveEvidenceFileInput!) {\n    archiveEvidenceFile(input: $input) {\n      id\n      archivedAt\n      archiveReason\n      published\n    }\n  }\n": types.ArchiveEvidenceFileDocument,
    "\n  mutation PublishEvidenceFile($input: PublishEvidenceFileInput!) {\n    publishEvidenceFile(input: $input) {\n      id\n      published\n      publishedAt\n    }\n  }\n": types.PublishEvidenceFileDocument,
    "\n  mutation ApplyPlanImport($input: ApplyPlanImportInput!) {\n    applyPlanImport(input: $input) {\n      id\n      status\n      progress\n      stage\n    }\n  }\n": types.ApplyPlanImportDocument,
    "\n  query ImportPlan($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n    }\n  }\n": types.ImportPlanDocument,
    "\n  query ImportRun($id: ID!) {\n    importRun(id: $id) {\n      id\n      fileName\n      status\n      progress\n      stage\n      rowCount\n      error\n      problems {\n        row\n        column\n        message\n      }\n      unknownPartners {\n        name\n        rows\n      }\n      changes {\n        personalData {\n          row\n          column\n          kind\n          text\n        }\n        created {\n          row\n          ref\n          title\n          actionId\n          published\n          fields {\n            field\n            before\n            after\n          }\n          milestones {\n            title\n            change\n            before\n            after\n          }\n        }\n        updated {\n          row\n          ref\n          title\n          actionId\n          published\n          fields {\n            field\n            before\n            after\n          }\n          milestones {\n            title\n            change\n            before\n            after\n          }\n        }\n        unchanged {\n          row\n          ref\n          title\n          actionId\n          published\n        }\n        notInFile {\n          row\n          ref\n          title\n          actionId\n          published\n        }\n        prioritiesCreated {\n          number\n          title\n        }\n        partnersCreated {\n          name\n          kind\n        }\n        examples\n      }\n    }\n  }\n": types.ImportRunDocument,
    "\n  query PlanImports($planId: ID!) {\n    planImports(planId: $planId) {\n      id\n      fileName\n      status\n      createdAt\n      requestedByEmail\n    }\n  }\n": types.PlanImportsDocument,
    "\n  fragment IndicatorsTable_indicator on Indicator {\n    id\n    name\n    published\n    exampleData\n    targetText\n    latest {\n      id\n      periodLabel\n      valueText\n    }\n    status\n    trend\n    changeFromBaseline {\n      absolute\n      percent\n      absoluteText\n      percentText\n    }\n  }\n": types.IndicatorsTable_IndicatorFragmentDoc,
    "\n  fragment MeasurementsTable_indicator on Indicator {\n    id\n    name\n    unit\n    measurements {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n      revisions {\n        value\n        note\n        recordedByEmail\n        recordedAt\n        replacedAt\n        replacedByEmail\n      }\n    }\n  }\n": types.MeasurementsTable_IndicatorFragmentDoc,
    "\n  fragment PlanIndicators_plan on Plan {\n    id\n    indicators {\n      id\n      ...IndicatorsTable_indicator\n    }\n  }\n": types.PlanIndicators_PlanFragmentDoc,
    "\n  fragment PriorityIndicators_priority on Priority {\n    id\n    number\n    indicators {\n      id\n      name\n      status\n      targetText\n      latest {\n        id\n        periodLabel\n        valueText\n      }\n    }\n  }\n": types.PriorityIndicators_PriorityFragmentDoc,
    "\n  fragment ValueForm_indicator on Indicator {\n    id\n    name\n    unit\n    frequency\n    latest {\n      id\n      periodStart\n      periodLabel\n      valueText\n    }\n    measurements {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n    }\n  }\n": types.ValueForm_IndicatorFragmentDoc,
    "\n  mutation ArchiveIndicator($input: ArchiveInput!) {\n    archiveIndicator(input: $input) {\n      id\n    }\n  }\n": types.ArchiveIndicatorDocument,
    "\n  query ArchiveIndicatorForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      name\n    }\n  }\n": types.ArchiveIndicatorFormDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  query EditIndicatorForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      ...EditIndicatorForm_indicator\n    }\n    plans {\n      id\n      title\n      status\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.EditIndicatorFormDocument,
    "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      created\n      corrected\n      unchanged\n    }\n  }\n": types.ImportMeasurementsDocument,
    "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      id\n      name\n      definition\n      dataSource\n      caveat\n      unit\n      direction\n      baselineLabel\n      baselineValue\n      baselineText\n      targetValue\n      targetText\n      targetDate\n      tolerancePercent\n      frequency\n      published\n      exampleData\n      version\n      priorities {\n        id\n        number\n        title\n        plan {\n          id\n          slug\n          title\n        }\n      }\n      latest {\n        id\n        periodLabel\n        periodStart\n        valueText\n      }\n      changeFromBaseline {\n        absolute\n        percent\n        absoluteText\n        percentText\n      }\n      status\n      trend\n      definitionChanges {\n        id\n        changedOn\n        previousDefinition\n        newDefinition\n      }\n      measurements {\n        id\n        periodStart\n        periodLabel\n        value\n        valueText\n      }\n      ...MeasurementsTable_indicator\n    }\n  }\n": types.IndicatorDetailDocument,
    "\n  query IndicatorForm {\n    plans {\n      id\n      title\n      status\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.IndicatorFormDocument,
    "\n  query IndicatorsList {\n    indicators {\n      id\n      ...IndicatorsTable_indicator\n    }\n  }\n": types.IndicatorsListDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n    }\n  }\n": types.RecordMeasurementDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      ...EditIndicatorForm_indicator\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  query ValueForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      ...ValueForm_indicator\n    }\n  }\n": types.ValueFormDocument,
    "\n  fragment EditIndicatorForm_indicator on Indicator {\n    id\n    name\n    definition\n    dataSource\n    caveat\n    unit\n    frequency\n    direction\n    baselineLabel\n    baselineValue\n    targetValue\n    targetDate\n    tolerancePercent\n    published\n    exampleData\n    version\n    priorities {\n      id\n    }\n  }\n": types.EditIndicatorForm_IndicatorFragmentDoc,
    "\n  fragment MilestonesTable_milestone on Milestone {\n    id\n    title\n    dueDate\n    completedOn\n    evidence\n    overdue\n  }\n": types.MilestonesTable_MilestoneFragmentDoc,
    "\n  fragment MilestonesTable_action on Action {\n    id\n    canEdit\n    milestones {\n      id\n      ...MilestonesTable_milestone\n    }\n  }\n": types.MilestonesTable_ActionFragmentDoc,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n": types.CreateMilestoneDocument,
    "\n  query EditMilestoneForm($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      ref\n      title\n      canEdit\n      ...CannotUpdate_action\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        evidence\n      }\n    }\n    evidenceUploadLimit\n  }\n": types.EditMilestoneFormDocument,
    "\n  query NewMilestoneForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n      ...CannotUpdate_action\n    }\n  }\n": types.NewMilestoneFormDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  fragment OrganisationSettingsFields on OrganisationSettingsModel {\n    version\n    serviceName\n    organisationName\n    logoUrl\n    contactEmail\n    contactPhone\n    postalAddress\n    dataControllerName\n    dpoName\n    dpoEmail\n    publicUrl\n    mailFromName\n    mailFromAddress\n    accessibilityCompliance\n    accessibilityNonAccessible\n    accessibilityTesting\n    accessibilityTestedOn\n    accessibilityPreparedOn\n    accessibilityReviewedOn\n    privacyPurposes\n    privacyLawfulBasis\n    privacyRecipients\n    fromEnvironment\n    missing {\n      accessibility\n      privacy\n    }\n  }\n": types.OrganisationSettingsFieldsFragmentDoc,
    "\n  query OrganisationSettings {\n    organisationSettings {\n      ...OrganisationSettingsFields\n    }\n  }\n": types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n": types.UpdateOrganisationSettingsDocument,
    "\n  query Site {\n    site {\n      serviceName\n      organisationName\n      logoUrl\n    }\n  }\n": types.SiteDocument,
    "\n  fragment PartnerActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    dueDate\n    plan {\n      id\n      slug\n      title\n    }\n  }\n": types.PartnerActionsTable_ActionFragmentDoc,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  query EditPartnerForm($id: ID!) {\n    partner(id: $id) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": types.EditPartnerFormDocument,
    "\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n": types.PartnerDetailDocument,
    "\n  query PartnersList {\n    partners {\n      id\n      name\n      kind\n      website\n    }\n  }\n": types.PartnersListDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      ...EditPartnerForm_partner\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  fragment EditPartnerForm_partner on Partner {\n    id\n    name\n    kind\n    website\n    description\n    contactEmail\n    contactPhone\n  }\n": types.EditPartnerForm_PartnerFragmentDoc,
    "\n  fragment PlanSummary_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    progress\n    actionCount\n  }\n": types.PlanSummary_PlanFragmentDoc,
    "\n  fragment PrioritySection_priority on Priority {\n    id\n    number\n    title\n    description\n    progress\n    overdueActionCount\n    actions {\n      id\n    }\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n    ...PriorityIndicators_priority\n  }\n": types.PrioritySection_PriorityFragmentDoc,
    "\n  fragment RagCountsList_counts on RagCounts {\n    red\n    amber\n    green\n  }\n": types.RagCountsList_CountsFragmentDoc,
    "\n  fragment StatusCountsList_counts on StatusCounts {\n    notStarted\n    inProgress\n    completed\n    deferred\n    cancelled\n  }\n": types.StatusCountsList_CountsFragmentDoc,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": types.CreatePlanDocument,
    "\n  query EditPlanForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      ...EditPlanForm_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.EditPlanFormDocument,
    "\n  query NewPlanForm {\n    partners {\n      id\n      name\n    }\n  }\n": types.NewPlanFormDocument,
    "\n  query PlanDashboard($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      startDate\n      endDate\n      progress\n      actionCount\n      overdueActionCount\n      owner {\n        id\n        name\n      }\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n      overdueMilestones {\n        id\n      }\n      priorities {\n        id\n        ...PrioritySection_priority\n      }\n      ...PlanIndicators_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.PlanDashboardDocument,
    "\n  query PlanRulesForm($slug: String!) {\n    plan(slug: $slug) {\n      ...PlanRulesForm_plan\n    }\n  }\n": types.PlanRulesFormDocument,
    "\n  query PlansList {\n    plans {\n      id\n      ...PlanSummary_plan\n    }\n  }\n": types.PlansListDocument,
    "\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...EditPlanForm_plan\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation UpdatePlanRules($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...PlanRulesForm_plan\n    }\n  }\n": types.UpdatePlanRulesDocument,
    "\n  fragment EditPlanForm_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    contactEmail\n    contactUrl\n    owner {\n      id\n    }\n  }\n": types.EditPlanForm_PlanFragmentDoc,
    "\n  fragment PlanRulesForm_plan on Plan {\n    id\n    slug\n    title\n    ragRedLateDays\n    ragAmberBehindPoints\n    staleAfterDays\n    reminderDaysBefore\n  }\n": types.PlanRulesForm_PlanFragmentDoc,
    "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n      number\n      title\n      description\n    }\n  }\n": types.CreatePriorityDocument,
    "\n  query NewPriorityForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n      }\n    }\n  }\n": types.NewPriorityFormDocument,
    "\n  fragment PastReports_run on ReportRun {\n    id\n    title\n    draft\n    cycleId\n    status\n    requestedByName\n    createdAt\n    files {\n      id\n      format\n      fileName\n      sizeBytes\n      downloadUrl\n    }\n  }\n": types.PastReports_RunFragmentDoc,
    "\n  fragment ReportProgress_run on ReportRun {\n    id\n    title\n    status\n    progress\n    stage\n    error\n    files {\n      id\n      format\n      fileName\n      sizeBytes\n      downloadUrl\n    }\n  }\n": types.ReportProgress_RunFragmentDoc,
    "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      id\n      ...ReportProgress_run\n    }\n  }\n": types.GenerateReportDocument,
    "\n  query PlanReports($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      reviewCycles {\n        id\n        quarter\n        status\n      }\n    }\n  }\n": types.PlanReportsDocument,
    "\n  query ReportRun($id: ID!) {\n    reportRun(id: $id) {\n      id\n      title\n      status\n      ...ReportProgress_run\n    }\n  }\n": types.ReportRunDocument,
    "\n  query ReportRuns($planId: ID!) {\n    reportRuns(planId: $planId) {\n      id\n      ...PastReports_run\n    }\n  }\n": types.ReportRunsDocument,
    "\n  fragment AgendaTable_item on AgendaItem {\n    position\n    reasons\n    action {\n      id\n      ref\n      title\n      leadPartnerName\n      rag\n      ragReason\n      latestCommentary\n      decision\n      escalatedTo\n    }\n  }\n": types.AgendaTable_ItemFragmentDoc,
    "\n  fragment ComparisonTables_comparison on QuarterComparison {\n    from\n    to\n    plan {\n      from\n      to\n      change\n    }\n    priorities {\n      number\n      title\n      from\n      to\n      change\n    }\n    actions {\n      ref\n      title\n      from\n      to\n      change\n    }\n    ragMovements {\n      from\n      to\n      count\n      actions {\n        ref\n        title\n      }\n    }\n    completed {\n      ref\n      title\n    }\n    added {\n      ref\n      title\n    }\n    removed {\n      ref\n      title\n    }\n    deferred {\n      ref\n      title\n    }\n    slippedMilestones {\n      milestoneId\n      title\n      fromDue\n      toDue\n      days\n      action {\n        ref\n        title\n      }\n    }\n  }\n": types.ComparisonTables_ComparisonFragmentDoc,
    "\n  fragment FollowUpsTable_followUp on FollowUp {\n    id\n    description\n    dueOn\n    status\n    version\n    owner {\n      id\n      name\n    }\n    action {\n      id\n      ref\n      title\n    }\n    cycle {\n      id\n      quarter\n    }\n  }\n": types.FollowUpsTable_FollowUpFragmentDoc,
    "\n  fragment MeetingItem_item on AgendaItem {\n    position\n    reasons\n    action {\n      id\n      ref\n      title\n      leadPartnerName\n      status\n      rag\n      ragReason\n      progress\n      latestCommentary\n      latestUpdateAt\n      decision\n      escalatedTo\n      openChallenge\n      entries {\n        at\n        kind\n        decision\n        escalatedTo\n        body\n        authorName\n      }\n      followUps {\n        id\n        description\n        dueOn\n        ownerName\n        status\n      }\n    }\n  }\n": types.MeetingItem_ItemFragmentDoc,
    "\n  fragment QuestionsSection_question on PublicQuestion {\n    id\n    question\n    askedBy\n    receivedOn\n    answer\n    answeredBy\n    published\n    publishedAt\n    actions {\n      id\n      ref\n    }\n  }\n": types.QuestionsSection_QuestionFragmentDoc,
    "\n  fragment ReviewEntries_entry on ReviewEntry {\n    id\n    kind\n    decision\n    escalatedTo\n    body\n    authorName\n    createdAt\n  }\n": types.ReviewEntries_EntryFragmentDoc,
    "\n  fragment SnapshotActionsTable_action on SnapshotAction {\n    id\n    ref\n    title\n    leadPartnerName\n    status\n    rag\n    ragReason\n    progress\n    latestCommentary\n    latestUpdateAt\n    updatedThisQuarter\n    decision\n    escalatedTo\n    openChallenge\n  }\n": types.SnapshotActionsTable_ActionFragmentDoc,
    "\n  fragment SnapshotView_snapshot on PlanSnapshot {\n    quarter\n    live\n    asAt\n    takenAt\n    takenByEmail\n    rollup {\n      progress\n      actionCount\n      overdueActionCount\n      overdueMilestoneCount\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n    }\n    priorities {\n      number\n      title\n      progress\n      actionCount\n      overdueActionCount\n      overdueMilestoneCount\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n    }\n    actions {\n      priorityNumber\n      ...SnapshotActionsTable_action\n    }\n    indicators {\n      id\n      name\n      latestPeriod\n      latestText\n      baselineLabel\n      changeText\n      changePercentText\n      targetText\n      status\n      trend\n      exampleData\n    }\n  }\n": types.SnapshotView_SnapshotFragmentDoc,
    "\n  mutation AddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n      ...FollowUpsTable_followUp\n    }\n  }\n": types.AddFollowUpDocument,
    "\n  query CloseReviewForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      version\n      canMoveTo\n      plan {\n        id\n        slug\n        title\n      }\n      closingCheck {\n        actionCount\n        actionsWithoutUpdate\n        openChallenges\n        refsWithoutUpdate\n      }\n    }\n  }\n": types.CloseReviewFormDocument,
    "\n  mutation CreatePublicQuestion($input: CreatePublicQuestionInput!) {\n    createPublicQuestion(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreatePublicQuestionDocument,
    "\n  mutation CreateReviewCycle($input: CreateReviewCycleInput!) {\n    createReviewCycle(input: $input) {\n      id\n      quarter\n      status\n      opensOn\n      deadline\n      meetingOn\n      version\n    }\n  }\n": types.CreateReviewCycleDocument,
    "\n  mutation MoveReviewCycle($input: MoveReviewCycleInput!) {\n    moveReviewCycle(input: $input) {\n      id\n      status\n      version\n      canMoveTo\n      closedAt\n      closedByEmail\n      closedBy\n    }\n  }\n": types.MoveReviewCycleDocument,
    "\n  query MyReviewTasks {\n    myReviewTasks {\n      challenges {\n        actionId\n        cycleId\n        cycle {\n          id\n          quarter\n          plan {\n            id\n            title\n          }\n        }\n        action {\n          id\n          ref\n          title\n        }\n        entries {\n          id\n          kind\n          decision\n          body\n          authorName\n          createdAt\n        }\n      }\n      followUps {\n        id\n        ...FollowUpsTable_followUp\n      }\n    }\n  }\n": types.MyReviewTasksDocument,
    "\n  subscription PlanEvents($planId: ID!) {\n    planEvents(planId: $planId) {\n      kind\n      planId\n      actionId\n      cycleId\n      at\n      actorName\n    }\n  }\n": types.PlanEventsDocument,
    "\n  query PlanReviews($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      startDate\n      endDate\n      reviewCycles {\n        id\n        quarter\n        status\n        opensOn\n        deadline\n        meetingOn\n      }\n      snapshots {\n        cycleId\n        quarter\n        takenAt\n      }\n    }\n  }\n": types.PlanReviewsDocument,
    "\n  query QuarterComparison($slug: String!, $from: String!, $to: String, $compare: Boolean!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      snapshots {\n        cycleId\n        quarter\n        takenAt\n      }\n      comparison(from: $from, to: $to) @include(if: $compare) {\n        ...ComparisonTables_comparison\n      }\n    }\n  }\n": types.QuarterComparisonDocument,
    "\n  query QuarterSnapshot($slug: String!, $quarter: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      snapshots {\n        cycleId\n        quarter\n      }\n      snapshot(quarter: $quarter) {\n        ...SnapshotView_snapshot\n      }\n    }\n  }\n": types.QuarterSnapshotDocument,
    "\n  query QuestionForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      plan {\n        id\n        slug\n        title\n        priorities {\n          id\n          number\n          actions {\n            id\n            ref\n            title\n          }\n        }\n      }\n      questions {\n        id\n        question\n        askedBy\n        receivedOn\n        answer\n        answeredBy\n        published\n        version\n        actions {\n          id\n        }\n      }\n    }\n  }\n": types.QuestionFormDocument,
    "\n  mutation RecordReviewDecision($input: RecordReviewDecisionInput!) {\n    recordReviewDecision(input: $input) {\n      actionId\n      cycleId\n      decision\n      openChallenge\n    }\n  }\n": types.RecordReviewDecisionDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      id\n    }\n  }\n": types.ReorderAgendaDocument,
    "\n  mutation RespondToReview($input: RespondToReviewInput!) {\n    respondToReview(input: $input) {\n      actionId\n      cycleId\n      openChallenge\n    }\n  }\n": types.RespondToReviewDocument,
    "\n  query ReviewAgenda($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n        ...AgendaTable_item\n      }\n    }\n  }\n": types.ReviewAgendaDocument,
    "\n  query ReviewCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      opensOn\n      deadline\n      meetingOn\n      version\n      canMoveTo\n      closedAt\n      closedByEmail\n      closedBy\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n      }\n      picture {\n        ...SnapshotView_snapshot\n      }\n      questions {\n        id\n        ...QuestionsSection_question\n      }\n    }\n  }\n": types.ReviewCycleDocument,
    "\n  query ReviewDatesForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      version\n      opensOn\n      deadline\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.ReviewDatesFormDocument,
    "\n  query ReviewMeeting($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n        ...MeetingItem_item\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.ReviewMeetingDocument,
    "\n  query ReviewThread($id: ID!, $actionId: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      plan {\n        id\n        slug\n        title\n      }\n      picture {\n        actions {\n          id\n          ref\n          title\n          leadPartnerName\n          status\n          rag\n          ragReason\n          progress\n          latestCommentary\n          latestUpdateAt\n          updatedThisQuarter\n        }\n      }\n      threads {\n        actionId\n        decision\n        escalatedTo\n        openChallenge\n        entries {\n          id\n          ...ReviewEntries_entry\n        }\n        followUps {\n          id\n          ...FollowUpsTable_followUp\n        }\n      }\n    }\n    action(id: $actionId) {\n      id\n      ref\n      title\n      status\n      canEdit\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.ReviewThreadDocument,
    "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.UpdateFollowUpDocument,
    "\n  mutation UpdatePublicQuestion($input: UpdatePublicQuestionInput!) {\n    updatePublicQuestion(input: $input) {\n      id\n      question\n      askedBy\n      receivedOn\n      answer\n      answeredBy\n      published\n      publishedAt\n      version\n      actions {\n        id\n      }\n    }\n  }\n": types.UpdatePublicQuestionDocument,
    "\n  mutation UpdateReviewCycle($input: UpdateReviewCycleInput!) {\n    updateReviewCycle(input: $input) {\n      id\n      opensOn\n      deadline\n      meetingOn\n      version\n    }\n  }\n": types.UpdateReviewCycleDocument,
    "\n  query SetupStatus($token: String!) {\n    setupStatus(token: $token) {\n      usable\n      expiresAt\n    }\n  }\n": types.SetupStatusDocument,
    "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": types.CompleteSetupDocument,
    "\n  mutation AddPartnerDomain($input: AddPartnerDomainInput!) {\n    addPartnerDomain(input: $input) {\n      domain\n    }\n  }\n": types.AddPartnerDomainDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      name\n      issuer\n      redirectUri\n      enabled\n      activeSessions\n      changedAt\n      changedByEmail\n    }\n  }\n": types.IdentityProvidersDocument,
    "\n  query PartnerDomains($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n    }\n    partnerDomains(partnerId: $partnerId) {\n      domain\n      providerId\n      tenantId\n      defaultRole\n      verifiedAt\n      verifiedByEmail\n    }\n    identityProviders {\n      id\n      name\n    }\n  }\n": types.PartnerDomainsDocument,
    "\n  mutation RemovePartnerDomain($domain: ID!) {\n    removePartnerDomain(domain: $domain) {\n      domain\n    }\n  }\n": types.RemovePartnerDomainDocument,
    "\n  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {\n    setIdentityProviderEnabled(input: $input) {\n      id\n      enabled\n      activeSessions\n      changedAt\n      changedByEmail\n    }\n  }\n": types.SetIdentityProviderEnabledDocument,
    "\n  fragment UpdateLinksTable_link on UpdateLink {\n    id\n    email\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n": types.UpdateLinksTable_LinkFragmentDoc,
    "\n  mutation IssueUpdateLink($input: IssueUpdateLinkInput!) {\n    issueUpdateLink(input: $input) {\n      path\n      link {\n        id\n        expiresAt\n        ...UpdateLinksTable_link\n      }\n    }\n  }\n": types.IssueUpdateLinkDocument,
    "\n  query IssueUpdateLinkForm($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n": types.IssueUpdateLinkFormDocument,
    "\n  query MyUpdateLink {\n    myUpdateLink {\n      email\n      expiresAt\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.MyUpdateLinkDocument,
    "\n  mutation OpenUpdateLink($input: OpenUpdateLinkInput!) {\n    openUpdateLink(input: $input) {\n      email\n      expiresAt\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.OpenUpdateLinkDocument,
    "\n  mutation RevokeUpdateLink($input: RevokeUpdateLinkInput!) {\n    revokeUpdateLink(input: $input) {\n      id\n      ...UpdateLinksTable_link\n    }\n  }\n": types.RevokeUpdateLinkDocument,
    "\n  query UpdateLinkPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n": types.UpdateLinkPartnerDocument,
    "\n  query UpdateLinks($partnerId: ID!) {\n    updateLinks(partnerId: $partnerId) {\n      id\n      ...UpdateLinksTable_link\n    }\n  }\n": types.UpdateLinksDocument,
    "\n  query WithdrawUpdateLinkForm($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n    }\n    updateLinks(partnerId: $partnerId) {\n      id\n      email\n      expiresAt\n      active\n    }\n  }\n": types.WithdrawUpdateLinkFormDocument,
    "\n  fragment MyActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    plan {\n      id\n      slug\n      title\n    }\n    latestUpdate {\n      id\n      createdAt\n    }\n  }\n": types.MyActionsTable_ActionFragmentDoc,
    "\n  fragment ProgressUpdates_action on Action {\n    id\n    updates {\n      id\n      createdAt\n      authorEmail\n      status\n      rag\n      ragReason\n      progress\n      commentary\n      outcome\n      milestoneCompletions\n    }\n  }\n": types.ProgressUpdates_ActionFragmentDoc,
    "\n  mutation BulkUpdateActions($input: BulkUpdateActionsInput!) {\n    bulkUpdateActions(input: $input) {\n      id\n      ragReason\n      version\n      updatedAt\n      ...ActionsTable_action\n    }\n  }\n": types.BulkUpdateActionsDocument,
    "\n  query MyActions {\n    myActions {\n      quarter\n      partner {\n        id\n        name\n      }\n      overdueMilestones {\n        id\n        ...MyActionsTable_action\n      }\n      needsUpdate {\n        id\n        ...MyActionsTable_action\n      }\n      upToDate {\n        id\n        ...MyActionsTable_action\n      }\n    }\n  }\n": types.MyActionsDocument,
    "\n  mutation RecordUpdate($input: RecordUpdateInput!) {\n    recordUpdate(input: $input) {\n      id\n      action {\n        id\n        status\n        rag\n        ragReason\n        suggestedRag\n        progress\n        version\n        stale\n        updatedAt\n        ...ProgressUpdates_action\n        ...MilestonesTable_action\n      }\n    }\n  }\n": types.RecordUpdateDocument,
    "\n  query RecordUpdateForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      status\n      rag\n      ragReason\n      suggestedRag\n      progress\n      startDate\n      dueDate\n      version\n      canEdit\n      ...CannotUpdate_action\n      latestUpdate {\n        id\n        version\n        commentary\n      }\n      plan {\n        id\n        title\n        ragRedLateDays\n        ragAmberBehindPoints\n      }\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        overdue\n      }\n    }\n    evidenceUploadLimit\n  }\n": types.RecordUpdateFormDocument,
    "\n  fragment UserSummary_user on User {\n    id\n    name\n    email\n    role\n    status\n    active\n    lastSignInAt\n    signInMethods\n    invitedAt\n    createdAt\n    partner {\n      id\n      name\n    }\n  }\n": types.UserSummary_UserFragmentDoc,
    "\n  fragment UsersTable_user on User {\n    id\n    name\n    email\n    role\n    status\n    lastSignInAt\n    signInMethods\n    partner {\n      id\n      name\n    }\n  }\n": types.UsersTable_UserFragmentDoc,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResendInvite($input: UserIdInput!) {\n    resendInvite(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n": types.ResendInviteDocument,
    "\n  query UserDetail($offset: Int!) {\n    users(page: { limit: 100, offset: $offset }) {\n      hasNextPage\n      items {\n        id\n        ...UserSummary_user\n      }\n    }\n  }\n": types.UserDetailDocument,
    "\n  query UserForm {\n    partners {\n      id\n      name\n    }\n  }\n": types.UserFormDocument,
    "\n  query UsersList($filter: UserFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        ...UsersTable_user\n      }\n    }\n  }\n": types.UsersListDocument,
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
export function graphql(source: "\n  fragment ActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    progress\n    dueDate\n    overdue\n    canEdit\n    leadPartner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    progress\n    dueDate\n    overdue\n    canEdit\n    leadPartner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CannotUpdate_action on Action {\n    id\n    ref\n    title\n    canEdit\n    leadPartner {\n      id\n      name\n    }\n    supportingPartners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CannotUpdate_action on Action {\n    id\n    ref\n    title\n    canEdit\n    leadPartner {\n      id\n      name\n    }\n    supportingPartners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionDetail($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      description\n      published\n      publicSummary\n      status\n      rag\n      ragReason\n      stale\n      progress\n      startDate\n      dueDate\n      area\n      overdue\n      canEdit\n      version\n      updatedAt\n      createdAt\n      latestUpdate {\n        id\n        createdAt\n      }\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n      ...MilestonesTable_action\n      ...ProgressUpdates_action\n      ...EvidenceFiles_action\n      history {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n    # To name the partners in the history's changes.\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActionDetail($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      description\n      published\n      publicSummary\n      status\n      rag\n      ragReason\n      stale\n      progress\n      startDate\n      dueDate\n      area\n      overdue\n      canEdit\n      version\n      updatedAt\n      createdAt\n      latestUpdate {\n        id\n        createdAt\n      }\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      supportingPartners {\n        id\n        name\n      }\n      ...MilestonesTable_action\n      ...ProgressUpdates_action\n      ...EvidenceFiles_action\n      history {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n    # To name the partners in the history's changes.\n    partners {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  query EditActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      ...EditActionForm_action\n      ...CannotUpdate_action\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EditActionForm($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      ...EditActionForm_action\n      ...CannotUpdate_action\n      plan {\n        id\n        slug\n        title\n      }\n      priority {\n        id\n        number\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment EditActionForm_action on Action {\n    id\n    ref\n    title\n    description\n    status\n    rag\n    progress\n    startDate\n    dueDate\n    weight\n    area\n    published\n    publicSummary\n    canEdit\n    version\n    leadPartner {\n      id\n    }\n    supportingPartners {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditActionForm_action on Action {\n    id\n    ref\n    title\n    description\n    status\n    rag\n    progress\n    startDate\n    dueDate\n    weight\n    area\n    published\n    publicSummary\n    canEdit\n    version\n    leadPartner {\n      id\n    }\n    supportingPartners {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributingActionsTable_contribution on Contribution {\n    id\n    outcome\n    how\n    priority {\n      id\n      number\n      title\n    }\n    action {\n      id\n      ref\n      title\n      status\n      rag\n      progress\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContributingActionsTable_contribution on Contribution {\n    id\n    outcome\n    how\n    priority {\n      id\n      number\n      title\n    }\n    action {\n      id\n      ref\n      title\n      status\n      rag\n      progress\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributionRollupSummary_rollup on ContributionRollup {\n    progress\n    actionCount\n    overdueActionCount\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n  }\n"): (typeof documents)["\n  fragment ContributionRollupSummary_rollup on ContributionRollup {\n    progress\n    actionCount\n    overdueActionCount\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionContributions($id: ID!) {\n    action(id: $id) {\n      id\n      canEdit\n      contributesTo {\n        id\n        status\n        outcome\n        how\n        priority {\n          id\n          number\n          title\n          plan {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionContributions($id: ID!) {\n    action(id: $id) {\n      id\n      canEdit\n      contributesTo {\n        id\n        status\n        outcome\n        how\n        priority {\n          id\n          number\n          title\n          plan {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContribution($input: AddContributionInput!) {\n    addContribution(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AddContribution($input: AddContributionInput!) {\n    addContribution(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddContributionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n      plan {\n        id\n        title\n      }\n    }\n    plans {\n      id\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AddContributionForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n      plan {\n        id\n        title\n      }\n    }\n    plans {\n      id\n      title\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContribution($input: ArchiveInput!) {\n    archiveContribution(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveContribution($input: ArchiveInput!) {\n    archiveContribution(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideContribution($input: DecideContributionInput!) {\n    decideContribution(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideContribution($input: DecideContributionInput!) {\n    decideContribution(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveredThrough($slug: String!) {\n    plan(slug: $slug) {\n      id\n      deliveredThrough {\n        plan {\n          id\n          slug\n          title\n        }\n        contributions {\n          ...ContributingActionsTable_contribution\n        }\n        rollup {\n          ...ContributionRollupSummary_rollup\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliveredThrough($slug: String!) {\n    plan(slug: $slug) {\n      id\n      deliveredThrough {\n        plan {\n          id\n          slug\n          title\n        }\n        contributions {\n          ...ContributingActionsTable_contribution\n        }\n        rollup {\n          ...ContributionRollupSummary_rollup\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityPage($id: ID!) {\n    priority(id: $id) {\n      id\n      number\n      title\n      description\n      progress\n      plan {\n        id\n        slug\n        title\n      }\n      actions {\n        id\n        ref\n        title\n        status\n        rag\n        progress\n      }\n      contributions {\n        ...ContributingActionsTable_contribution\n      }\n      contributionRollup {\n        ...ContributionRollupSummary_rollup\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriorityPage($id: ID!) {\n    priority(id: $id) {\n      id\n      number\n      title\n      description\n      progress\n      plan {\n        id\n        slug\n        title\n      }\n      actions {\n        id\n        ref\n        title\n        status\n        rag\n        progress\n      }\n      contributions {\n        ...ContributingActionsTable_contribution\n      }\n      contributionRollup {\n        ...ContributionRollupSummary_rollup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContribution($input: UpdateContributionInput!) {\n    updateContribution(input: $input) {\n      id\n      outcome\n      how\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContribution($input: UpdateContributionInput!) {\n    updateContribution(input: $input) {\n      id\n      outcome\n      how\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    at\n    actorEmail\n    actorRole\n    actorPartner {\n      id\n      name\n    }\n    operation\n    recordType\n    recordId\n    recordTitle\n    actionId\n    action {\n      id\n      ref\n      title\n    }\n    changes\n    outcome\n    errorCode\n    message\n  }\n"): (typeof documents)["\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    at\n    actorEmail\n    actorRole\n    actorPartner {\n      id\n      name\n    }\n    operation\n    recordType\n    recordId\n    recordTitle\n    actionId\n    action {\n      id\n      ref\n      title\n    }\n    changes\n    outcome\n    errorCode\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFilterOptions {\n    users(page: { limit: 100 }) {\n      items {\n        id\n        name\n        email\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditFilterOptions {\n    users(page: { limit: 100 }) {\n      items {\n        id\n        name\n        email\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditFilter, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      hasNextPage\n      items {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditFilter, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      hasNextPage\n      items {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input)\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandingPlans {\n    plans {\n      id\n      slug\n      status\n      snapshots {\n        cycleId\n        quarter\n      }\n    }\n  }\n"): (typeof documents)["\n  query LandingPlans {\n    plans {\n      id\n      slug\n      status\n      snapshots {\n        cycleId\n        quarter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      providers {\n        id\n        name\n      }\n      passwordSignIn\n      accessContact\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      providers {\n        id\n        name\n      }\n      passwordSignIn\n      accessContact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    endSession {\n      signedOut\n      providerSignOutUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    endSession {\n      signedOut\n      providerSignOutUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFiles_action on Action {\n    id\n    evidenceFiles {\n      id\n      fileName\n      kind\n      sizeBytes\n      sha256\n      addedByEmail\n      addedByOrganisation\n      createdAt\n      milestoneId\n      updateId\n      published\n      archivedAt\n      archiveReason\n      canArchive\n      downloadUrl\n    }\n    milestones {\n      id\n      title\n    }\n    updates {\n      id\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceFiles_action on Action {\n    id\n    evidenceFiles {\n      id\n      fileName\n      kind\n      sizeBytes\n      sha256\n      addedByEmail\n      addedByOrganisation\n      createdAt\n      milestoneId\n      updateId\n      published\n      archivedAt\n      archiveReason\n      canArchive\n      downloadUrl\n    }\n    milestones {\n      id\n      title\n    }\n    updates {\n      id\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveEvidenceFile($input: ArchiveEvidenceFileInput!) {\n    archiveEvidenceFile(input: $input) {\n      id\n      archivedAt\n      archiveReason\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveEvidenceFile($input: ArchiveEvidenceFileInput!) {\n    archiveEvidenceFile(input: $input) {\n      id\n      archivedAt\n      archiveReason\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvidenceFile($input: PublishEvidenceFileInput!) {\n    publishEvidenceFile(input: $input) {\n      id\n      published\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvidenceFile($input: PublishEvidenceFileInput!) {\n    publishEvidenceFile(input: $input) {\n      id\n      published\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyPlanImport($input: ApplyPlanImportInput!) {\n    applyPlanImport(input: $input) {\n      id\n      status\n      progress\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyPlanImport($input: ApplyPlanImportInput!) {\n    applyPlanImport(input: $input) {\n      id\n      status\n      progress\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPlan($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query ImportPlan($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRun($id: ID!) {\n    importRun(id: $id) {\n      id\n      fileName\n      status\n      progress\n      stage\n      rowCount\n      error\n      problems {\n        row\n        column\n        message\n      }\n      unknownPartners {\n        name\n        rows\n      }\n      changes {\n        personalData {\n          row\n          column\n          kind\n          text\n        }\n        created {\n          row\n          ref\n          title\n          actionId\n          published\n          fields {\n            field\n            before\n            after\n          }\n          milestones {\n            title\n            change\n            before\n            after\n          }\n        }\n        updated {\n          row\n          ref\n          title\n          actionId\n          published\n          fields {\n            field\n            before\n            after\n          }\n          milestones {\n            title\n            change\n            before\n            after\n          }\n        }\n        unchanged {\n          row\n          ref\n          title\n          actionId\n          published\n        }\n        notInFile {\n          row\n          ref\n          title\n          actionId\n          published\n        }\n        prioritiesCreated {\n          number\n          title\n        }\n        partnersCreated {\n          name\n          kind\n        }\n        examples\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportRun($id: ID!) {\n    importRun(id: $id) {\n      id\n      fileName\n      status\n      progress\n      stage\n      rowCount\n      error\n      problems {\n        row\n        column\n        message\n      }\n      unknownPartners {\n        name\n        rows\n      }\n      changes {\n        personalData {\n          row\n          column\n          kind\n          text\n        }\n        created {\n          row\n          ref\n          title\n          actionId\n          published\n          fields {\n            field\n            before\n            after\n          }\n          milestones {\n            title\n            change\n            before\n            after\n          }\n        }\n        updated {\n          row\n          ref\n          title\n          actionId\n          published\n          fields {\n            field\n            before\n            after\n          }\n          milestones {\n            title\n            change\n            before\n            after\n          }\n        }\n        unchanged {\n          row\n          ref\n          title\n          actionId\n          published\n        }\n        notInFile {\n          row\n          ref\n          title\n          actionId\n          published\n        }\n        prioritiesCreated {\n          number\n          title\n        }\n        partnersCreated {\n          name\n          kind\n        }\n        examples\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanImports($planId: ID!) {\n    planImports(planId: $planId) {\n      id\n      fileName\n      status\n      createdAt\n      requestedByEmail\n    }\n  }\n"): (typeof documents)["\n  query PlanImports($planId: ID!) {\n    planImports(planId: $planId) {\n      id\n      fileName\n      status\n      createdAt\n      requestedByEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorsTable_indicator on Indicator {\n    id\n    name\n    published\n    exampleData\n    targetText\n    latest {\n      id\n      periodLabel\n      valueText\n    }\n    status\n    trend\n    changeFromBaseline {\n      absolute\n      percent\n      absoluteText\n      percentText\n    }\n  }\n"): (typeof documents)["\n  fragment IndicatorsTable_indicator on Indicator {\n    id\n    name\n    published\n    exampleData\n    targetText\n    latest {\n      id\n      periodLabel\n      valueText\n    }\n    status\n    trend\n    changeFromBaseline {\n      absolute\n      percent\n      absoluteText\n      percentText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasurementsTable_indicator on Indicator {\n    id\n    name\n    unit\n    measurements {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n      revisions {\n        value\n        note\n        recordedByEmail\n        recordedAt\n        replacedAt\n        replacedByEmail\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeasurementsTable_indicator on Indicator {\n    id\n    name\n    unit\n    measurements {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n      revisions {\n        value\n        note\n        recordedByEmail\n        recordedAt\n        replacedAt\n        replacedByEmail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanIndicators_plan on Plan {\n    id\n    indicators {\n      id\n      ...IndicatorsTable_indicator\n    }\n  }\n"): (typeof documents)["\n  fragment PlanIndicators_plan on Plan {\n    id\n    indicators {\n      id\n      ...IndicatorsTable_indicator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityIndicators_priority on Priority {\n    id\n    number\n    indicators {\n      id\n      name\n      status\n      targetText\n      latest {\n        id\n        periodLabel\n        valueText\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityIndicators_priority on Priority {\n    id\n    number\n    indicators {\n      id\n      name\n      status\n      targetText\n      latest {\n        id\n        periodLabel\n        valueText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ValueForm_indicator on Indicator {\n    id\n    name\n    unit\n    frequency\n    latest {\n      id\n      periodStart\n      periodLabel\n      valueText\n    }\n    measurements {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ValueForm_indicator on Indicator {\n    id\n    name\n    unit\n    frequency\n    latest {\n      id\n      periodStart\n      periodLabel\n      valueText\n    }\n    measurements {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveIndicator($input: ArchiveInput!) {\n    archiveIndicator(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveIndicator($input: ArchiveInput!) {\n    archiveIndicator(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveIndicatorForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ArchiveIndicatorForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditIndicatorForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      ...EditIndicatorForm_indicator\n    }\n    plans {\n      id\n      title\n      status\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditIndicatorForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      ...EditIndicatorForm_indicator\n    }\n    plans {\n      id\n      title\n      status\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      created\n      corrected\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      created\n      corrected\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      id\n      name\n      definition\n      dataSource\n      caveat\n      unit\n      direction\n      baselineLabel\n      baselineValue\n      baselineText\n      targetValue\n      targetText\n      targetDate\n      tolerancePercent\n      frequency\n      published\n      exampleData\n      version\n      priorities {\n        id\n        number\n        title\n        plan {\n          id\n          slug\n          title\n        }\n      }\n      latest {\n        id\n        periodLabel\n        periodStart\n        valueText\n      }\n      changeFromBaseline {\n        absolute\n        percent\n        absoluteText\n        percentText\n      }\n      status\n      trend\n      definitionChanges {\n        id\n        changedOn\n        previousDefinition\n        newDefinition\n      }\n      measurements {\n        id\n        periodStart\n        periodLabel\n        value\n        valueText\n      }\n      ...MeasurementsTable_indicator\n    }\n  }\n"): (typeof documents)["\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      id\n      name\n      definition\n      dataSource\n      caveat\n      unit\n      direction\n      baselineLabel\n      baselineValue\n      baselineText\n      targetValue\n      targetText\n      targetDate\n      tolerancePercent\n      frequency\n      published\n      exampleData\n      version\n      priorities {\n        id\n        number\n        title\n        plan {\n          id\n          slug\n          title\n        }\n      }\n      latest {\n        id\n        periodLabel\n        periodStart\n        valueText\n      }\n      changeFromBaseline {\n        absolute\n        percent\n        absoluteText\n        percentText\n      }\n      status\n      trend\n      definitionChanges {\n        id\n        changedOn\n        previousDefinition\n        newDefinition\n      }\n      measurements {\n        id\n        periodStart\n        periodLabel\n        value\n        valueText\n      }\n      ...MeasurementsTable_indicator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorForm {\n    plans {\n      id\n      title\n      status\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorForm {\n    plans {\n      id\n      title\n      status\n      priorities {\n        id\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsList {\n    indicators {\n      id\n      ...IndicatorsTable_indicator\n    }\n  }\n"): (typeof documents)["\n  query IndicatorsList {\n    indicators {\n      id\n      ...IndicatorsTable_indicator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      periodStart\n      periodLabel\n      value\n      valueText\n      note\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      ...EditIndicatorForm_indicator\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      ...EditIndicatorForm_indicator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValueForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      ...ValueForm_indicator\n    }\n  }\n"): (typeof documents)["\n  query ValueForm($id: ID!) {\n    indicator(id: $id) {\n      id\n      ...ValueForm_indicator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditIndicatorForm_indicator on Indicator {\n    id\n    name\n    definition\n    dataSource\n    caveat\n    unit\n    frequency\n    direction\n    baselineLabel\n    baselineValue\n    targetValue\n    targetDate\n    tolerancePercent\n    published\n    exampleData\n    version\n    priorities {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditIndicatorForm_indicator on Indicator {\n    id\n    name\n    definition\n    dataSource\n    caveat\n    unit\n    frequency\n    direction\n    baselineLabel\n    baselineValue\n    targetValue\n    targetDate\n    tolerancePercent\n    published\n    exampleData\n    version\n    priorities {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query EditMilestoneForm($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      ref\n      title\n      canEdit\n      ...CannotUpdate_action\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        evidence\n      }\n    }\n    evidenceUploadLimit\n  }\n"): (typeof documents)["\n  query EditMilestoneForm($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      ref\n      title\n      canEdit\n      ...CannotUpdate_action\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        evidence\n      }\n    }\n    evidenceUploadLimit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewMilestoneForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n      ...CannotUpdate_action\n    }\n  }\n"): (typeof documents)["\n  query NewMilestoneForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      canEdit\n      ...CannotUpdate_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestonesTable_milestone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSettingsFields on OrganisationSettingsModel {\n    version\n    serviceName\n    organisationName\n    logoUrl\n    contactEmail\n    contactPhone\n    postalAddress\n    dataControllerName\n    dpoName\n    dpoEmail\n    publicUrl\n    mailFromName\n    mailFromAddress\n    accessibilityCompliance\n    accessibilityNonAccessible\n    accessibilityTesting\n    accessibilityTestedOn\n    accessibilityPreparedOn\n    accessibilityReviewedOn\n    privacyPurposes\n    privacyLawfulBasis\n    privacyRecipients\n    fromEnvironment\n    missing {\n      accessibility\n      privacy\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationSettingsFields on OrganisationSettingsModel {\n    version\n    serviceName\n    organisationName\n    logoUrl\n    contactEmail\n    contactPhone\n    postalAddress\n    dataControllerName\n    dpoName\n    dpoEmail\n    publicUrl\n    mailFromName\n    mailFromAddress\n    accessibilityCompliance\n    accessibilityNonAccessible\n    accessibilityTesting\n    accessibilityTestedOn\n    accessibilityPreparedOn\n    accessibilityReviewedOn\n    privacyPurposes\n    privacyLawfulBasis\n    privacyRecipients\n    fromEnvironment\n    missing {\n      accessibility\n      privacy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSettings {\n    organisationSettings {\n      ...OrganisationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSettings {\n    organisationSettings {\n      ...OrganisationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Site {\n    site {\n      serviceName\n      organisationName\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  query Site {\n    site {\n      serviceName\n      organisationName\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    dueDate\n    plan {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    dueDate\n    plan {\n      id\n      slug\n      title\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment PrioritySection_priority on Priority {\n    id\n    number\n    title\n    description\n    progress\n    overdueActionCount\n    actions {\n      id\n    }\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n    ...PriorityIndicators_priority\n  }\n"): (typeof documents)["\n  fragment PrioritySection_priority on Priority {\n    id\n    number\n    title\n    description\n    progress\n    overdueActionCount\n    actions {\n      id\n    }\n    ragCounts {\n      ...RagCountsList_counts\n    }\n    statusCounts {\n      ...StatusCountsList_counts\n    }\n    ...PriorityIndicators_priority\n  }\n"];
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
export function graphql(source: "\n  query PlanDashboard($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      startDate\n      endDate\n      progress\n      actionCount\n      overdueActionCount\n      owner {\n        id\n        name\n      }\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n      overdueMilestones {\n        id\n      }\n      priorities {\n        id\n        ...PrioritySection_priority\n      }\n      ...PlanIndicators_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlanDashboard($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      startDate\n      endDate\n      progress\n      actionCount\n      overdueActionCount\n      owner {\n        id\n        name\n      }\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n      overdueMilestones {\n        id\n      }\n      priorities {\n        id\n        ...PrioritySection_priority\n      }\n      ...PlanIndicators_plan\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanRulesForm($slug: String!) {\n    plan(slug: $slug) {\n      ...PlanRulesForm_plan\n    }\n  }\n"): (typeof documents)["\n  query PlanRulesForm($slug: String!) {\n    plan(slug: $slug) {\n      ...PlanRulesForm_plan\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdatePlanRules($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...PlanRulesForm_plan\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanRules($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...PlanRulesForm_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditPlanForm_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    contactEmail\n    contactUrl\n    owner {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditPlanForm_plan on Plan {\n    id\n    slug\n    title\n    summary\n    status\n    startDate\n    endDate\n    contactEmail\n    contactUrl\n    owner {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanRulesForm_plan on Plan {\n    id\n    slug\n    title\n    ragRedLateDays\n    ragAmberBehindPoints\n    staleAfterDays\n    reminderDaysBefore\n  }\n"): (typeof documents)["\n  fragment PlanRulesForm_plan on Plan {\n    id\n    slug\n    title\n    ragRedLateDays\n    ragAmberBehindPoints\n    staleAfterDays\n    reminderDaysBefore\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n      number\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n      number\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewPriorityForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewPriorityForm($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      priorities {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PastReports_run on ReportRun {\n    id\n    title\n    draft\n    cycleId\n    status\n    requestedByName\n    createdAt\n    files {\n      id\n      format\n      fileName\n      sizeBytes\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment PastReports_run on ReportRun {\n    id\n    title\n    draft\n    cycleId\n    status\n    requestedByName\n    createdAt\n    files {\n      id\n      format\n      fileName\n      sizeBytes\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportProgress_run on ReportRun {\n    id\n    title\n    status\n    progress\n    stage\n    error\n    files {\n      id\n      format\n      fileName\n      sizeBytes\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment ReportProgress_run on ReportRun {\n    id\n    title\n    status\n    progress\n    stage\n    error\n    files {\n      id\n      format\n      fileName\n      sizeBytes\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      id\n      ...ReportProgress_run\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      id\n      ...ReportProgress_run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanReports($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      reviewCycles {\n        id\n        quarter\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanReports($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      reviewCycles {\n        id\n        quarter\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRun($id: ID!) {\n    reportRun(id: $id) {\n      id\n      title\n      status\n      ...ReportProgress_run\n    }\n  }\n"): (typeof documents)["\n  query ReportRun($id: ID!) {\n    reportRun(id: $id) {\n      id\n      title\n      status\n      ...ReportProgress_run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRuns($planId: ID!) {\n    reportRuns(planId: $planId) {\n      id\n      ...PastReports_run\n    }\n  }\n"): (typeof documents)["\n  query ReportRuns($planId: ID!) {\n    reportRuns(planId: $planId) {\n      id\n      ...PastReports_run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaTable_item on AgendaItem {\n    position\n    reasons\n    action {\n      id\n      ref\n      title\n      leadPartnerName\n      rag\n      ragReason\n      latestCommentary\n      decision\n      escalatedTo\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaTable_item on AgendaItem {\n    position\n    reasons\n    action {\n      id\n      ref\n      title\n      leadPartnerName\n      rag\n      ragReason\n      latestCommentary\n      decision\n      escalatedTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonTables_comparison on QuarterComparison {\n    from\n    to\n    plan {\n      from\n      to\n      change\n    }\n    priorities {\n      number\n      title\n      from\n      to\n      change\n    }\n    actions {\n      ref\n      title\n      from\n      to\n      change\n    }\n    ragMovements {\n      from\n      to\n      count\n      actions {\n        ref\n        title\n      }\n    }\n    completed {\n      ref\n      title\n    }\n    added {\n      ref\n      title\n    }\n    removed {\n      ref\n      title\n    }\n    deferred {\n      ref\n      title\n    }\n    slippedMilestones {\n      milestoneId\n      title\n      fromDue\n      toDue\n      days\n      action {\n        ref\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComparisonTables_comparison on QuarterComparison {\n    from\n    to\n    plan {\n      from\n      to\n      change\n    }\n    priorities {\n      number\n      title\n      from\n      to\n      change\n    }\n    actions {\n      ref\n      title\n      from\n      to\n      change\n    }\n    ragMovements {\n      from\n      to\n      count\n      actions {\n        ref\n        title\n      }\n    }\n    completed {\n      ref\n      title\n    }\n    added {\n      ref\n      title\n    }\n    removed {\n      ref\n      title\n    }\n    deferred {\n      ref\n      title\n    }\n    slippedMilestones {\n      milestoneId\n      title\n      fromDue\n      toDue\n      days\n      action {\n        ref\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpsTable_followUp on FollowUp {\n    id\n    description\n    dueOn\n    status\n    version\n    owner {\n      id\n      name\n    }\n    action {\n      id\n      ref\n      title\n    }\n    cycle {\n      id\n      quarter\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpsTable_followUp on FollowUp {\n    id\n    description\n    dueOn\n    status\n    version\n    owner {\n      id\n      name\n    }\n    action {\n      id\n      ref\n      title\n    }\n    cycle {\n      id\n      quarter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingItem_item on AgendaItem {\n    position\n    reasons\n    action {\n      id\n      ref\n      title\n      leadPartnerName\n      status\n      rag\n      ragReason\n      progress\n      latestCommentary\n      latestUpdateAt\n      decision\n      escalatedTo\n      openChallenge\n      entries {\n        at\n        kind\n        decision\n        escalatedTo\n        body\n        authorName\n      }\n      followUps {\n        id\n        description\n        dueOn\n        ownerName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingItem_item on AgendaItem {\n    position\n    reasons\n    action {\n      id\n      ref\n      title\n      leadPartnerName\n      status\n      rag\n      ragReason\n      progress\n      latestCommentary\n      latestUpdateAt\n      decision\n      escalatedTo\n      openChallenge\n      entries {\n        at\n        kind\n        decision\n        escalatedTo\n        body\n        authorName\n      }\n      followUps {\n        id\n        description\n        dueOn\n        ownerName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionsSection_question on PublicQuestion {\n    id\n    question\n    askedBy\n    receivedOn\n    answer\n    answeredBy\n    published\n    publishedAt\n    actions {\n      id\n      ref\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionsSection_question on PublicQuestion {\n    id\n    question\n    askedBy\n    receivedOn\n    answer\n    answeredBy\n    published\n    publishedAt\n    actions {\n      id\n      ref\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewEntries_entry on ReviewEntry {\n    id\n    kind\n    decision\n    escalatedTo\n    body\n    authorName\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ReviewEntries_entry on ReviewEntry {\n    id\n    kind\n    decision\n    escalatedTo\n    body\n    authorName\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SnapshotActionsTable_action on SnapshotAction {\n    id\n    ref\n    title\n    leadPartnerName\n    status\n    rag\n    ragReason\n    progress\n    latestCommentary\n    latestUpdateAt\n    updatedThisQuarter\n    decision\n    escalatedTo\n    openChallenge\n  }\n"): (typeof documents)["\n  fragment SnapshotActionsTable_action on SnapshotAction {\n    id\n    ref\n    title\n    leadPartnerName\n    status\n    rag\n    ragReason\n    progress\n    latestCommentary\n    latestUpdateAt\n    updatedThisQuarter\n    decision\n    escalatedTo\n    openChallenge\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SnapshotView_snapshot on PlanSnapshot {\n    quarter\n    live\n    asAt\n    takenAt\n    takenByEmail\n    rollup {\n      progress\n      actionCount\n      overdueActionCount\n      overdueMilestoneCount\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n    }\n    priorities {\n      number\n      title\n      progress\n      actionCount\n      overdueActionCount\n      overdueMilestoneCount\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n    }\n    actions {\n      priorityNumber\n      ...SnapshotActionsTable_action\n    }\n    indicators {\n      id\n      name\n      latestPeriod\n      latestText\n      baselineLabel\n      changeText\n      changePercentText\n      targetText\n      status\n      trend\n      exampleData\n    }\n  }\n"): (typeof documents)["\n  fragment SnapshotView_snapshot on PlanSnapshot {\n    quarter\n    live\n    asAt\n    takenAt\n    takenByEmail\n    rollup {\n      progress\n      actionCount\n      overdueActionCount\n      overdueMilestoneCount\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n    }\n    priorities {\n      number\n      title\n      progress\n      actionCount\n      overdueActionCount\n      overdueMilestoneCount\n      ragCounts {\n        ...RagCountsList_counts\n      }\n      statusCounts {\n        ...StatusCountsList_counts\n      }\n    }\n    actions {\n      priorityNumber\n      ...SnapshotActionsTable_action\n    }\n    indicators {\n      id\n      name\n      latestPeriod\n      latestText\n      baselineLabel\n      changeText\n      changePercentText\n      targetText\n      status\n      trend\n      exampleData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n      ...FollowUpsTable_followUp\n    }\n  }\n"): (typeof documents)["\n  mutation AddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n      ...FollowUpsTable_followUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CloseReviewForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      version\n      canMoveTo\n      plan {\n        id\n        slug\n        title\n      }\n      closingCheck {\n        actionCount\n        actionsWithoutUpdate\n        openChallenges\n        refsWithoutUpdate\n      }\n    }\n  }\n"): (typeof documents)["\n  query CloseReviewForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      version\n      canMoveTo\n      plan {\n        id\n        slug\n        title\n      }\n      closingCheck {\n        actionCount\n        actionsWithoutUpdate\n        openChallenges\n        refsWithoutUpdate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePublicQuestion($input: CreatePublicQuestionInput!) {\n    createPublicQuestion(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePublicQuestion($input: CreatePublicQuestionInput!) {\n    createPublicQuestion(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReviewCycle($input: CreateReviewCycleInput!) {\n    createReviewCycle(input: $input) {\n      id\n      quarter\n      status\n      opensOn\n      deadline\n      meetingOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReviewCycle($input: CreateReviewCycleInput!) {\n    createReviewCycle(input: $input) {\n      id\n      quarter\n      status\n      opensOn\n      deadline\n      meetingOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveReviewCycle($input: MoveReviewCycleInput!) {\n    moveReviewCycle(input: $input) {\n      id\n      status\n      version\n      canMoveTo\n      closedAt\n      closedByEmail\n      closedBy\n    }\n  }\n"): (typeof documents)["\n  mutation MoveReviewCycle($input: MoveReviewCycleInput!) {\n    moveReviewCycle(input: $input) {\n      id\n      status\n      version\n      canMoveTo\n      closedAt\n      closedByEmail\n      closedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviewTasks {\n    myReviewTasks {\n      challenges {\n        actionId\n        cycleId\n        cycle {\n          id\n          quarter\n          plan {\n            id\n            title\n          }\n        }\n        action {\n          id\n          ref\n          title\n        }\n        entries {\n          id\n          kind\n          decision\n          body\n          authorName\n          createdAt\n        }\n      }\n      followUps {\n        id\n        ...FollowUpsTable_followUp\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReviewTasks {\n    myReviewTasks {\n      challenges {\n        actionId\n        cycleId\n        cycle {\n          id\n          quarter\n          plan {\n            id\n            title\n          }\n        }\n        action {\n          id\n          ref\n          title\n        }\n        entries {\n          id\n          kind\n          decision\n          body\n          authorName\n          createdAt\n        }\n      }\n      followUps {\n        id\n        ...FollowUpsTable_followUp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanEvents($planId: ID!) {\n    planEvents(planId: $planId) {\n      kind\n      planId\n      actionId\n      cycleId\n      at\n      actorName\n    }\n  }\n"): (typeof documents)["\n  subscription PlanEvents($planId: ID!) {\n    planEvents(planId: $planId) {\n      kind\n      planId\n      actionId\n      cycleId\n      at\n      actorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanReviews($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      startDate\n      endDate\n      reviewCycles {\n        id\n        quarter\n        status\n        opensOn\n        deadline\n        meetingOn\n      }\n      snapshots {\n        cycleId\n        quarter\n        takenAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanReviews($slug: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      startDate\n      endDate\n      reviewCycles {\n        id\n        quarter\n        status\n        opensOn\n        deadline\n        meetingOn\n      }\n      snapshots {\n        cycleId\n        quarter\n        takenAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterComparison($slug: String!, $from: String!, $to: String, $compare: Boolean!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      snapshots {\n        cycleId\n        quarter\n        takenAt\n      }\n      comparison(from: $from, to: $to) @include(if: $compare) {\n        ...ComparisonTables_comparison\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuarterComparison($slug: String!, $from: String!, $to: String, $compare: Boolean!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      snapshots {\n        cycleId\n        quarter\n        takenAt\n      }\n      comparison(from: $from, to: $to) @include(if: $compare) {\n        ...ComparisonTables_comparison\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterSnapshot($slug: String!, $quarter: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      snapshots {\n        cycleId\n        quarter\n      }\n      snapshot(quarter: $quarter) {\n        ...SnapshotView_snapshot\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuarterSnapshot($slug: String!, $quarter: String!) {\n    plan(slug: $slug) {\n      id\n      slug\n      title\n      snapshots {\n        cycleId\n        quarter\n      }\n      snapshot(quarter: $quarter) {\n        ...SnapshotView_snapshot\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      plan {\n        id\n        slug\n        title\n        priorities {\n          id\n          number\n          actions {\n            id\n            ref\n            title\n          }\n        }\n      }\n      questions {\n        id\n        question\n        askedBy\n        receivedOn\n        answer\n        answeredBy\n        published\n        version\n        actions {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      plan {\n        id\n        slug\n        title\n        priorities {\n          id\n          number\n          actions {\n            id\n            ref\n            title\n          }\n        }\n      }\n      questions {\n        id\n        question\n        askedBy\n        receivedOn\n        answer\n        answeredBy\n        published\n        version\n        actions {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReviewDecision($input: RecordReviewDecisionInput!) {\n    recordReviewDecision(input: $input) {\n      actionId\n      cycleId\n      decision\n      openChallenge\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReviewDecision($input: RecordReviewDecisionInput!) {\n    recordReviewDecision(input: $input) {\n      actionId\n      cycleId\n      decision\n      openChallenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToReview($input: RespondToReviewInput!) {\n    respondToReview(input: $input) {\n      actionId\n      cycleId\n      openChallenge\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToReview($input: RespondToReviewInput!) {\n    respondToReview(input: $input) {\n      actionId\n      cycleId\n      openChallenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAgenda($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n        ...AgendaTable_item\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewAgenda($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n        ...AgendaTable_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      opensOn\n      deadline\n      meetingOn\n      version\n      canMoveTo\n      closedAt\n      closedByEmail\n      closedBy\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n      }\n      picture {\n        ...SnapshotView_snapshot\n      }\n      questions {\n        id\n        ...QuestionsSection_question\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewCycle($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      opensOn\n      deadline\n      meetingOn\n      version\n      canMoveTo\n      closedAt\n      closedByEmail\n      closedBy\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n      }\n      picture {\n        ...SnapshotView_snapshot\n      }\n      questions {\n        id\n        ...QuestionsSection_question\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewDatesForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      version\n      opensOn\n      deadline\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewDatesForm($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      version\n      opensOn\n      deadline\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewMeeting($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n        ...MeetingItem_item\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReviewMeeting($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      meetingOn\n      plan {\n        id\n        slug\n        title\n      }\n      agenda {\n        position\n        ...MeetingItem_item\n      }\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewThread($id: ID!, $actionId: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      plan {\n        id\n        slug\n        title\n      }\n      picture {\n        actions {\n          id\n          ref\n          title\n          leadPartnerName\n          status\n          rag\n          ragReason\n          progress\n          latestCommentary\n          latestUpdateAt\n          updatedThisQuarter\n        }\n      }\n      threads {\n        actionId\n        decision\n        escalatedTo\n        openChallenge\n        entries {\n          id\n          ...ReviewEntries_entry\n        }\n        followUps {\n          id\n          ...FollowUpsTable_followUp\n        }\n      }\n    }\n    action(id: $actionId) {\n      id\n      ref\n      title\n      status\n      canEdit\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReviewThread($id: ID!, $actionId: ID!) {\n    reviewCycle(id: $id) {\n      id\n      quarter\n      status\n      plan {\n        id\n        slug\n        title\n      }\n      picture {\n        actions {\n          id\n          ref\n          title\n          leadPartnerName\n          status\n          rag\n          ragReason\n          progress\n          latestCommentary\n          latestUpdateAt\n          updatedThisQuarter\n        }\n      }\n      threads {\n        actionId\n        decision\n        escalatedTo\n        openChallenge\n        entries {\n          id\n          ...ReviewEntries_entry\n        }\n        followUps {\n          id\n          ...FollowUpsTable_followUp\n        }\n      }\n    }\n    action(id: $actionId) {\n      id\n      ref\n      title\n      status\n      canEdit\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePublicQuestion($input: UpdatePublicQuestionInput!) {\n    updatePublicQuestion(input: $input) {\n      id\n      question\n      askedBy\n      receivedOn\n      answer\n      answeredBy\n      published\n      publishedAt\n      version\n      actions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePublicQuestion($input: UpdatePublicQuestionInput!) {\n    updatePublicQuestion(input: $input) {\n      id\n      question\n      askedBy\n      receivedOn\n      answer\n      answeredBy\n      published\n      publishedAt\n      version\n      actions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReviewCycle($input: UpdateReviewCycleInput!) {\n    updateReviewCycle(input: $input) {\n      id\n      opensOn\n      deadline\n      meetingOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReviewCycle($input: UpdateReviewCycleInput!) {\n    updateReviewCycle(input: $input) {\n      id\n      opensOn\n      deadline\n      meetingOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupStatus($token: String!) {\n    setupStatus(token: $token) {\n      usable\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query SetupStatus($token: String!) {\n    setupStatus(token: $token) {\n      usable\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartnerDomain($input: AddPartnerDomainInput!) {\n    addPartnerDomain(input: $input) {\n      domain\n    }\n  }\n"): (typeof documents)["\n  mutation AddPartnerDomain($input: AddPartnerDomainInput!) {\n    addPartnerDomain(input: $input) {\n      domain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProviders {\n    identityProviders {\n      id\n      name\n      issuer\n      redirectUri\n      enabled\n      activeSessions\n      changedAt\n      changedByEmail\n    }\n  }\n"): (typeof documents)["\n  query IdentityProviders {\n    identityProviders {\n      id\n      name\n      issuer\n      redirectUri\n      enabled\n      activeSessions\n      changedAt\n      changedByEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDomains($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n    }\n    partnerDomains(partnerId: $partnerId) {\n      domain\n      providerId\n      tenantId\n      defaultRole\n      verifiedAt\n      verifiedByEmail\n    }\n    identityProviders {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerDomains($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n    }\n    partnerDomains(partnerId: $partnerId) {\n      domain\n      providerId\n      tenantId\n      defaultRole\n      verifiedAt\n      verifiedByEmail\n    }\n    identityProviders {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartnerDomain($domain: ID!) {\n    removePartnerDomain(domain: $domain) {\n      domain\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePartnerDomain($domain: ID!) {\n    removePartnerDomain(domain: $domain) {\n      domain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {\n    setIdentityProviderEnabled(input: $input) {\n      id\n      enabled\n      activeSessions\n      changedAt\n      changedByEmail\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {\n    setIdentityProviderEnabled(input: $input) {\n      id\n      enabled\n      activeSessions\n      changedAt\n      changedByEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpdateLinksTable_link on UpdateLink {\n    id\n    email\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n"): (typeof documents)["\n  fragment UpdateLinksTable_link on UpdateLink {\n    id\n    email\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueUpdateLink($input: IssueUpdateLinkInput!) {\n    issueUpdateLink(input: $input) {\n      path\n      link {\n        id\n        expiresAt\n        ...UpdateLinksTable_link\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueUpdateLink($input: IssueUpdateLinkInput!) {\n    issueUpdateLink(input: $input) {\n      path\n      link {\n        id\n        expiresAt\n        ...UpdateLinksTable_link\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueUpdateLinkForm($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query IssueUpdateLinkForm($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUpdateLink {\n    myUpdateLink {\n      email\n      expiresAt\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyUpdateLink {\n    myUpdateLink {\n      email\n      expiresAt\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenUpdateLink($input: OpenUpdateLinkInput!) {\n    openUpdateLink(input: $input) {\n      email\n      expiresAt\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenUpdateLink($input: OpenUpdateLinkInput!) {\n    openUpdateLink(input: $input) {\n      email\n      expiresAt\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUpdateLink($input: RevokeUpdateLinkInput!) {\n    revokeUpdateLink(input: $input) {\n      id\n      ...UpdateLinksTable_link\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeUpdateLink($input: RevokeUpdateLinkInput!) {\n    revokeUpdateLink(input: $input) {\n      id\n      ...UpdateLinksTable_link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpdateLinkPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpdateLinkPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      ledActions {\n        id\n        ...PartnerActionsTable_action\n      }\n      supportedActions {\n        id\n        ...PartnerActionsTable_action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpdateLinks($partnerId: ID!) {\n    updateLinks(partnerId: $partnerId) {\n      id\n      ...UpdateLinksTable_link\n    }\n  }\n"): (typeof documents)["\n  query UpdateLinks($partnerId: ID!) {\n    updateLinks(partnerId: $partnerId) {\n      id\n      ...UpdateLinksTable_link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WithdrawUpdateLinkForm($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n    }\n    updateLinks(partnerId: $partnerId) {\n      id\n      email\n      expiresAt\n      active\n    }\n  }\n"): (typeof documents)["\n  query WithdrawUpdateLinkForm($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n    }\n    updateLinks(partnerId: $partnerId) {\n      id\n      email\n      expiresAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    plan {\n      id\n      slug\n      title\n    }\n    latestUpdate {\n      id\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment MyActionsTable_action on Action {\n    id\n    ref\n    title\n    status\n    rag\n    ragReason\n    plan {\n      id\n      slug\n      title\n    }\n    latestUpdate {\n      id\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressUpdates_action on Action {\n    id\n    updates {\n      id\n      createdAt\n      authorEmail\n      status\n      rag\n      ragReason\n      progress\n      commentary\n      outcome\n      milestoneCompletions\n    }\n  }\n"): (typeof documents)["\n  fragment ProgressUpdates_action on Action {\n    id\n    updates {\n      id\n      createdAt\n      authorEmail\n      status\n      rag\n      ragReason\n      progress\n      commentary\n      outcome\n      milestoneCompletions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateActions($input: BulkUpdateActionsInput!) {\n    bulkUpdateActions(input: $input) {\n      id\n      ragReason\n      version\n      updatedAt\n      ...ActionsTable_action\n    }\n  }\n"): (typeof documents)["\n  mutation BulkUpdateActions($input: BulkUpdateActionsInput!) {\n    bulkUpdateActions(input: $input) {\n      id\n      ragReason\n      version\n      updatedAt\n      ...ActionsTable_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActions {\n    myActions {\n      quarter\n      partner {\n        id\n        name\n      }\n      overdueMilestones {\n        id\n        ...MyActionsTable_action\n      }\n      needsUpdate {\n        id\n        ...MyActionsTable_action\n      }\n      upToDate {\n        id\n        ...MyActionsTable_action\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActions {\n    myActions {\n      quarter\n      partner {\n        id\n        name\n      }\n      overdueMilestones {\n        id\n        ...MyActionsTable_action\n      }\n      needsUpdate {\n        id\n        ...MyActionsTable_action\n      }\n      upToDate {\n        id\n        ...MyActionsTable_action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordUpdate($input: RecordUpdateInput!) {\n    recordUpdate(input: $input) {\n      id\n      action {\n        id\n        status\n        rag\n        ragReason\n        suggestedRag\n        progress\n        version\n        stale\n        updatedAt\n        ...ProgressUpdates_action\n        ...MilestonesTable_action\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordUpdate($input: RecordUpdateInput!) {\n    recordUpdate(input: $input) {\n      id\n      action {\n        id\n        status\n        rag\n        ragReason\n        suggestedRag\n        progress\n        version\n        stale\n        updatedAt\n        ...ProgressUpdates_action\n        ...MilestonesTable_action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordUpdateForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      status\n      rag\n      ragReason\n      suggestedRag\n      progress\n      startDate\n      dueDate\n      version\n      canEdit\n      ...CannotUpdate_action\n      latestUpdate {\n        id\n        version\n        commentary\n      }\n      plan {\n        id\n        title\n        ragRedLateDays\n        ragAmberBehindPoints\n      }\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        overdue\n      }\n    }\n    evidenceUploadLimit\n  }\n"): (typeof documents)["\n  query RecordUpdateForm($id: ID!) {\n    action(id: $id) {\n      id\n      ref\n      title\n      status\n      rag\n      ragReason\n      suggestedRag\n      progress\n      startDate\n      dueDate\n      version\n      canEdit\n      ...CannotUpdate_action\n      latestUpdate {\n        id\n        version\n        commentary\n      }\n      plan {\n        id\n        title\n        ragRedLateDays\n        ragAmberBehindPoints\n      }\n      milestones {\n        id\n        title\n        dueDate\n        completedOn\n        overdue\n      }\n    }\n    evidenceUploadLimit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserSummary_user on User {\n    id\n    name\n    email\n    role\n    status\n    active\n    lastSignInAt\n    signInMethods\n    invitedAt\n    createdAt\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserSummary_user on User {\n    id\n    name\n    email\n    role\n    status\n    active\n    lastSignInAt\n    signInMethods\n    invitedAt\n    createdAt\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTable_user on User {\n    id\n    name\n    email\n    role\n    status\n    lastSignInAt\n    signInMethods\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UsersTable_user on User {\n    id\n    name\n    email\n    role\n    status\n    lastSignInAt\n    signInMethods\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvite($input: UserIdInput!) {\n    resendInvite(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvite($input: UserIdInput!) {\n    resendInvite(input: $input) {\n      id\n      ...UserSummary_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserDetail($offset: Int!) {\n    users(page: { limit: 100, offset: $offset }) {\n      hasNextPage\n      items {\n        id\n        ...UserSummary_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserDetail($offset: Int!) {\n    users(page: { limit: 100, offset: $offset }) {\n      hasNextPage\n      items {\n        id\n        ...UserSummary_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserForm {\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query UserForm {\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersList($filter: UserFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        ...UsersTable_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersList($filter: UserFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        ...UsersTable_user\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;