import { graphql } from '@/__generated__';

export const ReportRunsQuery = graphql(`
  query ReportRuns($planId: ID!) {
    reportRuns(planId: $planId) {
      id
      ...PastReports_run
    }
  }
`);
