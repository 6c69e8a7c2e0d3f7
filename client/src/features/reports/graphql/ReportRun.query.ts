import { graphql } from '@/__generated__';

export const ReportRunQuery = graphql(`
  query ReportRun($id: ID!) {
    reportRun(id: $id) {
      id
      status
      ...ReportProgress_run
    }
  }
`);
