import { graphql } from '@/__generated__';

export const PlanDashboardQuery = graphql(`
  query PlanDashboard($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      summary
      status
      startDate
      endDate
      progress
      actionCount
      overdueActionCount
      owner {
        id
        name
      }
      ragCounts {
        ...RagCountsList_counts
      }
      statusCounts {
        ...StatusCountsList_counts
      }
      overdueMilestones {
        id
      }
      priorities {
        id
        ...PrioritySection_priority
      }
      ...PlanIndicators_plan
      ...PlanBaseline_plan
    }
    partners {
      id
      name
    }
  }
`);
